import { sql } from 'drizzle-orm';
import { check, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { practices } from './practices.ts';
import { questions } from './questions.ts';
import { users } from './users.ts';

/**
 * When a member last opened a thread: a question with its answers, or a write-up's discussion.
 * What came after it is "new" for them in lists and in the thread. One row per member and thread;
 * a thread is named by one of two foreign keys (never both) so that deleting it deletes its reads.
 */
export const threadReads = pgTable(
  'thread_reads',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    /** A write-up, for its discussion. */
    practiceId: uuid().references(() => practices.id, { onDelete: 'cascade' }),
    lastReadAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // Nulls are distinct, so each unique key holds only the rows of its kind of thread; each also
  // serves the lists' look-up of a member's reads of a page of threads.
  (t) => [
    unique('thread_reads_user_question').on(t.userId, t.questionId),
    unique('thread_reads_user_practice').on(t.userId, t.practiceId),
    check('thread_reads_one_thread', sql`num_nonnulls(${t.questionId}, ${t.practiceId}) = 1`),
  ],
);

export type ThreadRead = typeof threadReads.$inferSelect;
