import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Activity, Comment } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import {
  canComment,
  canDeleteComment,
  canEditComment,
  canMarkHelpful,
  canReviewModeration,
  canSeeComment,
  discussionOpen,
} from '../../policy.ts';
import { withMentionLinks, usersByIds } from '../users/index.ts';
import { partLoader, practicesByIds } from '../practices/index.ts';
import { knownOf, readAhead, throughCache } from './discussion.known.ts';
import { commentsByIds, helpfulCounts, markedHelpfulBy, repliesOf, revisionsOfComments } from './discussion.repository.ts';

/** Whether the viewer sees who wrote a comment: not once it is deleted, nor when hidden, except to its author and moderators. */
const authorShown = (c: Comment, ctx: MercuriusContext) => canSeeComment(ctx.viewer, c);

// The authors of every comment this request has read, in one go (a page's replies with its threads).
const authors = batch(
  (c: Comment) => c.authorId,
  (ids, ctx) =>
    throughCache(
      ctx,
      knownOf(ctx).authors,
      ids,
      (missing) => usersByIds(ctx.db, missing),
      null,
      (c) => (authorShown(c, ctx) ? c.authorId : null),
    ),
);
const helpfulCount = batch(
  (c: Comment) => c.id,
  (ids, ctx) => throughCache(ctx, knownOf(ctx).helpfulCounts, ids, (missing) => helpfulCounts(ctx.db, missing), 0),
  0,
);
const revisions = batch(
  (c: Comment) => c.id,
  (ids, ctx) => revisionsOfComments(ctx.db, ids),
  [],
);

export const loaders: MercuriusLoaders = {
  Activity: {
    comment: batch(
      (a: Activity) => a.commentId,
      (ids, ctx) => commentsByIds(ctx.db, ids),
    ),
  },
  Practice: {
    commentCount: partLoader('commentCount'),
  },
  Comment: {
    // A hidden comment's words reach only its author and moderators; mentions link for the whole page at once.
    bodyHtml: async (queries: { obj: Comment }[], ctx) => {
      const shown = (c: Comment) => canSeeComment(ctx.viewer, c);
      return withMentionLinks(
        ctx,
        queries.map(({ obj: c }) =>
          shown(c) ? renderMarkdownOnce(`comment:${c.id}:${c.editedAt?.getTime() ?? 0}`, c.body, { mentions: true }) : '',
        ),
      );
    },
    practice: batch(
      (c: Comment) => c.practiceId,
      (ids, ctx) => practicesByIds(ctx.db, ids),
    ),
    // A deleted comment no longer says who wrote it, nor does a hidden one, except to its author and moderators.
    author: async (queries: { obj: Comment; params: unknown }[], ctx) => {
      readAhead(
        ctx,
        queries.map((q) => q.obj),
        (c) => authorShown(c, ctx),
      );
      return authors(
        queries.map((q) => ({ ...q, obj: authorShown(q.obj, ctx) ? q.obj : { ...q.obj, authorId: null } })),
        ctx,
      );
    },
    // A reply answers a comment of its own thread, most often already read with the page.
    parent: batch(
      (c: Comment) => c.parentId,
      async (ids, ctx) => {
        const known = knownOf(ctx).comments;
        const missing = ids.filter((id) => !known.has(id));
        const found = missing.length ? await commentsByIds(ctx.db, missing) : new Map<string, Comment>();
        return new Map(
          ids.flatMap((id) => {
            const c = known.get(id) ?? found.get(id);
            return c ? [[id, c] as const] : [];
          }),
        );
      },
    ),
    // Replies of replies sit in the same thread, so only a thread's first comment carries any.
    replies: batch(
      (c: Comment) => (c.rootId ? null : c.id),
      async (ids, ctx) => {
        const known = knownOf(ctx).replies;
        return ids.every((id) => known.has(id)) ? known : repliesOf(ctx.db, ids);
      },
      [],
    ),
    helpfulCount: async (queries: { obj: Comment; params: unknown }[], ctx) => {
      readAhead(
        ctx,
        queries.map((q) => q.obj),
        (c) => authorShown(c, ctx),
      );
      return helpfulCount(queries, ctx);
    },
    viewerFoundHelpful: async (queries: { obj: Comment }[], ctx) => {
      readAhead(
        ctx,
        queries.map((q) => q.obj),
        (c) => authorShown(c, ctx),
      );
      const viewer = ctx.viewer;
      if (!viewer) return queries.map(() => false);
      const marked = await throughCache(
        ctx,
        knownOf(ctx).marked,
        [...new Set(queries.map((q) => q.obj.id))],
        async (ids) => {
          const yes = await markedHelpfulBy(ctx.db, viewer.id, ids);
          return new Map(ids.map((id) => [id, yes.has(id)]));
        },
        false,
      );
      return queries.map((q) => marked.get(q.obj.id) ?? false);
    },
    // What the viewer may do depends on the discussion too: a locked, hidden or unpublished one takes no new words.
    viewerCan: async (queries: { obj: Comment; params: unknown }[], ctx) => {
      const known = knownOf(ctx).practices;
      const wanted = [...new Set(queries.map((q) => q.obj.practiceId))];
      const missing = wanted.filter((id) => !known.has(id));
      if (missing.length) for (const [id, p] of await practicesByIds(ctx.db, missing)) known.set(id, p);
      const practices = known;
      const participant = canComment(ctx.viewer);
      return queries.map(({ obj: c }) => {
        const live = !c.deletedAt;
        const practice = practices.get(c.practiceId);
        const open = Boolean(practice && discussionOpen(practice));
        return {
          edit: live && open && canEditComment(ctx.viewer, c),
          delete: live && canDeleteComment(ctx.viewer, c),
          reply: live && open && participant,
          markHelpful: live && canMarkHelpful(ctx.viewer, c),
        };
      });
    },
    revisions: async (queries: { obj: Comment; params: unknown }[], ctx) =>
      canReviewModeration(ctx.viewer) ? revisions(queries, ctx) : queries.map(() => null),
  },
};
