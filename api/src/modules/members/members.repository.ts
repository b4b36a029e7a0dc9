import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  adoptions,
  departments,
  eventAttendance,
  events,
  practices,
  practiceTopics,
  topics,
  users,
  type Adoption,
  type AgencyType,
  type Db,
  type Event,
  type Topic,
  type User,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { listedMembers, openableProfiles, visiblePractices, type Viewer } from '../../policy.ts';
import { practiceColumns, type PracticeKey, type PracticeRow } from '../practices/index.ts';

export interface MemberFilter {
  topicId?: string;
  departmentId?: string;
  /** Two-letter code, upper case. */
  state?: string;
  agencyType?: AgencyType;
  search?: string;
}

/** [display name lower-cased by the database, id]: the directory reads alphabetically whatever the capitals. */
export type MemberKey = [string, string];

const sortName = sql<string>`lower(${users.displayName})`;

/** Who the directory lists: policy's listed members (verified, accounts not disabled). */
const listed = listedMembers;

/**
 * Members who know a topic: they wrote a write-up in it, or reported their department's adoption
 * of one, that the viewer may see (so never a draft or a hidden one).
 */
function knowsTopic(db: Db, viewer: Viewer, topicId: string): SQL {
  const wrote = db
    .select({ id: practices.authorId })
    .from(practices)
    .innerJoin(practiceTopics, eq(practiceTopics.practiceId, practices.id))
    .where(and(eq(practiceTopics.topicId, topicId), visiblePractices(viewer)));
  const adopted = db
    .select({ id: adoptions.reportedById })
    .from(adoptions)
    .innerJoin(practices, eq(practices.id, adoptions.practiceId))
    .innerJoin(practiceTopics, eq(practiceTopics.practiceId, practices.id))
    .where(and(eq(practiceTopics.topicId, topicId), visiblePractices(viewer)));
  return or(inArray(users.id, wrote), inArray(users.id, adopted)) ?? sql`false`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The directory, by name then id; every filter narrows it further. */
export async function listMembers(
  db: Db,
  viewer: Viewer,
  filter: MemberFilter,
  page: Page<MemberKey>,
): Promise<{ rows: { user: User; key: MemberKey }[]; totalCount: number }> {
  const where: SQL[] = [listed];
  if (filter.departmentId) where.push(eq(users.departmentId, filter.departmentId));
  const departmentWhere: SQL[] = [];
  if (filter.state) departmentWhere.push(eq(departments.state, filter.state));
  if (filter.agencyType) departmentWhere.push(eq(departments.agencyType, filter.agencyType));
  if (departmentWhere.length) {
    where.push(
      inArray(
        users.departmentId,
        db
          .select({ id: departments.id })
          .from(departments)
          .where(and(...departmentWhere)),
      ),
    );
  }
  if (filter.topicId) where.push(knowsTopic(db, viewer, filter.topicId));
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    where.push(or(ilike(users.displayName, pattern), ilike(users.handle, pattern), ilike(users.title, pattern)) ?? sql`false`);
  }
  const pageWhere = page.after ? [...where, sql`(${sortName}, ${users.id}) > (${page.after[0]}::text, ${page.after[1]}::uuid)`] : where;
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users, sortName })
      .from(users)
      .where(and(...pageWhere))
      .orderBy(sortName, asc(users.id))
      .limit(page.limit + 1),
    db
      .select({ n: count() })
      .from(users)
      .where(and(...where)),
  ]);
  return { rows: rows.map((r) => ({ user: r.user, key: [r.sortName, r.user.id] })), totalCount: total?.n ?? 0 };
}

/** A member by handle, when the viewer may open their profile (policy's openableProfiles). */
export async function findMemberByHandle(db: Db, viewer: Viewer, handle: string): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.handle, handle), openableProfiles(viewer)))
    .limit(1);
  return row ?? null;
}

/** Listed members whose handle starts with `prefix` (lower case, checked), shortest handle first. */
export async function membersByHandlePrefix(db: Db, prefix: string, limit: number): Promise<User[]> {
  return db
    .select()
    .from(users)
    .where(and(listed, sql`${users.handle} like ${`${escapeLike(prefix)}%`}`))
    .orderBy(sql`length(${users.handle})`, asc(users.handle))
    .limit(limit);
}

/** Topics of each member's write-ups and reported adoptions the viewer may see, most frequent first. */
export async function expertiseOf(db: Db, viewer: Viewer, userIds: string[]): Promise<Map<string, Topic[]>> {
  const n = count();
  const [wrote, adopted] = await Promise.all([
    db
      .select({ userId: practices.authorId, topic: topics, n })
      .from(practices)
      .innerJoin(practiceTopics, eq(practiceTopics.practiceId, practices.id))
      .innerJoin(topics, eq(topics.id, practiceTopics.topicId))
      .where(and(inArray(practices.authorId, userIds), visiblePractices(viewer)))
      .groupBy(practices.authorId, topics.id),
    db
      .select({ userId: adoptions.reportedById, topic: topics, n })
      .from(adoptions)
      .innerJoin(practices, eq(practices.id, adoptions.practiceId))
      .innerJoin(practiceTopics, eq(practiceTopics.practiceId, practices.id))
      .innerJoin(topics, eq(topics.id, practiceTopics.topicId))
      .where(and(inArray(adoptions.reportedById, userIds), visiblePractices(viewer)))
      .groupBy(adoptions.reportedById, topics.id),
  ]);
  const tallies = new Map<string, Map<string, { topic: Topic; n: number }>>();
  for (const row of [...wrote, ...adopted]) {
    if (!row.userId) continue;
    const mine = tallies.get(row.userId) ?? new Map<string, { topic: Topic; n: number }>();
    const tally = mine.get(row.topic.id) ?? { topic: row.topic, n: 0 };
    tally.n += row.n;
    mine.set(row.topic.id, tally);
    tallies.set(row.userId, mine);
  }
  const result = new Map<string, Topic[]>();
  for (const [userId, mine] of tallies) {
    const ranked = [...mine.values()].sort(
      (a, b) => b.n - a.n || a.topic.position - b.topic.position || a.topic.name.localeCompare(b.topic.name),
    );
    result.set(
      userId,
      ranked.map((t) => t.topic),
    );
  }
  return result;
}

/**
 * One page of each member's write-ups the viewer may see, newest first, in one query: each
 * member's rows are numbered and only the first limit+1 kept. The cursor is [publishedAt ISO, id].
 */
export async function publishedPracticesOf(
  db: Db,
  viewer: Viewer,
  userIds: string[],
  page: Page<PracticeKey>,
): Promise<{ rows: Map<string, PracticeRow[]>; totals: Map<string, number> }> {
  const where = and(inArray(practices.authorId, userIds), visiblePractices(viewer));
  const after = page.after
    ? sql`(${practices.publishedAt}, ${practices.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const numbered = db
    .select({
      ...practiceColumns,
      position:
        sql<number>`row_number() over (partition by ${practices.authorId} order by ${practices.publishedAt} desc, ${practices.id} desc)`.as(
          'position',
        ),
    })
    .from(practices)
    .where(and(where, after))
    .as('numbered');
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(numbered)
      .where(lte(numbered.position, page.limit + 1))
      .orderBy(desc(numbered.publishedAt), desc(numbered.id)),
    db.select({ userId: practices.authorId, n: count() }).from(practices).where(where).groupBy(practices.authorId),
  ]);
  const groups = groupBy(
    rows.map(({ position: _position, ...row }) => row),
    (row) => row.authorId,
  );
  return { rows: groups, totals: new Map(totals.flatMap((t) => (t.userId ? [[t.userId, t.n] as const] : []))) };
}

/** Adoptions each member reported, of write-ups the viewer may see, newest report first. */
export async function adoptionsReportedBy(db: Db, viewer: Viewer, userIds: string[]): Promise<Map<string, Adoption[]>> {
  const rows = await db
    .select({ adoption: getTableColumns(adoptions) })
    .from(adoptions)
    .innerJoin(practices, eq(practices.id, adoptions.practiceId))
    .where(and(inArray(adoptions.reportedById, userIds), visiblePractices(viewer)))
    .orderBy(desc(adoptions.updatedAt), desc(adoptions.id));
  return groupBy(
    rows.map((r) => r.adoption),
    (adoption) => adoption.reportedById,
  );
}

/**
 * Events each member goes to or went to: those not yet ended soonest first (as the events page
 * lists them), then the past ones latest first.
 */
export async function eventsOfMembers(db: Db, userIds: string[], today: string): Promise<Map<string, Event[]>> {
  const rows = await db
    .select({ userId: eventAttendance.userId, event: events })
    .from(eventAttendance)
    .innerJoin(events, eq(events.id, eventAttendance.eventId))
    .where(inArray(eventAttendance.userId, userIds))
    .orderBy(asc(events.startsOn), asc(events.id));
  const upcoming = new Map<string, Event[]>();
  const past = new Map<string, Event[]>();
  for (const { userId, event } of rows) {
    const list = event.endsOn < today ? past : upcoming;
    list.set(userId, [...(list.get(userId) ?? []), event]);
  }
  const groups = new Map<string, Event[]>();
  for (const userId of new Set([...upcoming.keys(), ...past.keys()])) {
    groups.set(userId, [...(upcoming.get(userId) ?? []), ...(past.get(userId) ?? []).reverse()]);
  }
  return groups;
}
