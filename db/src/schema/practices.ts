import { sql, type SQL } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import { answers } from './questions.ts';
import { evidenceLevel, evidenceRating, lifecycle, outcomeDirection, practiceStatus, resourceKind, visibility } from './enums.ts';
import { topics } from './topics.ts';
import { tsvector } from './types.ts';
import { users } from './users.ts';

export const practices = pgTable(
  'practices',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    /** Markdown; rendered and sanitised by the API. */
    body: text().notNull().default(''),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    status: practiceStatus().notNull().default('DRAFT'),
    visibility: visibility().notNull().default('MEMBERS'),
    lifecycle: lifecycle().notNull().default('RUNNING'),
    discontinuedReason: text(),
    problem: text().notNull().default(''),
    approach: text().notNull().default(''),
    startedOn: date({ mode: 'string' }),
    staffing: text().notNull().default(''),
    partners: text().notNull().default(''),
    trainingHours: integer(),
    /** US dollars; the notes say what the figures cover. */
    costStartup: integer(),
    costAnnual: integer(),
    costNotes: text().notNull().default(''),
    evidenceLevel: evidenceLevel().notNull().default('ANECDOTAL'),
    evidenceNotes: text().notNull().default(''),
    contact: text().notNull().default(''),
    /** A moderator's rating, overriding the derived one; with their reason, who set it and when. */
    editorialRating: evidenceRating(),
    editorialRatingReason: text(),
    editorialRatingById: uuid().references(() => users.id, { onDelete: 'set null' }),
    editorialRatingAt: timestamp({ withTimezone: true, precision: 3 }),
    /** The names of its topics, written with them, so the search document can weigh them. */
    topicNames: text().notNull().default(''),
    /** The chief's comment when a draft was sent back. */
    reviewComment: text(),
    /** Set while moderators hide the write-up (three flags, or a moderator's decision): only its author and moderators see it. */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    /** Why, for the author: "FLAGS" (pending review) or the moderator's note. */
    hiddenReason: text(),
    /** Set while moderators have locked the discussion: no new comments. */
    discussionLockedAt: timestamp({ withTimezone: true, precision: 3 }),
    version: integer().notNull().default(1),
    /** The accepted answer the write-up was drafted from ("harvested"), linking it back to its question. */
    sourceAnswerId: uuid().references(() => answers.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true, precision: 3 }),
    // Millisecond precision: cursors carry these as JavaScript dates, which hold no microseconds.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /**
     * Weighted full-text document, kept current by PostgreSQL itself in the same statement as
     * every write: title A, summary B, topic names and the structured fields C, body D. Search
     * reads the copy in its index (search.ts), so this column carries no index of its own.
     */
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector('english', coalesce(${practices.title}, '')), 'A')
          || setweight(to_tsvector('english', coalesce(${practices.summary}, '')), 'B')
          || setweight(to_tsvector('english', coalesce(${practices.topicNames}, '') || ' ' || coalesce(${practices.problem}, '') || ' ' || coalesce(${practices.approach}, '') || ' ' || coalesce(${practices.partners}, '') || ' ' || coalesce(${practices.staffing}, '')), 'C')
          || setweight(to_tsvector('english', coalesce(${practices.body}, '')), 'D')`,
      ),
  },
  (t) => [
    index().on(t.departmentId),
    // In the order the lists read it (newest first, ties by id, both descending: NULLS FIRST is
    // PostgreSQL's default for DESC), so the latest write-ups are read off the index, not sorted.
    index('practices_status_published_at_id_index').on(t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index().on(t.title),
    index().on(t.sourceAnswerId),
    index().on(t.editorialRatingById),
  ],
);

export const practiceTopics = pgTable(
  'practice_topics',
  {
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.topicId] }), index().on(t.topicId)],
);

/** The fields of one measured result: metric went from baseline to result (in unit) over period. */
export const outcomeFields = () => ({
  position: integer().notNull().default(0),
  metric: text().notNull(),
  baseline: doublePrecision(),
  result: doublePrecision().notNull(),
  unit: text().notNull().default(''),
  period: text().notNull().default(''),
  source: text().notNull().default(''),
  /** Which way the figure should move for the program to have worked; null when the author did not say. */
  direction: outcomeDirection(),
});

/** A write-up's outcome figures. */
export const outcomes = pgTable(
  'outcomes',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    ...outcomeFields(),
  },
  (t) => [index().on(t.practiceId, t.position)],
);

export const resources = pgTable(
  'resources',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
    kind: resourceKind().notNull().default('LINK'),
    title: text().notNull(),
    url: text().notNull(),
  },
  (t) => [index().on(t.practiceId, t.position)],
);

/** Slugs a practice had before a rename: old links keep working. */
export const practiceSlugs = pgTable(
  'practice_slugs',
  {
    slug: text().primaryKey(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
  },
  (t) => [index().on(t.practiceId)],
);

/** Every saved edit: the editable fields as they were after it, so any two can be compared. */
export const practiceRevisions = pgTable(
  'practice_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    editorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    note: text(),
    snapshot: jsonb().notNull(),
  },
  (t) => [uniqueIndex().on(t.practiceId, t.version)],
);

export type Practice = typeof practices.$inferSelect;
export type NewPractice = typeof practices.$inferInsert;
export type Outcome = typeof outcomes.$inferSelect;
export type NewOutcome = typeof outcomes.$inferInsert;
export type Resource = typeof resources.$inferSelect;
export type NewResource = typeof resources.$inferInsert;
export type PracticeRevision = typeof practiceRevisions.$inferSelect;
