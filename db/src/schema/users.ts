import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from './departments.ts';
import { emailPreference, userRole, verificationState } from './enums.ts';
import { topics } from './topics.ts';

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
    /** When the member proved they own `email` by following the link mailed to it; null until then. */
    emailConfirmedAt: timestamp({ withTimezone: true }),
    /** A short introduction, Markdown (rendered sanitised). */
    bio: text().notNull().default(''),
    // Millisecond precision: the admin list's cursor carries it as a JavaScript date.
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index().on(t.departmentId), index().on(t.verification)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** The topics a member says they know well (their own claim, shown beside what their write-ups imply). */
export const userExpertise = pgTable(
  'user_expertise',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicId] }), index().on(t.topicId)],
);

/**
 * A link that proves the member owns an address: the sign-up address, or a new one they are changing to.
 * One per member (a newer link replaces an older one); only the token's SHA-256 is stored.
 */
export const emailConfirmations = pgTable('email_confirmations', {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The address the link was mailed to (lower-cased): `users.email` at sign-up, the new one on a change. */
  email: text().notNull(),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

/** A member's wish to move to another department: the new department's chief decides; the old one is told. */
export const departmentMoves = pgTable(
  'department_moves',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromDepartmentId: uuid().references(() => departments.id, { onDelete: 'set null' }),
    toDepartmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** APPROVED, DECLINED or WITHDRAWN once decided; null while waiting. */
    decision: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index().on(t.toDepartmentId),
    // One open request per member.
    uniqueIndex('department_moves_one_open')
      .on(t.userId)
      .where(sql`${t.decidedAt} is null`),
  ],
);

/**
 * A chief's invitation to one address: single use, 14 days, only the token's SHA-256 stored. Its state is
 * read from the row: accepted, revoked, expired, or sent.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    departmentId: uuid()
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    /** Lower-cased. */
    email: text().notNull(),
    tokenHash: text().notNull().unique(),
    invitedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When the latest mail went out (a resend mails a new token and moves this and `expiresAt`). */
    sentAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.departmentId, t.createdAt), index().on(t.email)],
);
