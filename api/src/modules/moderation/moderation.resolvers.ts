import type { MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import type { Flag, FlagTarget } from '@muster/db';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import { connection, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import { renderMarkdownOnce } from '../../markdown.ts';
import {
  canBeSuspended,
  canFlagPractice,
  canSeeQuestion,
  canSeeHidden,
  canSeeInactiveFeatures,
  canSeePractice,
  canSeeSuspension,
  flagCountsTowardHiding,
  isOwnContent,
  requireModerator,
  requireNotSuspended,
  requireViewer,
} from '../../policy.ts';
import { audit, listAudit } from '../audit/index.ts';
import { findComment } from '../discussion/index.ts';
import { recordActivity } from '../notifications/index.ts';
import { refreshSearchWordsSoon } from '../search/index.ts';
import { findPracticeById } from '../practices/index.ts';
import { findAnswer, findQuestion } from '../questions/index.ts';
import { listPendingMembers, updateUser, usersByIds } from '../users/index.ts';
import { reportMessage } from './message-reports.ts';
import {
  allFeaturedIds,
  autoHideThreshold,
  closeFlags,
  deleteFeatured,
  featuredOfPractice,
  findFeatured,
  findFlag,
  findModerationTarget,
  insertDecision,
  insertFeatured,
  insertFlag,
  isCurrent,
  listFeatured,
  listHidden,
  makeRoomAt,
  moderationQueue,
  nextFeaturedPosition,
  openFlagCount,
  openFlagsOn,
  openTargetCount,
  positionTaken,
  reorderFeatured,
  setHidden,
  updateFeaturedFields,
  verifiedOpenFlagCount,
  type HiddenKey,
  type ModerationTarget,
  type QueueKey,
} from './moderation.repository.ts';

/** The audit actions a moderator's log shows. */
export const moderationActions = [
  'FLAG_RESOLVED',
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  'CONTENT_AUTO_HIDDEN',
  'DISCUSSION_LOCKED',
  'DISCUSSION_UNLOCKED',
  'QUESTION_LOCKED',
  'QUESTION_UNLOCKED',
  'COMMENT_DELETED',
  'MEMBER_SUSPENDED',
  'SUSPENSION_LIFTED',
  'PRACTICE_FEATURED',
  'FEATURED_UPDATED',
  'FEATURED_REORDERED',
  'PRACTICE_UNFEATURED',
  'EDITORIAL_RATING_SET',
  'EDITORIAL_RATING_CLEARED',
];

interface Target {
  type: FlagTarget;
  id: string;
  /** The write-up, or the one the comment is under. */
  practiceId: string | null;
  /** The question, or the one the answer is under. */
  questionId: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  authorId: string | null;
}

/** The flagged thing, if the viewer can see it; NOT_FOUND otherwise. */
async function targetFor(ctx: MercuriusContext, type: FlagTarget, rawId: string): Promise<Target> {
  const id = validate.uuid('id', rawId);
  const found = (practiceId: string | null, questionId: string | null, item: Pick<Target, 'hiddenAt' | 'hiddenReason' | 'authorId'>) => ({
    type,
    id,
    practiceId,
    questionId,
    hiddenAt: item.hiddenAt,
    hiddenReason: item.hiddenReason,
    authorId: item.authorId,
  });
  if (type === 'PRACTICE') {
    const practice = await findPracticeById(ctx.db, id);
    if (!practice || !canFlagPractice(ctx.viewer, practice))
      throw clientError('NOT_FOUND', 'There is no write-up with that ID.', { field: 'id' });
    return found(practice.id, null, practice);
  }
  if (type === 'QUESTION') {
    const question = await findQuestion(ctx.db, id);
    if (!question || !canSeeQuestion(ctx.viewer, question))
      throw clientError('NOT_FOUND', 'There is no question with that ID.', { field: 'id' });
    return found(null, question.id, question);
  }
  if (type === 'ANSWER') {
    const answer = await findAnswer(ctx.db, id);
    const question = answer ? await findQuestion(ctx.db, answer.questionId) : null;
    if (!answer || !question || !canSeeQuestion(ctx.viewer, question) || (answer.hiddenAt && !canSeeHidden(ctx.viewer, answer)))
      throw clientError('NOT_FOUND', 'There is no answer with that ID.', { field: 'id' });
    return found(null, question.id, answer);
  }
  const comment = await findComment(ctx.db, id);
  const practice = comment ? await findPracticeById(ctx.db, comment.practiceId) : null;
  if (!comment || comment.deletedAt || !practice || !canSeePractice(ctx.viewer, practice))
    throw clientError('NOT_FOUND', 'There is no comment with that ID.', { field: 'id' });
  return found(practice.id, null, comment);
}

/** The activity columns that say what a decision was about. */
function about(target: { type: FlagTarget; id: string; practiceId: string | null; questionId: string | null }) {
  return {
    practiceId: target.practiceId ?? undefined,
    commentId: target.type === 'COMMENT' ? target.id : undefined,
    questionId: target.questionId ?? undefined,
    answerId: target.type === 'ANSWER' ? target.id : undefined,
  };
}

const targetNames: Record<FlagTarget, string> = {
  PRACTICE: 'write-up',
  COMMENT: 'comment',
  MESSAGE: 'message',
  QUESTION: 'question',
  ANSWER: 'answer',
};

/** What a moderator may decide on an item, and how the item then stands. */
type Decision = 'HIDE' | 'RESTORE' | 'DISMISS';

/**
 * Hides, restores or dismisses the flags on an item, going by the item's own state rather than
 * its last flag: HIDE needs it shown (or hidden only by flags, pending review), RESTORE needs it
 * hidden, DISMISS needs open flags. Every open flag on it closes with the decision (its flaggers
 * are told), the author is told of a hiding or a restoring with the note, and the decision joins
 * the item's history and the audit log — all in one transaction.
 */
async function decide(
  ctx: MercuriusContext,
  target: ModerationTarget,
  action: Decision,
  note: string | null,
  auditAction: 'FLAG_RESOLVED' | 'CONTENT_DECIDED',
): Promise<Flag[]> {
  const viewer = ctx.viewer!;
  const now = ctx.now();
  const wasHidden = target.hiddenAt !== null;
  const name = targetNames[target.type];
  const closed = await ctx.db.transaction(async (tx) => {
    const open = await openFlagsOn(tx, target.type, target.id);
    if (action === 'HIDE' && wasHidden && target.hiddenReason !== 'FLAGS')
      throw clientError('CONFLICT', `This ${name} is already hidden: restore it first to hide it again.`);
    if (action === 'RESTORE' && !wasHidden && open === 0)
      throw clientError('CONFLICT', `This ${name} is not hidden: there is nothing to restore.`);
    if (action === 'DISMISS' && open === 0) throw clientError('CONFLICT', `There are no open flags on this ${name} to dismiss.`);
    const hides = action === 'HIDE';
    // Dismissing flags shows again what flags alone had hidden.
    const shows = !hides && wasHidden;
    if (hides) await setHidden(tx, target.type, target.id, { at: now, reason: note ?? 'Hidden by a moderator.' });
    else if (shows) await setHidden(tx, target.type, target.id, null);
    let flags: Flag[] = [];
    if (open > 0) {
      const activityId = await recordActivity(tx, {
        kind: 'FLAG_RESOLVED',
        actorId: viewer.id,
        ...about(target),
        // The reporter's notification leads back to the conversation the message is in.
        messageId: target.type === 'MESSAGE' ? target.id : undefined,
        flagAction: action,
        createdAt: now,
      });
      flags = await closeFlags(tx, target.type, target.id, { action, note, by: viewer.id, at: now, activityId });
    }
    await insertDecision(tx, {
      targetType: target.type,
      targetId: target.id,
      practiceId: target.practiceId,
      questionId: target.questionId,
      action,
      note,
      moderatorId: viewer.id,
      createdAt: now,
    });
    // A message's sender is not told: moderators remove a message without a word to them, as before.
    if (target.type !== 'MESSAGE' && (hides || shows)) {
      await recordActivity(tx, {
        kind: hides ? 'CONTENT_HIDDEN' : 'CONTENT_RESTORED',
        actorId: viewer.id,
        ...about(target),
        note,
        createdAt: now,
      });
    }
    const detail = `${action} ${target.type.toLowerCase()} ${target.id} (${flags.length} ${flags.length === 1 ? 'flag' : 'flags'})${note ? `: ${note}` : ''}`;
    const logged =
      auditAction === 'FLAG_RESOLVED' ? 'FLAG_RESOLVED' : hides ? 'CONTENT_HIDDEN' : shows ? 'CONTENT_RESTORED' : 'FLAG_RESOLVED';
    await audit(ctx, { action: logged, outcome: 'SUCCESS', subjectId: target.authorId, detail }, tx);
    return flags;
  });
  if (target.type === 'PRACTICE') refreshSearchWordsSoon(ctx.db);
  ctx.fanOut.kick();
  return closed;
}

/** A write-up, comment, question or answer a moderator names, whatever its state; NOT_FOUND otherwise. */
async function moderationTargetFor(ctx: MercuriusContext, type: FlagTarget, rawId: string): Promise<ModerationTarget> {
  if (type === 'MESSAGE') throw badInput('target', 'Direct messages are moderated from their reports in the queue.');
  const target = await findModerationTarget(ctx.db, type, validate.uuid('id', rawId));
  if (!target) throw clientError('NOT_FOUND', `There is no ${targetNames[type]} with that ID.`, { field: 'id' });
  return target;
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
  if (
    (error as { code?: string; cause?: { code?: string } }).code === '23505' ||
    (error as { cause?: { code?: string } }).cause?.code === '23505'
  ) {
    throw clientError('CONFLICT', 'Another case study holds that position: choose another, or reorder them.', { field: 'position' });
  }
  throw error;
}

export const resolvers: Resolvers = {
  Query: {
    featured: (_root, args, ctx) =>
      listFeatured(ctx.db, ctx.viewer, ctx.now(), Boolean(args.includeInactive) && canSeeInactiveFeatures(ctx.viewer)),
    moderationQueue: async (_root, args, ctx) => {
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
    hiddenContent: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const page = readPage<HiddenKey>(args, 20, ['timestamp', 'uuid']);
      const { rows, totalCount } = await listHidden(ctx.db, page);
      return connection(rows, page.limit, totalCount, (item) => [item.hiddenAt!.toISOString(), item.id]);
    },
    moderatedItem: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      if (args.target === 'MESSAGE') throw badInput('target', 'Direct messages are moderated from their reports in the queue.');
      return findModerationTarget(ctx.db, args.target, validate.uuid('id', args.id));
    },
    moderationLog: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const page = readPage<[number]>(args, 20, ['integer']);
      const { rows, totalCount } = await listAudit(ctx.db, { actions: moderationActions }, page);
      return connection(rows, page.limit, totalCount, (row) => [row.id]);
    },
  },

  Mutation: {
    flag: async (_root, args, ctx) => {
      if (args.target === 'MESSAGE') return reportMessage(ctx, 'id', args);
      const viewer = requireNotSuspended(requireViewer(ctx.viewer));
      const target = await targetFor(ctx, args.target, args.id);
      if (target.hiddenAt) {
        throw clientError(
          'CONFLICT',
          target.hiddenReason === 'FLAGS' ? 'This is already hidden while moderators review it.' : 'Moderators have already hidden this.',
          { field: 'id' },
        );
      }
      if (isOwnContent(viewer, target)) throw badInput('id', 'You cannot flag what you wrote yourself: edit or delete it instead.');
      const note = validate.text('note', args.note, 1000) ?? null;
      if (args.reason === 'OTHER' && !note) throw badInput('note', 'Say what is wrong: a flag for another reason needs a note.');
      const now = ctx.now();
      const flagged = await ctx.db.transaction(async (tx) => {
        const flag = await insertFlag(tx, {
          targetType: target.type,
          targetId: target.id,
          practiceId: target.practiceId,
          questionId: target.questionId,
          flaggerId: viewer.id,
          reason: args.reason,
          note,
          createdAt: now,
        });
        if (!flag) throw clientError('CONFLICT', 'You have already flagged this; moderators will review it.', { field: 'id' });
        if (flagCountsTowardHiding(viewer) && (await verifiedOpenFlagCount(tx, target.type, target.id)) >= autoHideThreshold) {
          await setHidden(tx, target.type, target.id, { at: now, reason: 'FLAGS' });
          await insertDecision(tx, {
            targetType: target.type,
            targetId: target.id,
            practiceId: target.practiceId,
            questionId: target.questionId,
            action: 'HIDE',
            note: null,
            moderatorId: null,
            createdAt: now,
          });
          // Its author hears that it is hidden pending review (flaggers stay unnamed).
          await recordActivity(tx, {
            kind: 'CONTENT_HIDDEN',
            actorId: null,
            ...about(target),
            flagAction: 'FLAGS',
            createdAt: now,
          });
          if (target.type === 'PRACTICE') refreshSearchWordsSoon(ctx.db);
          await audit(
            ctx,
            {
              action: 'CONTENT_AUTO_HIDDEN',
              outcome: 'SUCCESS',
              actorId: null,
              subjectId: target.authorId,
              detail: `${target.type.toLowerCase()} ${target.id}: ${autoHideThreshold} flags from verified members`,
            },
            tx,
          );
        }
        return flag;
      });
      ctx.fanOut.kick();
      return flagged;
    },

    resolveFlag: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const found = await findFlag(ctx.db, validate.uuid('id', args.id));
      if (!found) throw clientError('NOT_FOUND', 'There is no flag with that ID.');
      const note = validate.text('note', args.note, 1000) ?? null;
      const target = await findModerationTarget(ctx.db, found.targetType, found.targetId);
      if (!target) throw clientError('NOT_FOUND', 'What this flag reported is gone.');
      // The item's own state decides: a resolved flag still leads to restoring what was hidden.
      if (found.resolvedAt && args.action === 'DISMISS') throw clientError('CONFLICT', `This flag was already resolved (${found.action}).`);
      const closed = await decide(ctx, target, args.action, note, 'FLAG_RESOLVED');
      const resolved = closed.find((f) => f.id === found.id) ?? (await findFlag(ctx.db, found.id));
      // Removed meanwhile with what it reported: Flag! cannot answer null.
      if (!resolved) throw clientError('NOT_FOUND', 'There is no flag with that ID.');
      return resolved;
    },

    moderate: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      if (args.action === 'DISMISS') throw badInput('action', 'Hide or restore an item; dismiss its flags from the queue.');
      const note = validate.text('note', args.note, 1000) ?? null;
      const target = await moderationTargetFor(ctx, args.target, args.id);
      await decide(ctx, target, args.action, note, 'CONTENT_DECIDED');
      const decided = await findModerationTarget(ctx.db, target.type, target.id);
      // Removed since the decision: ModeratedItem! cannot answer null.
      if (!decided) throw clientError('NOT_FOUND', 'What you moderated is gone.');
      return decided;
    },

    suspendMember: async (_root, args, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const errors = new FieldErrors();
      const reason = errors.check(() => validate.requiredText('reason', 'a reason', args.reason, 3, 500));
      if (args.until.getTime() <= ctx.now().getTime()) errors.add('until', 'A suspension ends in the future.');
      if (args.until.getTime() > ctx.now().getTime() + 366 * 86400_000)
        errors.add('until', 'A suspension lasts at most a year; disable the account instead.');
      errors.throwIfAny();
      const [member] = [...(await usersByIds(ctx.db, [validate.uuid('userId', args.userId)])).values()];
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.');
      if (member.id === viewer.id) throw badInput('userId', 'You cannot suspend yourself.');
      if (!canBeSuspended(member))
        throw clientError('FORBIDDEN', 'Moderators and administrators are not suspended; an administrator changes their role instead.');
      return ctx.db.transaction(async (tx) => {
        const updated = await updateUser(tx, member.id, { suspendedUntil: args.until, suspensionReason: reason! });
        // The account was removed meanwhile: User! cannot answer null.
        if (!updated) throw clientError('NOT_FOUND', 'There is no member with that ID.');
        await audit(
          ctx,
          { action: 'MEMBER_SUSPENDED', outcome: 'SUCCESS', subjectId: member.id, detail: `until ${args.until.toISOString()}: ${reason}` },
          tx,
        );
        return updated;
      });
    },

    liftSuspension: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const [member] = [...(await usersByIds(ctx.db, [validate.uuid('userId', args.userId)])).values()];
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.');
      if (!member.suspendedUntil || member.suspendedUntil <= ctx.now()) throw clientError('CONFLICT', 'This member is not suspended.');
      return ctx.db.transaction(async (tx) => {
        const updated = await updateUser(tx, member.id, { suspendedUntil: null, suspensionReason: null });
        if (!updated) throw clientError('NOT_FOUND', 'There is no member with that ID.');
        await audit(ctx, { action: 'SUSPENSION_LIFTED', outcome: 'SUCCESS', subjectId: member.id }, tx);
        return updated;
      });
    },

    featurePractice: async (_root, args, ctx) => {
      const viewer = requireModerator(ctx.viewer);
      const practice = await findPracticeById(ctx.db, validate.uuid('practiceId', args.practiceId));
      // A moderator sees every published write-up; a draft or an archived one is there, just not featurable.
      if (!practice) throw clientError('NOT_FOUND', 'There is no write-up with that ID.');
      if (practice.status !== 'PUBLISHED' || practice.hiddenAt)
        throw clientError('CONFLICT', 'Only a published write-up that is not hidden can be featured.', { field: 'practiceId' });
      const fields = readFeatureFields(args);
      const now = ctx.now();
      const featured = await ctx.db
        .transaction(async (tx) => {
          if (await featuredOfPractice(tx, practice.id))
            throw clientError('CONFLICT', 'This write-up is already featured: edit its case study instead.');
          const position = fields.position ?? (await nextFeaturedPosition(tx));
          // Featuring at a taken position puts the new case study there and moves the others down.
          if (await positionTaken(tx, position)) await makeRoomAt(tx, position, now);
          const row = await insertFeatured(tx, {
            ...fields,
            position,
            practiceId: practice.id,
            featuredById: viewer.id,
            createdAt: now,
            updatedAt: now,
          });
          await recordActivity(tx, { kind: 'PRACTICE_FEATURED', actorId: viewer.id, practiceId: practice.id, createdAt: now });
          await audit(
            ctx,
            { action: 'PRACTICE_FEATURED', outcome: 'SUCCESS', subjectId: practice.authorId, detail: `${practice.slug} at ${position}` },
            tx,
          );
          return row;
        })
        .catch(conflictOnPosition);
      ctx.fanOut.kick();
      return featured;
    },

    updateFeatured: async (_root, args, ctx) => {
      requireModerator(ctx.viewer);
      const existing = await findFeatured(ctx.db, validate.uuid('id', args.id));
      if (!existing) throw clientError('NOT_FOUND', 'There is no featured case study with that ID.');
      const fields = readFeatureFields(args.input);
      const position = fields.position ?? existing.position;
      return ctx.db
        .transaction(async (tx) => {
          if (await positionTaken(tx, position, existing.id)) {
            // Out of the way first (0 is never a position), then into the room made for it.
            await updateFeaturedFields(tx, existing.id, { position: 0 });
            await makeRoomAt(tx, position, ctx.now());
          }
          const row = await updateFeaturedFields(tx, existing.id, { ...fields, position, updatedAt: ctx.now() });
          await audit(ctx, { action: 'FEATURED_UPDATED', outcome: 'SUCCESS', detail: `case study ${existing.id}` }, tx);
          return row;
        })
        .catch(conflictOnPosition);
    },

    reorderFeatured: async (_root, args, ctx) => {
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

    unfeature: async (_root, args, ctx) => {
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
    target: (f) => f.targetType,
    resolved: (f) => f.resolvedAt !== null,
    targetOpenFlagCount: (f) => f.queue?.flagCount ?? 0,
    targetReasons: (f) => f.queue?.reasons ?? [f.reason],
    urgency: (f) => f.queue?.urgency ?? 0,
  },

  ModeratedItem: {
    target: (item) => item.type,
    hidden: (item) => item.hiddenAt !== null,
    hiddenReason: (item) => (item.hiddenAt ? describeHiding(item.hiddenReason) : null),
  },

  ModerationEvent: {
    at: (event) => event.at,
  },

  FeaturedCaseStudy: {
    noteHtml: (f) => renderMarkdownOnce(`featured:${f.id}:${f.updatedAt.getTime()}`, f.note),
    current: (f, _args, ctx) => isCurrent(f, ctx.now()),
  },

  Practice: {
    hidden: (p) => p.hiddenAt !== null,
    hiddenReason: (p, _args, ctx) => (p.hiddenAt && canSeeHidden(ctx.viewer, p) ? describeHiding(p.hiddenReason) : null),
  },

  Question: {
    hiddenReason: (q, _args, ctx) => (q.hiddenAt && canSeeHidden(ctx.viewer, q) ? describeHiding(q.hiddenReason) : null),
  },

  Answer: {
    hidden: (a) => a.hiddenAt !== null,
    hiddenReason: (a, _args, ctx) => (a.hiddenAt && canSeeHidden(ctx.viewer, a) ? describeHiding(a.hiddenReason) : null),
  },

  Comment: {
    hidden: (c) => c.hiddenAt !== null,
    hiddenReason: (c, _args, ctx) => (c.hiddenAt && canSeeHidden(ctx.viewer, c) ? describeHiding(c.hiddenReason) : null),
  },

  User: {
    suspendedUntil: (u, _args, ctx) => (canSeeSuspension(ctx.viewer, u) ? u.suspendedUntil : null),
    suspensionReason: (u, _args, ctx) => (canSeeSuspension(ctx.viewer, u) ? u.suspensionReason : null),
  },
};

function describeHiding(reason: string | null): string {
  if (reason === 'FLAGS') return `Hidden pending review: ${autoHideThreshold} verified members flagged it.`;
  return reason ?? 'Hidden by a moderator.';
}
