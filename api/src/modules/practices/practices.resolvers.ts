import type { IResolvers } from 'mercurius';
import type { PracticeRow as Practice } from './practices.repository.ts';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdown } from '../../markdown.ts';
import {
  findPracticeBySlug,
  listPractices,
  practiceKey,
  type PracticeFilter,
  type PracticeKey,
  type PracticeOrder,
} from './practices.repository.ts';

interface PracticesArgs extends PageArgs {
  filter?: PracticeFilter | null;
  orderBy?: PracticeOrder | 'RELEVANCE' | null;
}

export function readPracticeFilter(filter: PracticeFilter | null | undefined): PracticeFilter | undefined {
  if (!filter) return undefined;
  validate.listSize('filter.agencyTypes', filter.agencyTypes ?? []);
  validate.listSize('filter.evidenceLevels', filter.evidenceLevels ?? []);
  return {
    ...filter,
    topics: validate.slugs('filter.topics', filter.topics),
    states: validate.stateCodes('filter.states', filter.states),
    departmentSlug: filter.departmentSlug == null ? undefined : validate.slug('filter.departmentSlug', filter.departmentSlug),
  };
}

/** The practices connection shared by Query.practices, Topic.practices and Department.practices. */
export async function practiceConnection(
  ctx: { db: Parameters<typeof listPractices>[0]; viewer: Parameters<typeof listPractices>[1] },
  args: PracticesArgs,
  filter: PracticeFilter | undefined,
) {
  // Relevance needs a search query; without one, newest first is the useful order.
  const order: PracticeOrder = args.orderBy === 'TITLE' ? 'TITLE' : 'NEWEST';
  const page = readPage<PracticeKey>(args, 20, 2);
  const { rows, totalCount } = await listPractices(ctx.db, ctx.viewer, filter, order, page);
  return connection(rows, page.limit, totalCount, (row) => practiceKey(order, row));
}

/** Rendered bodies, by id and version: a body only changes with a new version. */
const rendered = new Map<string, string>();
const renderedLimit = 2000;

function bodyHtml(practice: Practice): string {
  const key = `${practice.id}:${practice.version}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdown(practice.body);
    if (rendered.size >= renderedLimit) rendered.delete(rendered.keys().next().value as string);
    rendered.set(key, html);
  }
  return html;
}

export const resolvers: IResolvers = {
  Query: {
    practice: (_root, args: { slug: string }, ctx) => findPracticeBySlug(ctx.db, ctx.viewer, validate.slug('slug', args.slug)),
    practices: (_root, args: PracticesArgs, ctx) => practiceConnection(ctx, args, readPracticeFilter(args.filter)),
  },
  Practice: {
    bodyHtml: (practice: Practice) => bodyHtml(practice),
    implementation: (p: Practice) => ({
      startedOn: p.startedOn,
      staffing: p.staffing,
      partners: p.partners,
      trainingHours: p.trainingHours,
    }),
    cost: (p: Practice) => ({ startup: p.costStartup, annual: p.costAnnual, notes: p.costNotes }),
  },
};
