import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { adoptions } from './adoptions.ts';
import { debriefs } from './debriefs.ts';
import { comments } from './discussion.ts';
import { messages } from './messages.ts';
import { practices } from './practices.ts';
import { answers, questions } from './questions.ts';
import { users } from './users.ts';

export const activityKind = pgEnum('activity_kind', [
  'COMMENT_POSTED',
  'PRACTICE_PUBLISHED',
  'PRACTICE_ADOPTED',
  'PRACTICE_FEATURED',
  'FLAG_RESOLVED',
  'DEBRIEF_POSTED',
  'MESSAGE_SENT',
  /** A moderator hid or restored a write-up or comment (only ever in its author's notifications). */
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  /** An author asked their chief to review a draft; a chief sent one back. */
  'PRACTICE_SUBMITTED',
  'PRACTICE_SENT_BACK',
  /** A new member waits for verification; their chief (or a moderator) verified or rejected them. */
  'MEMBER_SIGNED_UP',
  'MEMBER_VERIFIED',
  'MEMBER_REJECTED',
  /** A member asked the network; someone answered a question; the asker (or a moderator) accepted an answer. */
  'QUESTION_ASKED',
  'ANSWER_POSTED',
  'ANSWER_ACCEPTED',
]);

/**
 * Something that happened, written in the same transaction as the change itself. A worker fans
 * each one out to its recipients' notifications afterwards (fannedOutAt marks it done), so the
 * request that caused it never waits for thousands of followers; the feed reads these rows too.
 */
export const activities = pgTable(
  'activities',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: activityKind().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The write-up it is about; null for a debrief or a message. */
    practiceId: uuid().references(() => practices.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => comments.id, { onDelete: 'cascade' }),
    adoptionId: uuid().references(() => adoptions.id, { onDelete: 'cascade' }),
    /** DEBRIEF_POSTED: the debrief (its event is the debrief's). */
    debriefId: uuid().references(() => debriefs.id, { onDelete: 'cascade' }),
    /** MESSAGE_SENT: the message. */
    messageId: uuid().references(() => messages.id, { onDelete: 'cascade' }),
    /** QUESTION_ASKED, ANSWER_POSTED, ANSWER_ACCEPTED: the question (and the answer, for the last two). */
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    answerId: uuid().references(() => answers.id, { onDelete: 'cascade' }),
    /** FLAG_RESOLVED: what was decided (HIDE, RESTORE, DISMISS); the flags closed carry this activity's id. */
    flagAction: text(),
    /** CONTENT_HIDDEN, CONTENT_RESTORED, PRACTICE_SENT_BACK: what the moderator or the chief wrote to the author. */
    note: text(),
    /** MEMBER_*: the member signed up, verified or rejected. */
    memberId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    /** Members @mentioned in a comment. */
    mentionedIds: uuid().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    fannedOutAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    index().on(t.createdAt.desc(), t.id.desc()),
    index().on(t.practiceId),
    index().on(t.debriefId),
    index().on(t.questionId),
    index('activities_pending_idx')
      .on(t.id)
      .where(sql`fanned_out_at is null`),
  ],
);

export const notificationReason = pgEnum('notification_reason', [
  'REPLY',
  'MENTION',
  'YOUR_PRACTICE_DISCUSSED',
  'YOUR_PRACTICE_PUBLISHED',
  'YOUR_PRACTICE_ADOPTED',
  'YOUR_PRACTICE_FEATURED',
  'YOUR_FLAG_RESOLVED',
  'FOLLOWED_PRACTICE',
  'FOLLOWED_TOPIC',
  'FOLLOWED_DEPARTMENT',
  'FOLLOWED_MEMBER',
  'FOLLOWED_EVENT',
  'DEPARTMENT_COLLEAGUE',
  'YOUR_PRACTICE_IN_DEBRIEF',
  'MESSAGE',
  'YOUR_CONTENT_HIDDEN',
  'YOUR_CONTENT_RESTORED',
  /** A chief: a draft of their department waits for review. */
  'REVIEW_REQUESTED',
  'YOUR_PRACTICE_SENT_BACK',
  /** A chief (or, when the department has none, a moderator): a new member waits for verification. */
  'MEMBER_WAITING',
  'YOUR_MEMBERSHIP_VERIFIED',
  'YOUR_MEMBERSHIP_REJECTED',
  'YOUR_QUESTION_ANSWERED',
  'YOUR_ANSWER_ACCEPTED',
  'FOLLOWED_QUESTION',
  /** A question was asked for departments like the recipient's, or for their state. */
  'QUESTION_FOR_YOUR_DEPARTMENT',
]);

/** One row per recipient and activity; the reason is the most personal one that applied. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activityId: bigint({ mode: 'number' })
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    reason: notificationReason().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
    /** Sent by e-mail (immediately or in a digest); never sent twice. */
    emailedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex().on(t.recipientId, t.activityId),
    index().on(t.recipientId, t.id.desc()),
    index('notifications_unread_idx')
      .on(t.recipientId)
      .where(sql`read_at is null`),
  ],
);

/**
 * Every e-mail Muster sends. With SMTP configured a row is marked sent once the server takes it;
 * without, the row (and the log) is where the mail goes.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid().references(() => users.id, { onDelete: 'set null' }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true, precision: 3 }),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [index().on(t.createdAt.desc())],
);

export type Activity = typeof activities.$inferSelect;
export type ActivityKind = (typeof activityKind.enumValues)[number];
export type Notification = typeof notifications.$inferSelect;
export type NotificationReason = (typeof notificationReason.enumValues)[number];
export type OutboxMail = typeof mailOutbox.$inferSelect;
