import type { MercuriusLoaders } from 'mercurius';
import type { Comment } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import { canComment, canDeleteComment, canEditComment, discussionOpen, isStaff } from '../../policy.ts';
import { withMentionLinks } from '../members/members.mentions.ts';
import { practicesByIds } from '../practices/practices.repository.ts';
import { usersByIds } from '../users/users.repository.ts';
import { commentsByIds, helpfulCounts, liveCommentCounts, markedHelpfulBy, repliesOf, revisionsOfComments } from './discussion.repository.ts';

const authors = batch((c: Comment) => c.authorId, (ids, ctx) => usersByIds(ctx.db, ids));
const revisions = batch((c: Comment) => c.id, (ids, ctx) => revisionsOfComments(ctx.db, ids), []);

export const loaders: MercuriusLoaders = {
  Practice: {
    commentCount: batch((p: { id: string }) => p.id, (ids, ctx) => liveCommentCounts(ctx.db, ids), 0),
  },
  Comment: {
    // A hidden comment's words reach only its author and moderators; mentions link for the whole page at once.
    bodyHtml: async (queries: { obj: Comment }[], ctx) => {
      const shown = (c: Comment) => !c.deletedAt && (!c.hiddenAt || isStaff(ctx.viewer) || c.authorId === ctx.viewer?.id);
      return withMentionLinks(
        ctx,
        queries.map(({ obj: c }) => (shown(c) ? renderMarkdownOnce(`comment:${c.id}:${c.editedAt?.getTime() ?? 0}`, c.body, { mentions: true }) : '')),
      );
    },
    practice: batch((c: Comment) => c.practiceId, (ids, ctx) => practicesByIds(ctx.db, ids)),
    // A deleted comment no longer says who wrote it.
    author: async (queries: { obj: Comment; params: unknown }[], ctx) => {
      // Nor does a hidden one, except to its author and moderators.
      const shown = (c: Comment) => !c.deletedAt && (!c.hiddenAt || isStaff(ctx.viewer) || c.authorId === ctx.viewer?.id);
      return authors(queries.map((q) => ({ ...q, obj: shown(q.obj) ? q.obj : { ...q.obj, authorId: null } })), ctx);
    },
    parent: batch((c: Comment) => c.parentId, (ids, ctx) => commentsByIds(ctx.db, ids)),
    // Replies of replies sit in the same thread, so only a thread's first comment carries any.
    replies: batch((c: Comment) => (c.rootId ? null : c.id), (ids, ctx) => repliesOf(ctx.db, ids), []),
    helpfulCount: batch((c: Comment) => c.id, (ids, ctx) => helpfulCounts(ctx.db, ids), 0),
    viewerFoundHelpful: async (queries: { obj: Comment }[], ctx) => {
      if (!ctx.viewer) return queries.map(() => false);
      const marked = await markedHelpfulBy(ctx.db, ctx.viewer.id, [...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => marked.has(q.obj.id));
    },
    // What the viewer may do depends on the discussion too: a locked, hidden or unpublished one takes no new words.
    viewerCan: async (queries: { obj: Comment; params: unknown }[], ctx) => {
      const practices = await practicesByIds(ctx.db, [...new Set(queries.map((q) => q.obj.practiceId))]);
      const participant = canComment(ctx.viewer);
      return queries.map(({ obj: c }) => {
        const live = !c.deletedAt;
        const practice = practices.get(c.practiceId);
        const open = Boolean(practice && discussionOpen(practice));
        return {
          edit: live && open && canEditComment(ctx.viewer, c),
          delete: live && canDeleteComment(ctx.viewer, c),
          reply: live && open && participant,
          markHelpful: live && participant && c.authorId !== ctx.viewer?.id,
        };
      });
    },
    revisions: async (queries: { obj: Comment; params: unknown }[], ctx) =>
      isStaff(ctx.viewer) ? revisions(queries, ctx) : queries.map(() => null),
  },
};
