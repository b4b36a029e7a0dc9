import { sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import type { SizeBand } from '../labels.ts';
import { agencyType, visibility } from './enums.ts';
import { topics } from './topics.ts';
import { tsvector } from './types.ts';
import { users } from './users.ts';

/**
 * A member's question to the network, asked before anything is written up. Who it is for is a
 * hint for who hears of it (departments like the asker's, or states), never a wall: visibility
 * (MEMBERS or PUBLIC) decides who reads it, as for write-ups.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The asker's department when they asked. */
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    title: text().notNull(),
    /** Markdown; rendered and sanitised by the API. */
    details: text().notNull().default(''),
    visibility: visibility().notNull().default('MEMBERS'),
    /** "Departments like mine": the asker's department's agency type and size band when they asked; null when not aimed so. */
    forAgencyType: agencyType(),
    forSizeBand: text().$type<SizeBand>(),
    /** Two-letter state codes it is for; empty for anywhere. */
    forStates: text().array().notNull().default([]),
    /** Raised by each edit of the question: an edit made from a stale form is refused. */
    version: integer().notNull().default(1),
    acceptedAnswerId: uuid().references((): AnyPgColumn => answers.id, { onDelete: 'set null' }),
    /** What the asker (or the moderator who accepted) wrote about the accepted answer. */
    acceptedNote: text(),
    acceptedAt: timestamp({ withTimezone: true, precision: 3 }),
    /** Answers neither deleted nor hidden, kept up to date with them: lists sort and show it without counting. */
    answerCount: integer().notNull().default(0),
    /** Helpful marks on its visible answers, kept up to date with them: "most helpful" sorts by it. */
    helpfulCount: integer().notNull().default(0),
    /** When the last answer was posted, for "recently active". */
    lastAnswerAt: timestamp({ withTimezone: true, precision: 3 }),
    /** Set while hidden by moderators (or by flags pending review). */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenReason: text(),
    /** Locked by a moderator: no new answers. */
    lockedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /**
     * Its answers' bodies (hidden ones left out), for search only: a trigger on answers (migration
     * 0027, hand-written part) rewrites it in the transaction that adds, edits, hides or removes one.
     */
    answersText: text().notNull().default(''),
    /** Searched like write-ups: title A, details B, answers C. */
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector('english', coalesce(${questions.title}, '')), 'A')
          || setweight(to_tsvector('english', coalesce(${questions.details}, '')), 'B')
          || setweight(to_tsvector('english', coalesce(${questions.answersText}, '')), 'C')`,
      ),
  },
  (t) => [
    index().on(t.createdAt.desc(), t.id.desc()),
    index().on(t.helpfulCount.desc(), t.createdAt.desc(), t.id.desc()),
    index().on(t.authorId, t.createdAt.desc()),
    index().on(t.departmentId),
    index('questions_search_idx').using('gin', t.search),
  ],
);

/** A question's topics (one to five). */
export const questionTopics = pgTable(
  'question_topics',
  {
    questionId: uuid()
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.topicId] }), index().on(t.topicId)],
);

/** An answer to a question, by a verified member. */
export const answers = pgTable(
  'answers',
  {
    id: uuid().primaryKey().defaultRandom(),
    questionId: uuid()
      .notNull()
      .references((): AnyPgColumn => questions.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The answerer's department when they answered. */
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    /** Markdown; rendered and sanitised by the API. */
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenReason: text(),
  },
  (t) => [index().on(t.questionId, t.createdAt, t.id), index().on(t.authorId, t.createdAt.desc())],
);

/** An answer's earlier bodies, one row per edit: moderators read what was said before. */
export const answerRevisions = pgTable(
  'answer_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    replacedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index().on(t.answerId, t.replacedAt)],
);

/** "This helped": one mark per member and answer. */
export const answerHelpfulMarks = pgTable(
  'answer_helpful_marks',
  {
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.userId] })],
);

/** A reply under an answer: answers are discussed one level deep. */
export const answerReplies = pgTable(
  'answer_replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [index().on(t.answerId, t.createdAt)],
);

export type Question = typeof questions.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type AnswerReply = typeof answerReplies.$inferSelect;
