import type { MercuriusLoaders } from 'mercurius';
import type { PracticeRow as Practice } from './practices.repository.ts';
import { batch } from '../../graphql/loaders.ts';
import { departmentsByIds } from '../departments/departments.repository.ts';
import { usersByIds } from '../users/users.repository.ts';
import { outcomesOfPractices, previousSlugsOf, resourcesOfPractices, topicsOfPractices } from './practices.repository.ts';

export const loaders: MercuriusLoaders = {
  Practice: {
    department: batch((p: Practice) => p.departmentId, (ids, ctx) => departmentsByIds(ctx.db, ids)),
    author: batch((p: Practice) => p.authorId, (ids, ctx) => usersByIds(ctx.db, ids)),
    topics: batch((p: Practice) => p.id, (ids, ctx) => topicsOfPractices(ctx.db, ids), []),
    outcomes: batch((p: Practice) => p.id, (ids, ctx) => outcomesOfPractices(ctx.db, ids), []),
    resources: batch((p: Practice) => p.id, (ids, ctx) => resourcesOfPractices(ctx.db, ids), []),
    previousSlugs: batch((p: Practice) => p.id, (ids, ctx) => previousSlugsOf(ctx.db, ids), []),
  },
  Revision: {
    editor: batch((r: { editorId: string | null }) => r.editorId, (ids, ctx) => usersByIds(ctx.db, ids)),
  },
};
