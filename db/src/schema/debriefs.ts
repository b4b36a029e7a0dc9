import { sql, type SQL } from 'drizzle-orm';
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import { events } from './events.ts';
import { practices } from './practices.ts';
import { tsvector } from './types.ts';
import { users } from './users.ts';

/** Who reads a debrief: the author's department, or every verified member. */
export const debriefAudience = pgEnum('debrief_audience', ['DEPARTMENT', 'MEMBERS']);

/**
 * What a member brought home from an event: the sessions they attended, key takeaways, what to
 * try at home and the contacts they made (each Markdown), for their department or all members.
 */
export const debriefs = pgTable(
  'debriefs',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The author's department when they wrote it: a DEPARTMENT debrief stays with it. */
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    audience: debriefAudience().notNull(),
    title: text().notNull(),
    sessions: text().notNull().default(''),
    takeaways: text().notNull(),
    toTry: text().notNull().default(''),
    contacts: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`setweight(to_tsvector('english', coalesce(${debriefs.title}, '')), 'A')
          || setweight(to_tsvector('english', coalesce(${debriefs.takeaways}, '')), 'B')
          || setweight(to_tsvector('english', coalesce(${debriefs.toTry}, '') || ' ' || coalesce(${debriefs.sessions}, '')), 'C')
          || setweight(to_tsvector('english', coalesce(${debriefs.contacts}, '')), 'D')`,
      ),
  },
  (t) => [
    index().on(t.eventId, t.createdAt.desc()),
    index().on(t.authorId, t.createdAt.desc()),
    index().on(t.departmentId),
    index('debriefs_search_idx').using('gin', t.search),
  ],
);

/** The write-ups a debrief mentions, in the order the author listed them. */
export const debriefPractices = pgTable(
  'debrief_practices',
  {
    debriefId: uuid()
      .notNull()
      .references(() => debriefs.id, { onDelete: 'cascade' }),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.debriefId, t.practiceId] }), index().on(t.practiceId)],
);

export type Debrief = typeof debriefs.$inferSelect;
export type DebriefAudience = (typeof debriefAudience.enumValues)[number];
