import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import { emailPreference, userRole, verificationState } from './enums.ts';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text().notNull().unique(),
    displayName: text().notNull(),
    /** What others type after @ to mention the member: lower-case letters, digits and hyphens; unique. */
    handle: text().notNull().unique(),
    /** Title or rank, e.g. "Chief of Police", "Sergeant". */
    title: text().notNull().default(''),
    departmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    role: userRole().notNull().default('MEMBER'),
    verification: verificationState().notNull().default('UNVERIFIED'),
    /** argon2id (PHC string); null for accounts that cannot sign in. */
    passwordHash: text(),
    passwordChangedAt: timestamp({ withTimezone: true }),
    /** Base32 TOTP secret once enrolment is confirmed. */
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last 30-second step whose code was accepted: a code is good once (no replay). */
    totpLastStep: integer(),
    /** A secret being enrolled, until a code from the app confirms it. */
    totpPendingSecret: text(),
    /** Consecutive failed sign-ins; the window restarts after 15 minutes without one. */
    failedSignIns: integer().notNull().default(0),
    lastFailedSignInAt: timestamp({ withTimezone: true }),
    lockedAt: timestamp({ withTimezone: true }),
    disabledAt: timestamp({ withTimezone: true }),
    /** A suspended member reads but does not post, until this moment. */
    suspendedUntil: timestamp({ withTimezone: true, precision: 3 }),
    suspensionReason: text(),
    /** SHA-256 of the secret in the member's calendar-feed address (calendar programs send no cookies); null until asked for. */
    calendarTokenHash: text().unique(),
    /** Notifications by e-mail: off, each as it happens, or one digest a day. */
    emailNotifications: emailPreference().notNull().default('DAILY'),
    /** IANA zone the member reads times in (e.g. America/Los_Angeles); null shows them in UTC. */
    timeZone: text(),
    // Millisecond precision: the admin list's cursor carries it as a JavaScript date.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index().on(t.departmentId), index().on(t.verification)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
