import type { IResolvers, MercuriusContext } from 'mercurius';
import type { Comment, Db, FeaturedCaseStudy, Flag, FlagAction, FlagReason, FlagTarget, User } from '@muster/db';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import { connection, readPage, type PageArgs } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import { canSeePractice, isStaff, requireModerator, requireNotSuspended, requireViewer } from '../../policy.ts';
import { audit } from '../audit/audit.ts';
import { listAudit } from '../audit/audit.repository.ts';
import { findComment } from '../discussion/discussion.repository.ts';
import { findMessage } from '../messages/messages.repository.ts';
import { reportMessage } from '../messages/messages.resolvers.ts';
import { recordActivity } from '../notifications/notifications.repository.ts';
import { refreshSearchWordsSoon } from '../search/search-words.ts';
import { findPracticeById, type PracticeRow } from '../practices/practices.repository.ts';
import { listPendingMembers, updateUser, usersByIds } from '../users/users.repository.ts';
import {
  allFeaturedIds,
  autoHideThreshold,
  closeFlags,
  deleteFeatured,
  featuredOfPractice,
  findFeatured,
  findFlag,
  insertFeatured,
  insertFlag,
  isCurrent,
  listFeatured,
  moderationQueue,
  nextFeaturedPosition,
  openFlagCount,
  openTargetCount,
  positionTaken,
  reorderFeatured,
  setHidden,
  updateFeaturedFields,
  verifiedOpenFlagCount,
  type QueueItem,
  type QueueKey,
} from './moderation.repository.ts';

/** The audit actions a moderator's log shows. */
export const moderationActions = [
  'FLAG_RESOLVED',
  'CONTENT_AUTO_HIDDEN',
  'DISCUSSION_LOCKED',
  'DISCUSSION_UNLOCKED',
  'COMMENT_DELETED',
  'MEMBER_SUSPENDED',
  'SUSPENSION_LIFTED',
  'PRACTICE_FEATURED',
  'FEATURED_UPDATED',
  'FEATURED_REORDERED',
  'PRACTICE_UNFEATURED',
];

interface Target {
  type: FlagTarget;
  id: string;
  practice: PracticeRow;
  comment: Comment | null;
  hidden: boolean;
  authorId: string | null;
}

/** The flagged thing, if the viewer can see it; NOT_FOUND otherwise. */
async function targetFor(ctx: MercuriusContext, type: FlagTarget, rawId: string): Promise<Target> {
  const id = validate.uuid('id', rawId);
  if (type === 'PRACTICE') {
    const practice = await findPracticeById(ctx.db, id);
    if (!practice || !canSeePractice(ctx.viewer, practice) || practice.status !== 'PUBLISHED') throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
    return { type, id, practice, comment: null, hidden: practice.hiddenAt !== null, authorId: practice.authorId };
  }
  const comment = await findComment(ctx.db, id);
  const practice = comment ? await findPracticeById(ctx.db, comment.practiceId) : null;
  if (!comment || comment.deletedAt || !practice || !canSeePractice(ctx.viewer, practice)) throw clientError('NOT_FOUND', 'There is no comment with that ID.');
  return { type, id, practice, comment, hidden: comment.hiddenAt !== null, authorId: comment.authorId };
}

function readFeatureFields(input: { note: string; position?: number | null; startsOn?: string | null; endsOn?: string | null }) {
  const errors = new FieldErrors();
  const note = errors.check(() => validate.requiredText('note', 'an editorial note', input.note, 10, 2000));
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1 || input.position > 1000)) {
    errors.add('position', 'Position is a whole number from 1 (first) to 1,000.');
  }
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) errors.add('endsOn', 'The end date comes before the start date.');
  errors.throwIfAny();
  return { note: note!, position: input.position ?? null, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null };
}

function conflictOnPosition(error: unknown): never {
  if ((error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
    throw clientError('CONFLICT', 'Another case study holds that position: choose another, or reorder them.', { field: 'position' });
  }
  throw error;
}

export const resolvers: IResolvers = {
  Query: {
    featured: (_root, args: { includeInactive?: boolean | null }, ctx) =>
      listFeatured(ctx.db, ctx.viewer, ctx.now(), Boolean(args.includeInactive) && isStaff(ctx.viewer)),
    moderationQueue: async (_root, args: PageArgs, ctx) => {
      requireModerator(ctx.viewer);
      const page = readPage<QueueKey>(args, 20, ['integer', 'timestamp', 'uuid']);
      const { rows, totalCount } = await moderationQueue(ctx.db, page);
      const nodes = rows.map((item) => ({ ...item.flag, queue: item }));
      return connection(nodes, page.limit, totalCount, (n) => [n.queue.urgency, n.queue.flag.createdAt.toISOString(), n.queue.flag.id]);
    },
    moderationSummary: async (_root, _args, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const [open, flaggedItems, pending, featured] = await Promise.all([
        openFlagCount(ctx.db),
        openTargetCount(ctx.db),
        listPendingMembers(ctx.db),
        listFeatured(ctx.db, viewer, ctx.now(), false),
      ]);
      return { openFlags: open, flaggedItems, pendingMembers: pending.length, currentFeatured: featured.length };
    },
    moderationLog: async (_root, args: PageArgs, ctx) => {
      requireModerator(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await listAudit(ctx.db, { actions: moderationActions }, page);
      return connection(rows, page.limit, totalCount, (row) => [row.id]);
    },
  },

  Mutation: {
    flag: async (_root, args: { target: FlagTarget; id: string; reason: FlagReason; note?: string | null }, ctx) => {
      if (args.target === 'MESSAGE') return reportMessage(ctx, 'id', args);
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const target = await targetFor(ctx, args.target, args.id);
      if (target.hidden) throw clientError('CONFLICT', 'This is already hidden while moderators review it.');
      if (target.authorId === viewer.id) throw badInput('id', 'You cannot flag what you wrote yourself: edit or delete it instead.');
      const note = validate.text('note', args.note, 1000) ?? null;
      if (args.reason === 'OTHER' && !note) throw badInput('note', 'Say what is wrong: a flag for another reason needs a note.');
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const flag = await insertFlag(tx, { targetType: target.type, targetId: target.id, practiceId: target.practice.id, flaggerId: viewer.id, reason: args.reason, note, createdAt: now });
        if (!flag) throw clientError('CONFLICT', 'You have already flagged this; moderators will review it.');
        if (viewer.verified && (await verifiedOpenFlagCount(tx, target.type, target.id)) >= autoHideThreshold) {
          await setHidden(tx, target.type, target.id, { at: now, reason: 'FLAGS' });
          if (target.type === 'PRACTICE') refreshSearchWordsSoon(ctx.db);
          await audit(ctx, { action: 'CONTENT_AUTO_HIDDEN', outcome: 'SUCCESS', actorId: null, subjectId: target.authorId, detail: `${target.type.toLowerCase()} ${target.id}: ${autoHideThreshold} flags from verified members` }, tx);
        }
        return flag;
      });
    },

    resolveFlag: async (_root, args: { id: string; action: FlagAction; note?: string | null }, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const found = await findFlag(ctx.db, validate.uuid('id', args.id));
      if (!found) throw clientError('NOT_FOUND', 'There is no flag with that ID.');
      if (found.resolvedAt) throw clientError('CONFLICT', `This flag was already resolved (${found.action}).`);
      const note = validate.text('note', args.note, 1000) ?? null;
      const now = ctx.now();
      const closed = await ctx.db.transaction(async (tx) => {
        if (args.action === 'HIDE') await setHidden(tx, found.targetType, found.targetId, { at: now, reason: note ?? 'Hidden by a moderator.' });
        else await setHidden(tx, found.targetType, found.targetId, null);
        const activityId = await recordActivity(tx, {
          kind: 'FLAG_RESOLVED',
          actorId: viewer.id,
          practiceId: found.practiceId ?? undefined,
          commentId: found.targetType === 'COMMENT' ? found.targetId : undefined,
          // The reporter's notification leads back to the conversation the message is in.
          messageId: found.targetType === 'MESSAGE' ? found.targetId : undefined,
          flagAction: args.action,
          createdAt: now,
        });
        const flags = await closeFlags(tx, found.targetType, found.targetId, { action: args.action, note, by: viewer.id, at: now, activityId });
        const subject = await authorOf(tx, found.targetType, found.targetId);
        await audit(ctx, { action: 'FLAG_RESOLVED', outcome: 'SUCCESS', subjectId: subject ?? null, detail: `${args.action} ${found.targetType.toLowerCase()} ${found.targetId} (${flags.length} ${flags.length === 1 ? 'flag' : 'flags'})${note ? `: ${note}` : ''}` }, tx);
        return flags.find((f) => f.id === found.id) ?? found;
      });
      if (found.targetType === 'PRACTICE') refreshSearchWordsSoon(ctx.db);
      ctx.fanOut.kick();
      return closed;
    },

    suspendMember: async (_root, args: { userId: string; until: Date; reason: string }, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const errors = new FieldErrors();
      const reason = errors.check(() => validate.requiredText('reason', 'a reason', args.reason, 3, 500));
      if (args.until.getTime() <= ctx.now().getTime()) errors.add('until', 'A suspension ends in the future.');
      if (args.until.getTime() > ctx.now().getTime() + 366 * 86400_000) errors.add('until', 'A suspension lasts at most a year; disable the account instead.');
      errors.throwIfAny();
      const [member] = [...(await usersByIds(ctx.db, [validate.uuid('userId', args.userId)])).values()];
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.');
      if (member.id === viewer.id) throw badInput('userId', 'You cannot suspend yourself.');
      if (member.role === 'MODERATOR' || member.role === 'ADMIN') throw clientError('FORBIDDEN', 'Moderators and administrators are not suspended; an administrator changes their role instead.');
      return ctx.db.transaction(async (tx) => {
        const updated = await updateUser(tx, member.id, { suspendedUntil: args.until, suspensionReason: reason! });
        await audit(ctx, { action: 'MEMBER_SUSPENDED', outcome: 'SUCCESS', subjectId: member.id, detail: `until ${args.until.toISOString()}: ${reason}` }, tx);
        return updated;
      });
    },

    liftSuspension: async (_root, args: { userId: string }, ctx) => {
      requireModerator(ctx.viewer);
      const [member] = [...(await usersByIds(ctx.db, [validate.uuid('userId', args.userId)])).values()];
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.');
      if (!member.suspendedUntil || member.suspendedUntil <= ctx.now()) throw clientError('CONFLICT', 'This member is not suspended.');
      return ctx.db.transaction(async (tx) => {
        const updated = await updateUser(tx, member.id, { suspendedUntil: null, suspensionReason: null });
        await audit(ctx, { action: 'SUSPENSION_LIFTED', outcome: 'SUCCESS', subjectId: member.id }, tx);
        return updated;
      });
    },

    featurePractice: async (_root, args: { practiceId: string; note: string; position?: number | null; startsOn?: string | null; endsOn?: string | null }, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const practice = await findPracticeById(ctx.db, validate.uuid('practiceId', args.practiceId));
      // A moderator sees every published write-up; a draft or an archived one is there, just not featurable.
      if (!practice) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
      if (practice.status !== 'PUBLISHED' || practice.hiddenAt) throw clientError('CONFLICT', 'Only a published write-up that is not hidden can be featured.', { field: 'practiceId' });
      const fields = readFeatureFields(args);
      const now = ctx.now();
      const featured = await ctx.db
        .transaction(async (tx) => {
          if (await featuredOfPractice(tx, practice.id)) throw clientError('CONFLICT', 'This write-up is already featured: edit its case study instead.');
          const position = fields.position ?? (await nextFeaturedPosition(tx));
          if (await positionTaken(tx, position)) throw clientError('CONFLICT', `Position ${position} is taken: choose another, or reorder the case studies.`, { field: 'position' });
          const row = await insertFeatured(tx, { ...fields, position, practiceId: practice.id, featuredById: viewer.id, createdAt: now, updatedAt: now });
          await recordActivity(tx, { kind: 'PRACTICE_FEATURED', actorId: viewer.id, practiceId: practice.id, createdAt: now });
          await audit(ctx, { action: 'PRACTICE_FEATURED', outcome: 'SUCCESS', subjectId: practice.authorId, detail: `${practice.slug} at ${position}` }, tx);
          return row;
        })
        .catch(conflictOnPosition);
      ctx.fanOut.kick();
      return featured;
    },

    updateFeatured: async (_root, args: { id: string; input: { note: string; position?: number | null; startsOn?: string | null; endsOn?: string | null } }, ctx) => {
      requireModerator(ctx.viewer);
      const existing = await findFeatured(ctx.db, validate.uuid('id', args.id));
      if (!existing) throw clientError('NOT_FOUND', 'There is no featured case study with that ID.');
      const fields = readFeatureFields(args.input);
      const position = fields.position ?? existing.position;
      return ctx.db
        .transaction(async (tx) => {
          if (await positionTaken(tx, position, existing.id)) throw clientError('CONFLICT', `Position ${position} is taken: choose another, or reorder the case studies.`, { field: 'position' });
          const row = await updateFeaturedFields(tx, existing.id, { ...fields, position, updatedAt: ctx.now() });
          await audit(ctx, { action: 'FEATURED_UPDATED', outcome: 'SUCCESS', detail: `case study ${existing.id}` }, tx);
          return row;
        })
        .catch(conflictOnPosition);
    },

    reorderFeatured: async (_root, args: { ids: string[] }, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const ids = validate.listOf('ids', args.ids, (id) => validate.uuid('ids', id), 1000);
      const all = await allFeaturedIds(ctx.db);
      if (new Set(ids).size !== ids.length || ids.length !== all.length || !all.every((id) => ids.includes(id))) {
        throw badInput('ids', `Name every featured case study once, in the new order (there are ${all.length}).`);
      }
      await ctx.db.transaction(async (tx) => {
        await reorderFeatured(tx, ids, ctx.now());
        await audit(ctx, { action: 'FEATURED_REORDERED', outcome: 'SUCCESS' }, tx);
      });
      return listFeatured(ctx.db, viewer, ctx.now(), true);
    },

    unfeature: async (_root, args: { id: string }, ctx) => {
      requireModerator(ctx.viewer);
      const existing = await findFeatured(ctx.db, validate.uuid('id', args.id));
      if (!existing) throw clientError('NOT_FOUND', 'There is no featured case study with that ID.');
      await ctx.db.transaction(async (tx) => {
        await deleteFeatured(tx, existing.id);
        await audit(ctx, { action: 'PRACTICE_UNFEATURED', outcome: 'SUCCESS', detail: `case study ${existing.id}` }, tx);
      });
      return true;
    },
  },

  Flag: {
    target: (f: Flag) => f.targetType,
    resolved: (f: Flag) => f.resolvedAt !== null,
    targetOpenFlagCount: (f: Flag & { queue?: QueueItem }) => f.queue?.flagCount ?? 0,
    targetReasons: (f: Flag & { queue?: QueueItem }) => f.queue?.reasons ?? [f.reason],
    urgency: (f: Flag & { queue?: QueueItem }) => f.queue?.urgency ?? 0,
  },

  FeaturedCaseStudy: {
    noteHtml: (f: FeaturedCaseStudy) => renderMarkdownOnce(`featured:${f.id}:${f.updatedAt.getTime()}`, f.note),
    current: (f: FeaturedCaseStudy, _args, ctx) => isCurrent(f, ctx.now()),
  },

  Practice: {
    hidden: (p: PracticeRow) => p.hiddenAt !== null,
    hiddenReason: (p: PracticeRow, _args, ctx) => (p.hiddenAt && (isStaff(ctx.viewer) || p.authorId === ctx.viewer?.id) ? describeHiding(p.hiddenReason) : null),
  },

  Comment: {
    hidden: (c: Comment) => c.hiddenAt !== null,
    hiddenReason: (c: Comment, _args, ctx) => (c.hiddenAt && (isStaff(ctx.viewer) || c.authorId === ctx.viewer?.id) ? describeHiding(c.hiddenReason) : null),
  },

  User: {
    suspendedUntil: (u: User, _args, ctx) => (isStaff(ctx.viewer) || ctx.viewer?.id === u.id ? u.suspendedUntil : null),
    suspensionReason: (u: User, _args, ctx) => (isStaff(ctx.viewer) || ctx.viewer?.id === u.id ? u.suspensionReason : null),
  },
};

/** Who wrote the flagged content, for the audit log. */
async function authorOf(db: Db, type: FlagTarget, id: string): Promise<string | null> {
  if (type === 'COMMENT') return (await findComment(db, id))?.authorId ?? null;
  if (type === 'MESSAGE') return (await findMessage(db, id))?.senderId ?? null;
  return (await findPracticeById(db, id))?.authorId ?? null;
}

function describeHiding(reason: string | null): string {
  if (reason === 'FLAGS') return `Hidden pending review: ${autoHideThreshold} verified members flagged it.`;
  return reason ?? 'Hidden by a moderator.';
}
