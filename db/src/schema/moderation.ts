import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { activities } from './notifications.ts';
import { practices } from './practices.ts';
import { questions } from './questions.ts';
import { users } from './users.ts';

export const flagTarget = pgEnum('flag_target', ['PRACTICE', 'COMMENT', 'MESSAGE', 'QUESTION', 'ANSWER']);

export const flagReason = pgEnum('flag_reason', [
  'SPAM',
  'OFF_TOPIC',
  /** Tactics or information that must not be public. */
  'OPERATIONALLY_SENSITIVE',
  'PERSONAL_INFORMATION',
  'HARASSMENT',
  'OTHER',
]);

export const flagAction = pgEnum('flag_action', ['HIDE', 'RESTORE', 'DISMISS']);

/**
 * A member's report on a practice or a comment. One per member and target; resolving the target
 * closes every open flag on it with the same action.
 */
export const flags = pgTable(
  'flags',
  {
    id: uuid().primaryKey().defaultRandom(),
    targetType: flagTarget().notNull(),
    /** The practice's or the comment's id. */
    targetId: uuid().notNull(),
    /** The practice concerned (the comment's, for a comment): where the queue shows it in context; null for a message. */
    practiceId: uuid().references(() => practices.id, { onDelete: 'cascade' }),
    /** The question flagged, or the one the flagged answer is under. */
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    flaggerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: flagReason().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true, precision: 3 }),
    resolvedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    action: flagAction(),
    resolutionNote: text(),
    /** The FLAG_RESOLVED activity that tells the flagger. */
    resolutionActivityId: bigint({ mode: 'number' }).references(() => activities.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex().on(t.flaggerId, t.targetType, t.targetId),
    index().on(t.targetType, t.targetId),
    index('flags_open_idx')
      .on(t.createdAt)
      .where(sql`resolved_at is null`),
  ],
);

/**
 * Every decision on a write-up or comment: hidden (by a moderator, or by flags pending review),
 * restored, flags dismissed. With the flags, its moderation history; the item's hidden_at says
 * its state now.
 */
export const moderationDecisions = pgTable(
  'moderation_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    targetType: flagTarget().notNull(),
    targetId: uuid().notNull(),
    /** The practice concerned (the comment's, for a comment). */
    practiceId: uuid().references(() => practices.id, { onDelete: 'cascade' }),
    /** The question concerned (the answer's, for an answer). */
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    action: flagAction().notNull(),
    note: text(),
    /** Null when flags from verified members hid it. */
    moderatorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index().on(t.targetType, t.targetId, t.createdAt)],
);

/** A published practice moderators put in front of every member, with why it matters. */
export const featuredCaseStudies = pgTable('featured_case_studies', {
  id: uuid().primaryKey().defaultRandom(),
  practiceId: uuid()
    .notNull()
    .unique()
    .references(() => practices.id, { onDelete: 'cascade' }),
  /** The editorial note: why it matters, what to look at. Markdown. */
  note: text().notNull(),
  /** 1 first; unique, so two case studies never claim the same place. */
  position: integer().notNull().unique(),
  /** Shown from this day (inclusive); null: from now. */
  startsOn: date({ mode: 'string' }),
  /** Shown until this day (inclusive); null: until unfeatured. */
  endsOn: date({ mode: 'string' }),
  featuredById: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export type Flag = typeof flags.$inferSelect;
export type ModerationDecision = typeof moderationDecisions.$inferSelect;
export type FlagTarget = (typeof flagTarget.enumValues)[number];
export type FlagReason = (typeof flagReason.enumValues)[number];
export type FlagAction = (typeof flagAction.enumValues)[number];
export type FeaturedCaseStudy = typeof featuredCaseStudies.$inferSelect;
