import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import type { Comment } from '@muster/db';
import { badInput, clientError } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import {
  canComment,
  canDeleteComment,
  canEditComment,
  canMarkHelpful,
  canSeePractice,
  discussionOpen,
  receivesLiveComment,
  requireModerator,
  requireNotSuspended,
  requireViewer,
  type Viewer,
} from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { mentionedHandles, mentionedMembers } from '../users/index.ts';
import { spend } from '../auth/index.ts';
import { commentTopic, recordActivity } from '../notifications/index.ts';
import { findPracticeById, setPracticeFields, type PracticeRow as Practice } from '../practices/index.ts';
import { knownOf, rememberThreads } from './discussion.known.ts';
import {
  editComment,
  findComment,
  followAfterCommenting,
  insertComment,
  listThreads,
  setHelpful,
  softDeleteComment,
  type CommentKey,
} from './discussion.repository.ts';

const maxCommentLength = 10_000;

function commentBody(body: string): string {
  return validate.requiredText('body', 'a comment', body, 1, maxCommentLength);
}

/** Whether a page of threads is asked for its replies (edges { node { replies } }), through fragments too. */
function asksForReplies(info: GraphQLResolveInfo): boolean {
  const has = (set: SelectionSetNode | undefined, path: string[], seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[0]) return false;
        return path.length === 1 || has(selection.selectionSet, path.slice(1), seen);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return has(selection.selectionSet, path, seen);
      const key = `${selection.name.value}:${path.join('.')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return has(info.fragments[selection.name.value]?.selectionSet, path, seen);
    });
  return info.fieldNodes.some((node) => has(node.selectionSet, ['edges', 'node', 'replies'], new Set()));
}

async function practiceFor(ctx: MercuriusContext, field: string, id: string): Promise<Practice> {
  const practice = await findPracticeById(ctx.db, validate.uuid(field, id));
  if (!practice || !canSeePractice(ctx.viewer, practice)) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
  return practice;
}

/** A comment the viewer can see (its practice is visible to them), or NOT_FOUND. */
async function commentFor(ctx: MercuriusContext, field: string, id: string): Promise<{ comment: Comment; practice: Practice }> {
  const comment = await findComment(ctx.db, validate.uuid(field, id));
  const practice = comment ? await findPracticeById(ctx.db, comment.practiceId) : null;
  if (!comment || !practice || !canSeePractice(ctx.viewer, practice)) throw clientError('NOT_FOUND', 'There is no comment with that ID.');
  return { comment, practice };
}

function requireParticipant(viewer: Viewer | null): Viewer {
  const v = requireNotSuspended(requireViewer(viewer));
  if (!canComment(v)) throw clientError('FORBIDDEN', 'Discussions are for verified members. Ask your chief to verify your account.');
  return v;
}

function openDiscussion(practice: Practice): void {
  if (practice.status !== 'PUBLISHED') throw clientError('CONFLICT', 'The discussion opens once the write-up is published.');
  if (practice.hiddenAt)
    throw clientError('CONFLICT', 'This write-up is hidden while moderators review it; its discussion is closed meanwhile.');
  if (practice.discussionLockedAt) throw clientError('FORBIDDEN', 'A moderator has locked this discussion: it takes no new comments.');
}

function publish(ctx: MercuriusContext, comment: Comment): void {
  ctx.fanOut.kick();
  void ctx.publish(commentTopic(comment.practiceId), { id: comment.id });
}

export const resolvers: Resolvers = {
  Mutation: {
    addComment: async (_root, args, ctx) => {
      // A write-up the viewer may not see is not there for them, whoever they are; only then does who may post matter.
      const practice = await practiceFor(ctx, 'practiceId', args.practiceId);
      const viewer = requireParticipant(ctx.viewer);
      openDiscussion(practice);
      const body = commentBody(args.body);
      let parent: Comment | null = null;
      if (args.parentId != null) {
        parent = await findComment(ctx.db, validate.uuid('parentId', args.parentId));
        if (!parent) throw badInput('parentId', 'The comment you are answering no longer exists.');
        if (parent.practiceId !== practice.id) throw badInput('parentId', 'That comment belongs to another discussion: answer it there.');
        if (parent.deletedAt) throw clientError('CONFLICT', 'That comment was deleted; answer the thread instead.', { field: 'parentId' });
      }
      await spend(ctx.limits.comment, viewer.id, `comments: you can post ${ctx.config.commentsPerMinute} a minute`);
      const mentioned = await mentionedMembers(ctx.db, mentionedHandles(body));
      const now = ctx.now();
      const comment = await ctx.db.transaction(async (tx) => {
        const created = await insertComment(tx, {
          practiceId: practice.id,
          authorId: viewer.id,
          parentId: parent?.id ?? null,
          rootId: parent ? (parent.rootId ?? parent.id) : null,
          body,
          createdAt: now,
        });
        await followAfterCommenting(tx, viewer.id, practice.id, now);
        await recordActivity(tx, {
          kind: 'COMMENT_POSTED',
          actorId: viewer.id,
          practiceId: practice.id,
          commentId: created.id,
          mentionedIds: mentioned,
          createdAt: now,
        });
        return created;
      });
      publish(ctx, comment);
      return comment;
    },

    editComment: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer);
      const { comment, practice } = await commentFor(ctx, 'id', args.id);
      if (!canEditComment(viewer, comment)) throw clientError('FORBIDDEN', 'Only its author can edit a comment.');
      if (comment.deletedAt) throw clientError('CONFLICT', 'A deleted comment cannot be edited.');
      if (practice.discussionLockedAt)
        throw clientError('FORBIDDEN', 'A moderator has locked this discussion: comments in it cannot be edited.');
      const body = commentBody(args.body);
      if (body === comment.body) return comment;
      return ctx.db.transaction((tx) => editComment(tx, comment, body, ctx.now()));
    },

    deleteComment: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const { comment } = await commentFor(ctx, 'id', args.id);
      if (!canDeleteComment(viewer, comment)) throw clientError('FORBIDDEN', 'Only its author or a moderator can delete a comment.');
      if (comment.deletedAt) return comment;
      return ctx.db.transaction(async (tx) => {
        const deleted = await softDeleteComment(tx, comment.id, viewer.id, ctx.now());
        if (comment.authorId !== viewer.id) {
          await audit(
            ctx,
            { action: 'COMMENT_DELETED', outcome: 'SUCCESS', subjectId: comment.authorId, detail: `comment ${comment.id}` },
            tx,
          );
        }
        return deleted;
      });
    },

    markCommentHelpful: async (_root, args, ctx) => {
      const viewer = requireParticipant(ctx.viewer);
      const { comment } = await commentFor(ctx, 'id', args.id);
      if (!canMarkHelpful(viewer, comment)) throw clientError('FORBIDDEN', 'You cannot mark your own comment helpful.');
      if (comment.deletedAt) throw clientError('CONFLICT', 'A deleted comment cannot be marked helpful.');
      await setHelpful(ctx.db, comment.id, viewer.id, args.helpful);
      return comment;
    },

    lockDiscussion: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const practice = await practiceFor(ctx, 'practiceId', args.practiceId);
      return ctx.db.transaction(async (tx) => {
        const updated = await setPracticeFields(tx, practice.id, {
          discussionLockedAt: args.locked ? (practice.discussionLockedAt ?? ctx.now()) : null,
        });
        await audit(
          ctx,
          { action: args.locked ? 'DISCUSSION_LOCKED' : 'DISCUSSION_UNLOCKED', outcome: 'SUCCESS', detail: `practice ${practice.slug}` },
          tx,
        );
        return updated;
      });
    },
  },

  Subscription: {
    commentAdded: {
      subscribe: mercurius.withFilter(
        async (_root: unknown, args: unknown, ctx: MercuriusContext) => {
          const { practiceId } = args as { practiceId: string };
          await practiceFor(ctx, 'practiceId', practiceId);
          return ctx.pubsub.subscribe(commentTopic(practiceId.toLowerCase()));
        },
        // Asked again at every comment: the reader may have signed out, or the write-up been hidden, since the socket opened.
        async (payload: { id: string }, _args: unknown, ctx: MercuriusContext) => {
          if (ctx.viewer && !(await ctx.sessionStands(ctx.viewer))) return false;
          const comment = await findComment(ctx.db, payload.id);
          const practice = comment ? await findPracticeById(ctx.db, comment.practiceId) : null;
          return Boolean(comment && practice && receivesLiveComment(ctx.viewer, practice, comment));
        },
      ),
      resolve: async (payload: { id: string }, _args: unknown, ctx: MercuriusContext) => {
        const comment = await findComment(ctx.db, payload.id);
        // Removed since the filter read it (its author's account was deleted): Comment! cannot answer null.
        if (!comment) throw clientError('NOT_FOUND', 'That comment is gone.');
        return comment;
      },
    },
  },

  Practice: {
    comments: async (p, args, ctx, info) => {
      const page = readPage<CommentKey>(args, 50, ['timestamp', 'uuid']);
      // The page's replies come with it when they are asked for, so what is shown of them (authors,
      // helpful marks) is read together with the threads' own rather than a level later.
      const { rows, totalCount, replies } = await listThreads(ctx.db, p.id, page, asksForReplies(info));
      rememberThreads(ctx, rows.slice(0, page.limit), replies);
      knownOf(ctx).practices.set(p.id, p);
      return connection(rows, page.limit, totalCount, (c) => [c.createdAt.toISOString(), c.id]);
    },
    discussionLocked: (p) => p.discussionLockedAt !== null,
    viewerCanComment: (p, _args, ctx) => canComment(ctx.viewer) && discussionOpen(p),
  },

  Comment: {
    body: (c, _args, ctx) => (!c.deletedAt && canEditComment(ctx.viewer, c) ? c.body : null),
    deleted: (c) => c.deletedAt !== null,
    edited: (c) => c.editedAt !== null,
  },
};
