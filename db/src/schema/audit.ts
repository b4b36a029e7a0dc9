import { bigint, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const auditOutcome = pgEnum('audit_outcome', ['SUCCESS', 'FAILURE']);

/**
 * Every security-relevant and moderation action. Append-only: a trigger refuses UPDATE, DELETE
 * and TRUNCATE, so not even a bug in the application can rewrite it. Kept at least a year
 * (nothing here deletes it).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    action: text().notNull(),
    outcome: auditOutcome().notNull(),
    actorId: uuid().references(() => users.id),
    subjectId: uuid().references(() => users.id),
    /** The email given, for sign-in attempts (the account may not exist). */
    email: text(),
    ip: text(),
    /** web (the pages) or api (a direct client). */
    source: text().notNull(),
    detail: text(),
  },
  (t) => [index().on(t.at.desc()), index().on(t.actorId), index().on(t.subjectId), index().on(t.action)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
