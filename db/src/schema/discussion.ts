import { type AnyPgColumn, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { practices } from './practices.ts';
import { users } from './users.ts';

/**
 * A comment under a practice. Deleting is soft, so a thread stays readable around a
 * "comment deleted".
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The comment this one answers (itself perhaps a reply). */
    parentId: uuid().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    /** The top-level comment of the thread: replies show one level deep, under it. */
    rootId: uuid().references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    /** Markdown; rendered and sanitised by the API. */
    body: text().notNull(),
    // Millisecond precision: cursors carry these as JavaScript dates.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true, precision: 3 }),
    deletedAt: timestamp({ withTimezone: true, precision: 3 }),
    deletedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** Set while hidden by moderators (or by three flags, pending review): only its author and moderators read it. */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenReason: text(),
  },
  (t) => [index().on(t.practiceId, t.createdAt, t.id), index().on(t.rootId, t.createdAt), index().on(t.authorId)],
);

/** A comment's earlier bodies, one row per edit: moderators read what was said before. */
export const commentRevisions = pgTable(
  'comment_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    /** When this body was replaced. */
    replacedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index().on(t.commentId, t.replacedAt)],
);

/** "This helped": one mark per member and comment. */
export const commentHelpfulMarks = pgTable(
  'comment_helpful_marks',
  {
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);

export type Comment = typeof comments.$inferSelect;
export type CommentRevision = typeof commentRevisions.$inferSelect;
