import type { MercuriusLoaders } from 'mercurius';
import type { Event } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { attendanceOf, attendeeCounts, topicsOfEvents } from './events.repository.ts';

export const loaders: MercuriusLoaders = {
  Event: {
    topics: batch(
      (e: Event) => e.id,
      (ids, ctx) => topicsOfEvents(ctx.db, ids),
      [],
    ),
    attendeeCount: batch(
      (e: Event) => e.id,
      (ids, ctx) => attendeeCounts(ctx.db, ids),
      0,
    ),
    viewerAttendance: async (queries: { obj: Event }[], ctx) => {
      if (!ctx.viewer) return queries.map(() => null);
      const mine = await attendanceOf(ctx.db, ctx.viewer.id, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => mine.get(q.obj.id) ?? null);
    },
  },
};
