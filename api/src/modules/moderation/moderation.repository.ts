import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  answers,
  comments,
  featuredCaseStudies,
  flags,
  messages,
  moderationDecisions,
  practices,
  questions,
  rowsOf,
  users,
  type Db,
  type FeaturedCaseStudy,
  type Flag,
  type FlagAction,
  type FlagReason,
  type FlagTarget,
  type ModerationDecision,
  returnedRow,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import { flaggersCountingTowardHiding, visiblePractices, type Viewer } from '../../policy.ts';
import { practiceColumns, type PracticeRow } from '../practices/index.ts';
import { recountAnswers } from '../questions/index.ts';

/** How much a reason weighs in the queue: what can get an officer hurt or a person exposed comes first. */
export const reasonWeight: Record<FlagReason, number> = {
  OPERATIONALLY_SENSITIVE: 40,
  PERSONAL_INFORMATION: 30,
  HARASSMENT: 30,
  SPAM: 10,
  OTHER: 10,
  OFF_TOPIC: 5,
};

/** Flags from this many verified members hide the content until a moderator decides. */
export const autoHideThreshold = 3;

export async function findFlag(db: Db, id: string): Promise<Flag | null> {
  const [row] = await db.select().from(flags).where(eq(flags.id, id));
  return row ?? null;
}

export async function flagsByIds(db: Db, ids: string[]): Promise<Map<string, Flag>> {
  const rows = await db.select().from(flags).where(inArray(flags.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function insertFlag(
  db: Db,
  values: {
    targetType: FlagTarget;
    targetId: string;
    practiceId: string | null;
    questionId?: string | null;
    flaggerId: string;
    reason: FlagReason;
    note: string | null;
    createdAt: Date;
  },
): Promise<Flag | null> {
  const [row] = await db.insert(flags).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Open flags on a target that count toward hiding it (policy's flaggersCountingTowardHiding). */
export async function verifiedOpenFlagCount(db: Db, targetType: FlagTarget, targetId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(flags)
    .innerJoin(users, eq(users.id, flags.flaggerId))
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt), flaggersCountingTowardHiding));
  return row?.n ?? 0;
}

export async function setHidden(
  db: Db,
  targetType: FlagTarget,
  targetId: string,
  hidden: { at: Date; reason: string } | null,
): Promise<void> {
  const values = { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null };
  if (targetType === 'PRACTICE') await db.update(practices).set(values).where(eq(practices.id, targetId));
  else if (targetType === 'COMMENT') await db.update(comments).set(values).where(eq(comments.id, targetId));
  else if (targetType === 'QUESTION') await db.update(questions).set(values).where(eq(questions.id, targetId));
  else if (targetType === 'ANSWER') {
    const [answer] = await db.update(answers).set(values).where(eq(answers.id, targetId)).returning({ questionId: answers.questionId });
    // The question's answer and helpful counts are of its visible answers.
    if (answer) await recountAnswers(db, answer.questionId);
  }
  // A removed message shows as removed to its participants, without a reason.
  else await db.update(messages).set({ hiddenAt: values.hiddenAt }).where(eq(messages.id, targetId));
}

/** Closes every open flag on the target with one decision; answers the flags closed. */
export async function closeFlags(
  db: Db,
  targetType: FlagTarget,
  targetId: string,
  decision: { action: FlagAction; note: string | null; by: string; at: Date; activityId: number },
): Promise<Flag[]> {
  return db
    .update(flags)
    .set({
      resolvedAt: decision.at,
      resolvedById: decision.by,
      action: decision.action,
      resolutionNote: decision.note,
      resolutionActivityId: decision.activityId,
    })
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt)))
    .returning();
}

export async function openFlagsOn(db: Db, targetType: FlagTarget, targetId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(flags)
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt)));
  return row?.n ?? 0;
}

export async function openFlagCounts(db: Db, targetIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ targetId: flags.targetId, n: count() })
    .from(flags)
    .where(and(inArray(flags.targetId, targetIds), isNull(flags.resolvedAt)))
    .groupBy(flags.targetId);
  return new Map(rows.map((r) => [r.targetId, r.n]));
}

/** A write-up, comment, question, answer or message as moderation sees it: who wrote it and whether it is hidden now. */
export interface ModerationTarget {
  type: FlagTarget;
  id: string;
  /** The write-up, or the one the comment is under; null for a message, a question or an answer. */
  practiceId: string | null;
  /** The question, or the one the answer is under; null otherwise. */
  questionId: string | null;
  authorId: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
}

export async function findModerationTarget(db: Db, type: FlagTarget, id: string): Promise<ModerationTarget | null> {
  if (type === 'PRACTICE') {
    const [row] = await db.select().from(practices).where(eq(practices.id, id));
    return row
      ? { type, id, practiceId: row.id, questionId: null, authorId: row.authorId, hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason }
      : null;
  }
  if (type === 'QUESTION') {
    const [row] = await db
      .select({ authorId: questions.authorId, hiddenAt: questions.hiddenAt, hiddenReason: questions.hiddenReason })
      .from(questions)
      .where(eq(questions.id, id));
    return row ? { type, id, practiceId: null, questionId: id, ...row } : null;
  }
  if (type === 'ANSWER') {
    const [row] = await db.select().from(answers).where(eq(answers.id, id));
    return row
      ? {
          type,
          id,
          practiceId: null,
          questionId: row.questionId,
          authorId: row.authorId,
          hiddenAt: row.hiddenAt,
          hiddenReason: row.hiddenReason,
        }
      : null;
  }
  if (type === 'COMMENT') {
    const [row] = await db.select().from(comments).where(eq(comments.id, id));
    // A deleted comment is gone for everyone: there is nothing left to hide or restore.
    return row && !row.deletedAt
      ? {
          type,
          id,
          practiceId: row.practiceId,
          questionId: null,
          authorId: row.authorId,
          hiddenAt: row.hiddenAt,
          hiddenReason: row.hiddenReason,
        }
      : null;
  }
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row ? { type, id, practiceId: null, questionId: null, authorId: row.senderId, hiddenAt: row.hiddenAt, hiddenReason: null } : null;
}

export async function insertDecision(db: Db, values: typeof moderationDecisions.$inferInsert): Promise<ModerationDecision> {
  return returnedRow(await db.insert(moderationDecisions).values(values).returning());
}

/** One step of an item's moderation history. */
export interface HistoryEvent {
  kind: 'FLAGGED' | 'HIDDEN' | 'HIDDEN_BY_FLAGS' | 'RESTORED' | 'DISMISSED';
  at: Date;
  byId: string | null;
  reason: FlagReason | null;
  note: string | null;
}

const decisionKind: Record<FlagAction, HistoryEvent['kind']> = { HIDE: 'HIDDEN', RESTORE: 'RESTORED', DISMISS: 'DISMISSED' };

/** Each item's flags and decisions, oldest first. */
export async function historiesOf(db: Db, targetIds: string[]): Promise<Map<string, HistoryEvent[]>> {
  const [flagRows, decisionRows] = await Promise.all([
    db.select().from(flags).where(inArray(flags.targetId, targetIds)),
    db.select().from(moderationDecisions).where(inArray(moderationDecisions.targetId, targetIds)),
  ]);
  const events: (HistoryEvent & { targetId: string })[] = [
    ...flagRows.map((f) => ({
      targetId: f.targetId,
      kind: 'FLAGGED' as const,
      at: f.createdAt,
      byId: f.flaggerId,
      reason: f.reason,
      note: f.note,
    })),
    ...decisionRows.map((d) => ({
      targetId: d.targetId,
      kind: d.action === 'HIDE' && !d.moderatorId ? ('HIDDEN_BY_FLAGS' as const) : decisionKind[d.action],
      at: d.createdAt,
      byId: d.moderatorId,
      reason: null,
      note: d.note,
    })),
  ];
  // A decision taken in the same instant as a flag (the flag that hid it) comes after it.
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'FLAGGED' ? 0 : 1) - (b.kind === 'FLAGGED' ? 0 : 1));
  return groupBy(
    events,
    (e) => e.targetId,
    ({ targetId: _targetId, ...event }): HistoryEvent => event,
  );
}

export type HiddenKey = [string, string];

/** Write-ups, comments, questions and answers hidden now (not deleted), most recently hidden first; the cursor is [hidden at, id]. */
export async function listHidden(
  db: Db,
  page: { limit: number; after: HiddenKey | null },
): Promise<{ rows: ModerationTarget[]; totalCount: number }> {
  const hidden = sql`(
    select 'PRACTICE' as type, p.id, p.id as practice_id, null::uuid as question_id, p.author_id, p.hidden_at, p.hidden_reason
      from practices p where p.hidden_at is not null
    union all
    select 'COMMENT', c.id, c.practice_id, null, c.author_id, c.hidden_at, c.hidden_reason
      from comments c where c.hidden_at is not null and c.deleted_at is null
    union all
    select 'QUESTION', q.id, null, q.id, q.author_id, q.hidden_at, q.hidden_reason from questions q where q.hidden_at is not null
    union all
    select 'ANSWER', ans.id, null, ans.question_id, ans.author_id, ans.hidden_at, ans.hidden_reason from answers ans where ans.hidden_at is not null
  ) h`;
  const after = page.after ? sql`where (h.hidden_at, h.id) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)` : sql``;
  const [result, total] = await Promise.all([
    db.execute(sql`select h.* from ${hidden} ${after} order by h.hidden_at desc, h.id desc limit ${page.limit + 1}`),
    db.execute(sql`select count(*)::int as n from ${hidden}`),
  ]);
  const rows = rowsOf<{
    type: FlagTarget;
    id: string;
    practice_id: string | null;
    question_id: string | null;
    author_id: string | null;
    hidden_at: string | Date;
    hidden_reason: string | null;
  }>(result);
  return {
    rows: rows.map((r) => ({
      type: r.type,
      id: r.id,
      practiceId: r.practice_id,
      questionId: r.question_id,
      authorId: r.author_id,
      hiddenAt: new Date(r.hidden_at),
      hiddenReason: r.hidden_reason,
    })),
    totalCount: rowsOf<{ n: number }>(total)[0]?.n ?? 0,
  };
}

export type QueueKey = [number, string, string];

export interface QueueItem {
  flag: Flag;
  flagCount: number;
  urgency: number;
  reasons: FlagReason[];
}

/**
 * One entry per flagged target with open flags, most urgent first: each open flag adds 10, the
 * gravest reason adds its weight, and among equals the longest-waiting comes first. The entry's
 * flag is the target's first open flag. The cursor is [urgency, oldest flag's time, its id].
 */
export async function moderationQueue(
  db: Db,
  page: { limit: number; after: QueueKey | null },
): Promise<{ rows: QueueItem[]; totalCount: number }> {
  const weights = sql.raw(
    `case f.reason ${Object.entries(reasonWeight)
      .map(([reason, weight]) => `when '${reason}' then ${weight}`)
      .join(' ')} else 0 end`,
  );
  const after = page.after
    ? sql`where (-q.urgency, q.first_at, q.first_id) > (${-page.after[0]}, ${page.after[1]}::timestamptz, ${page.after[2]}::uuid)`
    : sql``;
  const result = await db.execute(sql`
    with open_targets as (
      select f.target_type, f.target_id,
        count(*)::int as flag_count,
        (count(*) * 10 + max(${weights}))::int as urgency,
        min(f.created_at) as first_at,
        (array_agg(f.id order by f.created_at, f.id))[1] as first_id,
        array_agg(distinct f.reason::text) as reasons
      from flags f where f.resolved_at is null
      group by f.target_type, f.target_id
    )
    select q.*, (select count(*)::int from open_targets) as total from open_targets q
    ${after}
    order by q.urgency desc, q.first_at, q.first_id
    limit ${page.limit + 1}`);
  const rows = rowsOf<{ first_id: string; flag_count: number; urgency: number; reasons: string[] | string; total: number }>(result);
  const ids = rows.map((r) => r.first_id);
  const byId = ids.length ? await flagsByIds(db, ids) : new Map<string, Flag>();
  const totalCount = rows[0]?.total ?? (page.after ? -1 : 0);
  return {
    rows: rows.map((r) => ({
      flag: byId.get(r.first_id)!,
      flagCount: r.flag_count,
      urgency: r.urgency,
      // PGlite hands arrays of text back parsed, pg as well; guard against a literal.
      reasons: (Array.isArray(r.reasons) ? r.reasons : String(r.reasons).replace(/[{}]/g, '').split(',')) as FlagReason[],
    })),
    totalCount: totalCount < 0 ? await openTargetCount(db) : totalCount,
  };
}

export async function openTargetCount(db: Db): Promise<number> {
  const result = await db.execute(sql`select count(distinct (target_type, target_id))::int as n from flags where resolved_at is null`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** All flags on the target, open and closed, oldest first: the moderator's context. */
export async function flagsOnTargets(db: Db, targetIds: string[]): Promise<Map<string, Flag[]>> {
  const rows = await db.select().from(flags).where(inArray(flags.targetId, targetIds)).orderBy(asc(flags.createdAt));
  return groupBy(rows, (row) => row.targetId);
}

export async function openFlagCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(flags).where(isNull(flags.resolvedAt));
  return row?.n ?? 0;
}

// Featured case studies

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Featured write-ups in order: current ones the viewer may see; or, asked for all (moderators
 * only), every case study, whatever its dates or its write-up's state, since reordering names each.
 */
/** A case study with its write-up, read in the same statement (FeaturedCaseStudy.practice answers from it). */
export type FeaturedWithPractice = FeaturedCaseStudy & { practice?: PracticeRow };

export async function listFeatured(db: Db, viewer: Viewer | null, now: Date, includeInactive: boolean): Promise<FeaturedWithPractice[]> {
  const day = today(now);
  const current = sql`(${featuredCaseStudies.startsOn} is null or ${featuredCaseStudies.startsOn} <= ${day}) and (${featuredCaseStudies.endsOn} is null or ${featuredCaseStudies.endsOn} >= ${day})`;
  const rows = await db
    .select({ featured: featuredCaseStudies, practice: practiceColumns })
    .from(featuredCaseStudies)
    .innerJoin(practices, eq(practices.id, featuredCaseStudies.practiceId))
    .where(includeInactive ? undefined : and(visiblePractices(viewer), current))
    .orderBy(asc(featuredCaseStudies.position));
  return rows.map((r) => ({ ...r.featured, practice: r.practice }));
}

export function isCurrent(featured: FeaturedCaseStudy, now: Date): boolean {
  const day = today(now);
  return (!featured.startsOn || featured.startsOn <= day) && (!featured.endsOn || featured.endsOn >= day);
}

export async function findFeatured(db: Db, id: string): Promise<FeaturedCaseStudy | null> {
  const [row] = await db.select().from(featuredCaseStudies).where(eq(featuredCaseStudies.id, id));
  return row ?? null;
}

export async function featuredOfPractice(db: Db, practiceId: string): Promise<FeaturedCaseStudy | null> {
  const [row] = await db.select().from(featuredCaseStudies).where(eq(featuredCaseStudies.practiceId, practiceId));
  return row ?? null;
}

export async function insertFeatured(db: Db, values: typeof featuredCaseStudies.$inferInsert): Promise<FeaturedCaseStudy> {
  return returnedRow(await db.insert(featuredCaseStudies).values(values).returning());
}

export async function updateFeaturedFields(
  db: Db,
  id: string,
  values: Partial<typeof featuredCaseStudies.$inferInsert>,
): Promise<FeaturedCaseStudy> {
  return returnedRow(await db.update(featuredCaseStudies).set(values).where(eq(featuredCaseStudies.id, id)).returning());
}

export async function deleteFeatured(db: Db, id: string): Promise<void> {
  await db.delete(featuredCaseStudies).where(eq(featuredCaseStudies.id, id));
}

export async function nextFeaturedPosition(db: Db): Promise<number> {
  const [row] = await db.select({ max: sql<number | null>`max(${featuredCaseStudies.position})` }).from(featuredCaseStudies);
  return (row?.max ?? 0) + 1;
}

export async function positionTaken(db: Db, position: number, exceptId?: string): Promise<boolean> {
  const rows = await db.select({ id: featuredCaseStudies.id }).from(featuredCaseStudies).where(eq(featuredCaseStudies.position, position));
  return rows.some((r) => r.id !== exceptId);
}

/** Makes room at a position: that case study and every one after it move one place down. */
export async function makeRoomAt(db: Db, position: number, now: Date): Promise<void> {
  // Two passes, since positions are unique: first out of the way (negated), then into place.
  await db
    .update(featuredCaseStudies)
    .set({ position: sql`-(${featuredCaseStudies.position} + 1)`, updatedAt: now })
    .where(sql`${featuredCaseStudies.position} >= ${position}`);
  await db
    .update(featuredCaseStudies)
    .set({ position: sql`-${featuredCaseStudies.position}` })
    .where(sql`${featuredCaseStudies.position} < 0`);
}

/** Puts the featured case studies in the given order (positions 1…n); every one must be named. */
export async function reorderFeatured(db: Db, ids: string[], now: Date): Promise<void> {
  // Two passes, since positions are unique: first out of the way, then into place.
  await db.update(featuredCaseStudies).set({ position: sql`-${featuredCaseStudies.position}` });
  for (const [index, id] of ids.entries()) {
    await db
      .update(featuredCaseStudies)
      .set({ position: index + 1, updatedAt: now })
      .where(eq(featuredCaseStudies.id, id));
  }
}

export async function allFeaturedIds(db: Db): Promise<string[]> {
  return (await db.select({ id: featuredCaseStudies.id }).from(featuredCaseStudies)).map((r) => r.id);
}
