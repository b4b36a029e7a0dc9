import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** A private conversation between two or a few verified members. */
export const conversations = pgTable('conversations', {
  id: uuid().primaryKey().defaultRandom(),
  createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  /** When its newest message was sent: the inbox lists conversations by it. */
  lastMessageAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** Who is in a conversation, and how far each has read. */
export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The seq of the last message the member has seen; later ones from others are unread. */
    lastReadSeq: bigint({ mode: 'number' }).notNull().default(0),
    joinedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] }), index().on(t.userId)],
);

/** A message; only the conversation's participants read it (moderators only one that was reported). */
export const messages = pgTable(
  'messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Increases with every message sent: orders a conversation and marks how far a member read. */
    seq: bigint({ mode: 'number' }).notNull().unique().generatedAlwaysAsIdentity(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Set when moderators hid it after a participant reported it: it shows as removed. */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [index().on(t.conversationId, t.seq.desc())],
);

/** A member who blocked another: the blocked one cannot message them, nor start a conversation with them in it. */
export const blocks = pgTable(
  'blocks',
  {
    blockerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index().on(t.blockedId),
    check('blocks_not_self', sql`${t.blockerId} <> ${t.blockedId}`),
  ],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
