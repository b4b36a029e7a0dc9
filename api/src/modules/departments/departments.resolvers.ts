import type { IResolvers } from 'mercurius';
import type { Department } from '@muster/db';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { practiceConnection } from '../practices/practices.resolvers.ts';
import {
  findDepartmentBySlug,
  listDepartments,
  type DepartmentFilter,
  type DepartmentKey,
} from './departments.repository.ts';

export const resolvers: IResolvers = {
  Query: {
    department: (_root, args: { slug: string }, ctx) => findDepartmentBySlug(ctx.db, validate.slug('slug', args.slug)),
    departments: async (_root, args: PageArgs & { filter?: DepartmentFilter | null }, ctx) => {
      const page = readPage<DepartmentKey>(args, 50, ['text', 'uuid']);
      validate.listSize('filter.agencyTypes', args.filter?.agencyTypes ?? []);
      const filter: DepartmentFilter = {
        states: validate.stateCodes('filter.states', args.filter?.states),
        agencyTypes: args.filter?.agencyTypes,
        name: validate.text('filter.name', args.filter?.name, 100),
      };
      const { rows, totalCount } = await listDepartments(ctx.db, filter, page);
      return connection(rows, page.limit, totalCount, (d) => [d.name, d.id]);
    },
  },
  Department: {
    practices: (department: Department, args: PageArgs & { orderBy?: 'NEWEST' | 'TITLE' | 'RELEVANCE' }, ctx) =>
      practiceConnection(ctx, args, { departmentSlug: department.slug }),
  },
};
