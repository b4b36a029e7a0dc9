import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import { userRole, verificationState } from './enums.ts';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text().notNull().unique(),
    displayName: text().notNull(),
    /** Title or rank, e.g. "Chief of Police", "Sergeant". */
    title: text().notNull().default(''),
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    role: userRole().notNull().default('MEMBER'),
    verification: verificationState().notNull().default('UNVERIFIED'),
    /** argon2id; null for accounts that cannot sign in (yet). */
    passwordHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.departmentId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
