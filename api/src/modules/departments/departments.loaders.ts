import type { MercuriusLoaders } from 'mercurius';
import { countPracticesByDepartment } from '../practices/index.ts';
import type { CountedDepartment } from './departments.repository.ts';

export const loaders: MercuriusLoaders = {
  Department: {
    // Lists and the department page read the count with the row; other departments are counted here, together.
    practiceCount: async (queries: { obj: CountedDepartment }[], ctx) => {
      const uncounted = [...new Set(queries.filter((q) => q.obj.practiceCount === undefined).map((q) => q.obj.id))];
      const counted = uncounted.length ? await countPracticesByDepartment(ctx.db, ctx.viewer, uncounted) : new Map<string, number>();
      return queries.map((q) => q.obj.practiceCount ?? counted.get(q.obj.id) ?? 0);
    },
  },
};
