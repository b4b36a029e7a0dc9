import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { topics } from './topics.ts';
import { users } from './users.ts';

export const eventKind = pgEnum('event_kind', ['CONFERENCE', 'SYMPOSIUM', 'TRAINING']);

export const attendanceStatus = pgEnum('attendance_status', ['ATTENDING', 'ATTENDED']);

/** A conference, symposium or training; moderators keep the list. */
export const events = pgTable(
  'events',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    kind: eventKind().notNull(),
    /** The organisation that runs it. */
    host: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    /** Inclusive; the same day as startsOn for a one-day event. */
    endsOn: date({ mode: 'string' }).notNull(),
    online: boolean().notNull().default(false),
    /** Venue and city; empty for an online-only event. */
    location: text().notNull().default(''),
    url: text(),
    /** Markdown; rendered and sanitised by the API. */
    description: text().notNull().default(''),
    /** When it starts on its first day, if the organisers say; null for a day-long (all-day) event. */
    startsAt: timestamp({ withTimezone: true }),
    /** When it ends on its last day; only with startsAt. */
    endsAt: timestamp({ withTimezone: true }),
    /** IANA zone of the venue (e.g. America/Chicago), in which startsAt and endsAt were given; set exactly when startsAt is. */
    timeZone: text(),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.startsOn, t.id),
    index().on(t.endsOn),
    check('events_times_have_zone', sql`(${t.startsAt} is null) = (${t.timeZone} is null)`),
    check('events_end_time_after_start', sql`${t.endsAt} is null or (${t.startsAt} is not null and ${t.endsAt} >= ${t.startsAt})`),
  ],
);

export const eventTopics = pgTable(
  'event_topics',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.topicId] }), index().on(t.topicId)],
);

/** A member going to an event, or (once it has begun) having gone. */
export const eventAttendance = pgTable(
  'event_attendance',
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: attendanceStatus().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index().on(t.userId)],
);

export type Event = typeof events.$inferSelect;
export type EventKind = (typeof eventKind.enumValues)[number];
export type AttendanceStatus = (typeof attendanceStatus.enumValues)[number];
