import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import {
  eventAttendance,
  events,
  eventTopics,
  topics,
  users,
  type AttendanceStatus,
  type Db,
  type Event,
  type Topic,
  type User,
  returnedRow,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';

export type EventKey = [string, string];

export async function findEventBySlug(db: Db, slug: string): Promise<Event | null> {
  const [row] = await db.select().from(events).where(eq(events.slug, slug));
  return row ?? null;
}

export async function findEventById(db: Db, id: string): Promise<Event | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

export async function eventsByIds(db: Db, ids: string[]): Promise<Map<string, Event>> {
  const rows = await db.select().from(events).where(inArray(events.id, ids));
  return new Map(rows.map((e) => [e.id, e]));
}

/** Upcoming (not yet ended) soonest first; past latest first; all latest first. The cursor is [startsOn, id]. */
export async function listEvents(
  db: Db,
  upcoming: boolean | null,
  today: string,
  page: Page<EventKey>,
): Promise<{ rows: Event[]; totalCount: number }> {
  const when = upcoming === true ? gte(events.endsOn, today) : upcoming === false ? lt(events.endsOn, today) : undefined;
  const ascending = upcoming === true;
  const after = page.after
    ? ascending
      ? sql`(${events.startsOn}, ${events.id}) > (${page.after[0]}::date, ${page.after[1]}::uuid)`
      : sql`(${events.startsOn}, ${events.id}) < (${page.after[0]}::date, ${page.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(and(when, after))
      .orderBy(...(ascending ? [asc(events.startsOn), asc(events.id)] : [desc(events.startsOn), desc(events.id)]))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(events).where(when),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

export async function uniqueEventSlug(db: Db, name: string, startsOn: string, exceptId?: string): Promise<string> {
  const base =
    `${name}-${startsOn.slice(0, 4)}`
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'event';
  const taken = new Set(
    (
      await db
        .select({ id: events.id, slug: events.slug })
        .from(events)
        .where(sql`${events.slug} = ${base} or ${events.slug} like ${`${base}-%`}`)
    )
      .filter((r) => r.id !== exceptId)
      .map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function insertEvent(db: Db, values: typeof events.$inferInsert): Promise<Event> {
  return returnedRow(await db.insert(events).values(values).returning());
}

export async function updateEventFields(db: Db, id: string, values: Partial<typeof events.$inferInsert>): Promise<Event> {
  return returnedRow(await db.update(events).set(values).where(eq(events.id, id)).returning());
}

export async function replaceEventTopics(db: Db, eventId: string, topicIds: string[]): Promise<void> {
  await db.delete(eventTopics).where(eq(eventTopics.eventId, eventId));
  if (topicIds.length) await db.insert(eventTopics).values(topicIds.map((topicId) => ({ eventId, topicId })));
}

export async function topicsOfEvents(db: Db, eventIds: string[]): Promise<Map<string, Topic[]>> {
  const rows = await db
    .select({ eventId: eventTopics.eventId, topic: topics })
    .from(eventTopics)
    .innerJoin(topics, eq(topics.id, eventTopics.topicId))
    .where(inArray(eventTopics.eventId, eventIds))
    .orderBy(asc(topics.position));
  return groupBy(
    rows,
    (r) => r.eventId,
    (r) => r.topic,
  );
}

export async function setAttendance(db: Db, eventId: string, userId: string, status: AttendanceStatus | null, now: Date): Promise<void> {
  if (!status) {
    await db.delete(eventAttendance).where(and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.userId, userId)));
    return;
  }
  await db
    .insert(eventAttendance)
    .values({ eventId, userId, status, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [eventAttendance.eventId, eventAttendance.userId], set: { status, updatedAt: now } });
}

export async function attendanceOf(db: Db, userId: string, eventIds: string[]): Promise<Map<string, AttendanceStatus>> {
  const rows = await db
    .select({ eventId: eventAttendance.eventId, status: eventAttendance.status })
    .from(eventAttendance)
    .where(and(eq(eventAttendance.userId, userId), inArray(eventAttendance.eventId, eventIds)));
  return new Map(rows.map((r) => [r.eventId, r.status]));
}

export async function attendeeCounts(db: Db, eventIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ eventId: eventAttendance.eventId, n: count() })
    .from(eventAttendance)
    .innerJoin(users, eq(users.id, eventAttendance.userId))
    .where(and(inArray(eventAttendance.eventId, eventIds), isNull(users.disabledAt)))
    .groupBy(eventAttendance.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

/** Who is going, the viewer's department first, then by name; the cursor is the offset. */
export async function listAttendees(
  db: Db,
  eventId: string,
  departmentId: string | null,
  page: Page<[number]>,
): Promise<{ rows: User[]; totalCount: number; offset: number }> {
  const offset = page.after ? Number(page.after[0]) : 0;
  const where = and(eq(eventAttendance.eventId, eventId), isNull(users.disabledAt));
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users })
      .from(eventAttendance)
      .innerJoin(users, eq(users.id, eventAttendance.userId))
      .where(where)
      .orderBy(sql`(${users.departmentId} is not distinct from ${departmentId}) desc`, asc(users.displayName), asc(users.id))
      .limit(page.limit + 1)
      .offset(offset),
    db.select({ n: count() }).from(eventAttendance).innerJoin(users, eq(users.id, eventAttendance.userId)).where(where),
  ]);
  return { rows: rows.map((r) => r.user), totalCount: total?.n ?? 0, offset };
}

/** The events a member is going to or went to. */
export async function eventsOfMember(db: Db, userId: string): Promise<Event[]> {
  const rows = await db
    .select({ event: events })
    .from(eventAttendance)
    .innerJoin(events, eq(events.id, eventAttendance.eventId))
    .where(eq(eventAttendance.userId, userId))
    .orderBy(desc(events.startsOn));
  return rows.map((r) => r.event);
}

export async function memberByCalendarToken(db: Db, tokenHash: string): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.calendarTokenHash, tokenHash), isNull(users.disabledAt)));
  return row ?? null;
}
