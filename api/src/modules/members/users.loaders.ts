import type { MercuriusLoaders } from 'mercurius';
import type { User } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { canSeePrivateFields } from '../../policy.ts';
import { departmentsByIds } from '../departments/index.ts';
import { statedExpertiseOf } from '../users/index.ts';

export const loaders: MercuriusLoaders = {
  User: {
    statedExpertise: batch(
      (u: User) => u.id,
      (ids, ctx) => statedExpertiseOf(ctx.db, ids),
      [],
    ),
    department: batch(
      (u: User) => u.departmentId,
      async (ids, ctx) => {
        // The viewer's own was read with the session (the header shows it on every page).
        const own = ctx.account?.department;
        const found = own && ids.includes(own.id) ? new Map([[own.id, own]]) : new Map();
        const rest = ids.filter((id) => !found.has(id));
        return rest.length ? new Map([...found, ...(await departmentsByIds(ctx.db, rest))]) : found;
      },
    ),
    requestedDepartment: async (queries: { obj: User }[], ctx) => {
      const allowed = queries.map((q) => canSeePrivateFields(ctx.viewer, q.obj));
      const ids = [
        ...new Set(
          queries
            .filter((_, i) => allowed[i])
            .map((q) => q.obj.departmentId)
            .filter((id): id is string => id !== null),
        ),
      ];
      const found = ids.length ? await departmentsByIds(ctx.db, ids) : new Map();
      return queries.map((q, i) => {
        const department = allowed[i] && q.obj.departmentId ? found.get(q.obj.departmentId) : undefined;
        return department && !department.verified ? department.name : null;
      });
    },
  },
};
