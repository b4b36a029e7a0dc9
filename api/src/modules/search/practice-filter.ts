import type { AgencyType, EvidenceLevel, Lifecycle } from '@muster/db';
import { badInput } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';

export type SizeBand = 'SMALL' | 'MEDIUM' | 'LARGE' | 'VERY_LARGE';

/** What narrows a list or a search of write-ups: the lists of practices (by topic, by department, all) and search take the same filter. */
export interface PracticeFilter {
  topics?: string[] | null;
  states?: string[] | null;
  agencyTypes?: AgencyType[] | null;
  evidenceLevels?: EvidenceLevel[] | null;
  departmentSlug?: string | null;
  hasOutcomes?: boolean | null;
  lifecycles?: Lifecycle[] | null;
  sizeBands?: SizeBand[] | null;
  /** YYYY-MM-DD, inclusive. */
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

/** The filter as a client sent it, checked: unknown slugs and state codes, too many values or a reversed date range are refused. */
export function readPracticeFilter(filter: PracticeFilter | null | undefined): PracticeFilter | undefined {
  if (!filter) return undefined;
  validate.listSize('filter.agencyTypes', filter.agencyTypes ?? []);
  validate.listSize('filter.evidenceLevels', filter.evidenceLevels ?? []);
  validate.listSize('filter.lifecycles', filter.lifecycles ?? []);
  validate.listSize('filter.sizeBands', filter.sizeBands ?? []);
  if (filter.publishedFrom && filter.publishedTo && filter.publishedTo < filter.publishedFrom) {
    throw badInput('filter.publishedTo', 'The end of the date range comes before its start.');
  }
  return {
    ...filter,
    topics: validate.slugs('filter.topics', filter.topics),
    states: validate.stateCodes('filter.states', filter.states),
    departmentSlug: filter.departmentSlug == null ? undefined : validate.slug('filter.departmentSlug', filter.departmentSlug),
  };
}
