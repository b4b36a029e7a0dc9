import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ADOPTION_STATUSES } from '../labels.ts';
import { departments } from './departments.ts';
import { outcomeFields, practices } from './practices.ts';
import { users } from './users.ts';

export const adoptionStatus = pgEnum('adoption_status', ADOPTION_STATUSES);

/** A department's report that it took up another's practice; one per department and practice, updated over time. */
export const adoptions = pgTable(
  'adoptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    reportedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    status: adoptionStatus().notNull(),
    startedOn: date({ mode: 'string' }),
    endedOn: date({ mode: 'string' }),
    note: text(),
    changes: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.practiceId, t.departmentId), index().on(t.departmentId)],
);

/** The adopting department's own figures, beside the origin's. */
export const adoptionOutcomes = pgTable(
  'adoption_outcomes',
  {
    id: uuid().primaryKey().defaultRandom(),
    adoptionId: uuid()
      .notNull()
      .references(() => adoptions.id, { onDelete: 'cascade' }),
    ...outcomeFields(),
  },
  (t) => [index().on(t.adoptionId, t.position)],
);

export type Adoption = typeof adoptions.$inferSelect;
export type AdoptionStatus = (typeof adoptionStatus.enumValues)[number];
