import type { MercuriusLoaders } from 'mercurius';
import type { Activity } from '@muster/db';
import { batch, pagedBatch } from '../../graphql/loaders.ts';
import { alongOr } from '../../json-rows.ts';
import { connection } from '../../graphql/pagination.ts';
import { canSeeDebrief, canSeePractice } from '../../policy.ts';
import { departmentsByIds } from '../departments/index.ts';
import { eventsByIds } from '../events/index.ts';
import { partLoader, type PracticeRow } from '../practices/index.ts';
import { usersByIds } from '../users/index.ts';
import { debriefKey, debriefPagesBy, debriefsByIds, practicesOfDebriefs, type DebriefRow } from './debriefs.repository.ts';
import { readNewestPage } from './debriefs.resolvers.ts';

type Query<T, P = unknown> = { obj: T; params: P };

/**
 * Event.debriefs and User.debriefs: one page per parent, newest first, in one query for all the
 * parents that asked for the same page size and cursor.
 */
function debriefPages(by: 'eventId' | 'authorId') {
  return pagedBatch(
    (args) => readNewestPage(args, 10),
    async (ids, page, ctx) => {
      const pages = await debriefPagesBy(ctx.db, ctx.viewer, by, ids, page);
      return (id) => {
        const found = pages.get(id) ?? { rows: [], totalCount: 0 };
        return connection(found.rows, page.limit, found.totalCount, debriefKey);
      };
    },
  );
}

export const loaders: MercuriusLoaders = {
  Debrief: {
    // A write-up's debriefs come with their event, author and department (practices.parts.ts).
    event: alongOr(
      'event',
      batch(
        (d: DebriefRow) => d.eventId,
        (ids, ctx) => eventsByIds(ctx.db, ids),
      ),
    ),
    author: alongOr(
      'author',
      batch(
        (d: DebriefRow) => d.authorId,
        (ids, ctx) => usersByIds(ctx.db, ids),
      ),
    ),
    department: alongOr(
      'department',
      batch(
        (d: DebriefRow) => d.departmentId,
        (ids, ctx) => departmentsByIds(ctx.db, ids),
      ),
    ),
    // Only the write-ups this viewer may open: a members-only one stays hidden from a visitor's eyes.
    practices: async (queries: Query<DebriefRow>[], ctx) => {
      const found = await practicesOfDebriefs(ctx.db, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => (found.get(q.obj.id) ?? []).filter((p: PracticeRow) => canSeePractice(ctx.viewer, p)));
    },
  },
  Event: {
    debriefs: debriefPages('eventId'),
  },
  User: {
    debriefs: debriefPages('authorId'),
  },
  Practice: {
    debriefs: partLoader('debriefs'),
  },
  Activity: {
    // Null when the viewer may not read it (a DEPARTMENT debrief seen from elsewhere, a deleted one).
    debrief: async (queries: Query<Activity>[], ctx) => {
      const ids = [...new Set(queries.map((q) => q.obj.debriefId).filter((id): id is string => id !== null))];
      const found = ids.length ? await debriefsByIds(ctx.db, ids) : new Map<string, DebriefRow>();
      return queries.map((q) => {
        const debrief = q.obj.debriefId ? found.get(q.obj.debriefId) : undefined;
        return debrief && canSeeDebrief(ctx.viewer, debrief) ? debrief : null;
      });
    },
  },
};
