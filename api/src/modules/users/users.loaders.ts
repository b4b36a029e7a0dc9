import type { MercuriusLoaders } from 'mercurius';
import type { User } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { departmentsByIds } from '../departments/departments.repository.ts';

export const loaders: MercuriusLoaders = {
  User: {
    department: batch((u: User) => u.departmentId, (ids, ctx) => departmentsByIds(ctx.db, ids)),
  },
};
