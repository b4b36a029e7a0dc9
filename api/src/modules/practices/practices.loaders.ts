import type { MercuriusLoaders } from 'mercurius';
import type { Activity } from '@muster/db';
import type { PracticeRow as Practice } from './practices.repository.ts';
import { batch } from '../../graphql/loaders.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import { canSeePractice } from '../../policy.ts';
import { withMentionLinks, usersByIds } from '../users/index.ts';
import { partLoader, partOf } from './practices.parts.ts';
import { ratingOf, type Rating } from './rating.ts';
import { practicesByIds, previousSlugsOf } from './practices.repository.ts';

/**
 * A rating field's loader: the rule reads the outcomes that the parts read of this level brings
 * (the same statement as the outcomes and the department), so a rating costs no statement of its own.
 */
function ratingLoader<F extends keyof Rating>(field: F) {
  return async (queries: { obj: Practice }[], ctx: Parameters<typeof partOf>[0]) => {
    const outcomes = await partOf(ctx, 'outcomes', [...new Set(queries.map((q) => q.obj.id))]);
    return queries.map(({ obj: p }) => ratingOf(p, outcomes.get(p.id) ?? [])[field]);
  };
}

export const loaders: MercuriusLoaders = {
  Activity: {
    // Null when the viewer may no longer open it (a flagger's write-up that moderators hid).
    practice: async (queries: { obj: Activity; params: unknown }[], ctx) => {
      const ids = queries.map((q) => q.obj.practiceId).filter((id): id is string => id !== null);
      const found = await practicesByIds(ctx.db, [...new Set(ids)]);
      return queries.map((q) => {
        const practice = q.obj.practiceId ? found.get(q.obj.practiceId) : undefined;
        return practice && canSeePractice(ctx.viewer, practice) ? practice : null;
      });
    },
  },
  Practice: {
    // A body only changes with a new version; its mentions are linked as it is read.
    bodyHtml: (queries: { obj: Practice }[], ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: p }) => renderMarkdownOnce(`practice:${p.id}:${p.version}`, p.body, { mentions: true })),
      ),
    // Read together with the other parts asked for at this level of the answer (practices.parts.ts).
    department: partLoader('department'),
    author: partLoader('author'),
    topics: partLoader('topics'),
    outcomes: partLoader('outcomes'),
    rating: ratingLoader('rating'),
    ratingReason: ratingLoader('reason'),
    ratingSource: ratingLoader('source'),
    resources: partLoader('resources'),
    previousSlugs: batch(
      (p: Practice) => p.id,
      (ids, ctx) => previousSlugsOf(ctx.db, ids),
      [],
    ),
  },
  Revision: {
    editor: batch(
      (r: { editorId: string | null }) => r.editorId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
  },
};
