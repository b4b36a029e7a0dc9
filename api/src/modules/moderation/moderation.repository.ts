import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { comments, featuredCaseStudies, flags, messages, practices, users, type Db, type FeaturedCaseStudy, type Flag, type FlagAction, type FlagReason, type FlagTarget } from '@muster/db';
import { visiblePractices, type Viewer } from '../../policy.ts';

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
  values: { targetType: FlagTarget; targetId: string; practiceId: string | null; flaggerId: string; reason: FlagReason; note: string | null; createdAt: Date },
): Promise<Flag | null> {
  const [row] = await db.insert(flags).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Open flags on a target from verified, enabled members. */
export async function verifiedOpenFlagCount(db: Db, targetType: FlagTarget, targetId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(flags)
    .innerJoin(users, eq(users.id, flags.flaggerId))
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt), eq(users.verification, 'VERIFIED'), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

export async function setHidden(db: Db, targetType: FlagTarget, targetId: string, hidden: { at: Date; reason: string } | null): Promise<void> {
  const values = { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null };
  if (targetType === 'PRACTICE') await db.update(practices).set(values).where(eq(practices.id, targetId));
  else if (targetType === 'COMMENT') await db.update(comments).set(values).where(eq(comments.id, targetId));
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
    .set({ resolvedAt: decision.at, resolvedById: decision.by, action: decision.action, resolutionNote: decision.note, resolutionActivityId: decision.activityId })
    .where(and(eq(flags.targetType, targetType), eq(flags.targetId, targetId), isNull(flags.resolvedAt)))
    .returning();
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
export async function moderationQueue(db: Db, page: { limit: number; after: QueueKey | null }): Promise<{ rows: QueueItem[]; totalCount: number }> {
  const weights = sql.raw(
    `case f.reason ${Object.entries(reasonWeight)
      .map(([reason, weight]) => `when '${reason}' then ${weight}`)
      .join(' ')} else 0 end`,
  );
  const after = page.after
    ? sql`where (-q.urgency, q.first_at, q.first_id) > (${-page.after[0]}, ${page.after[1]}::timestamptz, ${page.after[2]}::uuid)`
    : sql``;
  const result = (await db.execute(sql`
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
    limit ${page.limit + 1}`)) as unknown as {
    rows: { first_id: string; flag_count: number; urgency: number; reasons: string[] | string; total: number }[];
  };
  const ids = result.rows.map((r) => r.first_id);
  const byId = ids.length ? await flagsByIds(db, ids) : new Map<string, Flag>();
  const totalCount = result.rows[0]?.total ?? (page.after ? -1 : 0);
  return {
    rows: result.rows.map((r) => ({
      flag: byId.get(r.first_id)!,
      flagCount: r.flag_count,
      urgency: r.urgency,
      // PGlite hands arrays of text back parsed, pg as well; guard against a literal.
      reasons: (Array.isArray(r.reasons) ? r.reasons : String(r.reasons).replace(/[{}]/g, '').split(',')) as FlagReason[],
    })),
    totalCount: totalCount < 0 ? (await openTargetCount(db)) : totalCount,
  };
}

export async function openTargetCount(db: Db): Promise<number> {
  const result = (await db.execute(sql`select count(distinct (target_type, target_id))::int as n from flags where resolved_at is null`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

/** All flags on the target, open and closed, oldest first: the moderator's context. */
export async function flagsOnTargets(db: Db, targetIds: string[]): Promise<Map<string, Flag[]>> {
  const rows = await db.select().from(flags).where(inArray(flags.targetId, targetIds)).orderBy(asc(flags.createdAt));
  const groups = new Map<string, Flag[]>();
  for (const row of rows) groups.set(row.targetId, [...(groups.get(row.targetId) ?? []), row]);
  return groups;
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
export async function listFeatured(db: Db, viewer: Viewer | null, now: Date, includeInactive: boolean): Promise<FeaturedCaseStudy[]> {
  const day = today(now);
  const current = sql`(${featuredCaseStudies.startsOn} is null or ${featuredCaseStudies.startsOn} <= ${day}) and (${featuredCaseStudies.endsOn} is null or ${featuredCaseStudies.endsOn} >= ${day})`;
  const rows = await db
    .select({ featured: featuredCaseStudies })
    .from(featuredCaseStudies)
    .innerJoin(practices, eq(practices.id, featuredCaseStudies.practiceId))
    .where(includeInactive ? undefined : and(visiblePractices(viewer), current))
    .orderBy(asc(featuredCaseStudies.position));
  return rows.map((r) => r.featured);
}

export function isCurrent(featured: FeaturedCaseStudy, now: Date): boolean {
  const day = today(now);
  return (!featured.startsOn || featured.startsOn <= day) && (!featured.endsOn || featured.endsOn >= day);
}

export async function featuredOfPractices(db: Db, practiceIds: string[]): Promise<Map<string, FeaturedCaseStudy>> {
  const rows = await db.select().from(featuredCaseStudies).where(inArray(featuredCaseStudies.practiceId, practiceIds));
  return new Map(rows.map((r) => [r.practiceId, r]));
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
  const [row] = await db.insert(featuredCaseStudies).values(values).returning();
  return row!;
}

export async function updateFeaturedFields(db: Db, id: string, values: Partial<typeof featuredCaseStudies.$inferInsert>): Promise<FeaturedCaseStudy> {
  const [row] = await db.update(featuredCaseStudies).set(values).where(eq(featuredCaseStudies.id, id)).returning();
  return row!;
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

/** Puts the featured case studies in the given order (positions 1…n); every one must be named. */
export async function reorderFeatured(db: Db, ids: string[], now: Date): Promise<void> {
  // Two passes, since positions are unique: first out of the way, then into place.
  await db.update(featuredCaseStudies).set({ position: sql`-${featuredCaseStudies.position}` });
  for (const [index, id] of ids.entries()) {
    await db.update(featuredCaseStudies).set({ position: index + 1, updatedAt: now }).where(eq(featuredCaseStudies.id, id));
  }
}

export async function allFeaturedIds(db: Db): Promise<string[]> {
  return (await db.select({ id: featuredCaseStudies.id }).from(featuredCaseStudies)).map((r) => r.id);
}

