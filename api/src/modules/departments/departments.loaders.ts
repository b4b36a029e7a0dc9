import type { MercuriusLoaders } from 'mercurius';
import type { Department } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { countPracticesByDepartment } from '../practices/practices.repository.ts';

export const loaders: MercuriusLoaders = {
  Department: {
    practiceCount: batch((d: Department) => d.id, (ids, ctx) => countPracticesByDepartment(ctx.db, ctx.viewer, ids), 0),
  },
};
