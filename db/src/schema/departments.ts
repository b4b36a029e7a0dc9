import { boolean, char, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencyType } from './enums.ts';

export const departments = pgTable(
  'departments',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    agencyType: agencyType().notNull(),
    /** Two-letter USPS code. */
    state: char({ length: 2 }).notNull(),
    city: text().notNull(),
    swornOfficers: integer(),
    populationServed: integer(),
    description: text().notNull().default(''),
    website: text(),
    verified: boolean().notNull().default(false),
    /** A confirmed address on one of the department's domains is verified at once (otherwise it waits for the chief). */
    autoVerifyDomain: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.state), index().on(t.agencyType), index().on(t.name)],
);

export type Department = typeof departments.$inferSelect;
export type NewDepartment = typeof departments.$inferInsert;

/** An e-mail domain (lower-case, e.g. `memphistn.gov`) whose confirmed addresses join the department; one department each. */
export const departmentDomains = pgTable(
  'department_domains',
  {
    domain: text().primaryKey(),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.departmentId)],
);
