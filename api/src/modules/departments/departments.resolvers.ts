import type { MercuriusContext } from 'mercurius';
import type { DepartmentInput, Resolvers } from '../../generated/graphql.ts';
import type { Department } from '@muster/db';
import { clientError, FieldErrors } from '../../graphql/errors.ts';
import { renderMarkdown } from '../../markdown.ts';
import { canEditDepartment, privileged, requireViewer } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { practiceConnection } from '../practices/index.ts';
import {
  findCountedDepartmentBySlug,
  findDepartmentBySlug,
  listDepartments,
  updateDepartmentProfile,
  type DepartmentProfile,
  type DepartmentFilter,
  type DepartmentKey,
} from './departments.repository.ts';

/** Larger than any agency or jurisdiction there is: a number past these is a typing slip. */
const maxSwornOfficers = 1_000_000;
const maxPopulationServed = 100_000_000;

function wholeNumber(errors: FieldErrors, field: string, label: string, value: number | null | undefined, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    errors.add(field, `${label} takes a whole number from 0 to ${max.toLocaleString('en-US')}.`);
    return null;
  }
  return value;
}

/** Checks every field at once, so the edit form can say everything that is wrong in one go. */
function readDepartmentInput(input: DepartmentInput): DepartmentProfile {
  const errors = new FieldErrors();
  const description = input.description.trim();
  if (description.length > 4000) errors.add('description', 'Description takes at most 4,000 characters.');
  let website: string | null = input.website?.trim() || null;
  if (website) {
    let url: URL | null;
    try {
      url = new URL(website);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.') || website.length > 500) {
      errors.add('website', 'Website takes a web address starting with http:// or https://, such as https://www.memphispolice.org.');
      website = null;
    }
  }
  const state = errors.check(() => validate.stateCodes('state', [input.state])?.[0]);
  const swornOfficers = wholeNumber(errors, 'swornOfficers', 'Sworn officers', input.swornOfficers, maxSwornOfficers);
  const populationServed = wholeNumber(errors, 'populationServed', 'Population served', input.populationServed, maxPopulationServed);
  errors.throwIfAny();
  return { description, website, agencyType: input.agencyType, state: state!, swornOfficers, populationServed };
}

const profileFields = ['description', 'website', 'agencyType', 'state', 'swornOfficers', 'populationServed'] as const;

/** "website: (none) → https://…; swornOfficers: 2000 → 2100": what an edit changed, for the audit log. */
function describeChanges(before: Department, after: DepartmentProfile): string {
  const shown = (value: unknown) => {
    if (value === null || value === '') return '(none)';
    const text = String(value).replace(/\s+/g, ' ');
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  };
  return profileFields
    .filter((field) => before[field] !== after[field])
    .map((field) => `${field}: ${shown(before[field])} → ${shown(after[field])}`)
    .join('; ');
}

async function editableDepartment(ctx: MercuriusContext, slug: string): Promise<Department> {
  const viewer = requireViewer(ctx.viewer);
  const department = await findDepartmentBySlug(ctx.db, validate.slug('slug', slug));
  if (!department) throw clientError('NOT_FOUND', 'There is no department with that slug.', { field: 'slug' });
  if (!canEditDepartment(viewer, department.id)) {
    throw clientError('FORBIDDEN', "Only the department's chief or an administrator edits its profile.", { field: 'slug' });
  }
  privileged(viewer);
  return department;
}

export const resolvers: Resolvers = {
  Query: {
    department: (_root, args, ctx) => findCountedDepartmentBySlug(ctx.db, ctx.viewer, validate.slug('slug', args.slug)),
    departments: async (_root, args, ctx) => {
      const page = readPage<DepartmentKey>(args, 50, ['text', 'uuid']);
      validate.listSize('filter.agencyTypes', args.filter?.agencyTypes ?? []);
      const filter: DepartmentFilter = {
        states: validate.stateCodes('filter.states', args.filter?.states),
        agencyTypes: args.filter?.agencyTypes,
        name: validate.text('filter.name', args.filter?.name, 100),
      };
      const { rows, totalCount } = await listDepartments(ctx.db, ctx.viewer, filter, page);
      return connection(rows, page.limit, totalCount, (d) => [d.name, d.id]);
    },
  },
  Mutation: {
    updateDepartment: async (_root, args, ctx) => {
      const department = await editableDepartment(ctx, args.slug);
      const profile = readDepartmentInput(args.input);
      const changes = describeChanges(department, profile);
      if (!changes) return department;
      return ctx.db.transaction(async (tx) => {
        const updated = await updateDepartmentProfile(tx, department.id, profile);
        // Removed between the read and the write: Department! cannot answer null.
        if (!updated) throw clientError('NOT_FOUND', 'There is no department with that slug.', { field: 'slug' });
        await audit(ctx, { action: 'DEPARTMENT_UPDATED', outcome: 'SUCCESS', detail: `${department.slug}: ${changes}`.slice(0, 2000) }, tx);
        return updated;
      });
    },
  },
  Department: {
    descriptionHtml: (department) => renderMarkdown(department.description),
    viewerCanEdit: (department, _args, ctx) => canEditDepartment(ctx.viewer, department.id),
    practices: (department, args, ctx) => {
      // The list's total is the department's count when it came with the row (Department.practiceCount).
      const known = department.practiceCount;
      return practiceConnection(ctx, args, { departmentSlug: department.slug }, known === undefined ? undefined : async () => known);
    },
  },
};
