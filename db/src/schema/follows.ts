import { index, pgEnum, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const followTarget = pgEnum('follow_target', ['PRACTICE', 'TOPIC', 'DEPARTMENT', 'USER', 'EVENT', 'QUESTION']);

/** A member follows a practice, topic, department, member, event or question; the target is checked by the API. */
export const follows = pgTable(
  'follows',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetType: followTarget().notNull(),
    targetId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // The primary key serves "what do I follow"; the second index serves fan-out ("who follows this").
  (t) => [primaryKey({ columns: [t.userId, t.targetType, t.targetId] }), index().on(t.targetType, t.targetId, t.userId)],
);

export type Follow = typeof follows.$inferSelect;
export type FollowTarget = (typeof followTarget.enumValues)[number];
