import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { debriefs } from './debriefs.ts';
import { events } from './events.ts';
import { practices } from './practices.ts';
import { questions } from './questions.ts';
import { users } from './users.ts';

export const saveTarget = pgEnum('save_target', ['PRACTICE', 'QUESTION', 'DEBRIEF', 'EVENT']);

/**
 * A member's private bookmark of a write-up, question, debrief or event, with an optional note only
 * they read. One column per kind of item, so that each has its foreign key and a saved item goes
 * with the item it names; exactly the column of its target is set.
 */
export const savedItems = pgTable(
  'saved_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    target: saveTarget().notNull(),
    practiceId: uuid().references(() => practices.id, { onDelete: 'cascade' }),
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    debriefId: uuid().references(() => debriefs.id, { onDelete: 'cascade' }),
    eventId: uuid().references(() => events.id, { onDelete: 'cascade' }),
    /** The member's own words about it, at most 500 characters; null for none. */
    note: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The item's id, whichever column holds it: what "saved once per member" and "is it saved?" look up. */
    itemId: uuid()
      .notNull()
      .generatedAlwaysAs(sql`coalesce(practice_id, question_id, debrief_id, event_id)`),
  },
  (t) => [
    check(
      'saved_items_one_target',
      sql`num_nonnulls(${t.practiceId}, ${t.questionId}, ${t.debriefId}, ${t.eventId}) = 1
        and (${t.target} = 'PRACTICE') = (${t.practiceId} is not null)
        and (${t.target} = 'QUESTION') = (${t.questionId} is not null)
        and (${t.target} = 'DEBRIEF') = (${t.debriefId} is not null)
        and (${t.target} = 'EVENT') = (${t.eventId} is not null)`,
    ),
    check('saved_items_note_length', sql`char_length(${t.note}) <= 500`),
    // Serves "saved once", "is it saved?" and the member's list, newest first.
    uniqueIndex().on(t.userId, t.target, t.itemId),
    index().on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The foreign keys' cascades look up by item.
    index()
      .on(t.practiceId)
      .where(sql`${t.practiceId} is not null`),
    index()
      .on(t.questionId)
      .where(sql`${t.questionId} is not null`),
    index()
      .on(t.debriefId)
      .where(sql`${t.debriefId} is not null`),
    index()
      .on(t.eventId)
      .where(sql`${t.eventId} is not null`),
  ],
);

export type SavedItem = typeof savedItems.$inferSelect;
export type SaveTarget = (typeof saveTarget.enumValues)[number];
