import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import {
  activities,
  blocks,
  conversationParticipants,
  conversations,
  flags,
  messages,
  notifications,
  users,
  type Conversation,
  type Db,
  type Message,
  type User,
  returnedRow,
} from '@muster/db';
import { groupBy } from '../../graphql/loaders.ts';
import type { Page } from '../../graphql/pagination.ts';
import { countsAsUnreadMessage, membersReceivingMessages } from '../../policy.ts';

export type ConversationKey = [string, string];

// Conversations are private: every read here is asked for a member and finds only what they take part in.

/** The conversation when the member takes part in it; null otherwise, whoever they are. */
export async function findConversationFor(db: Db, id: string, userId: string): Promise<Conversation | null> {
  const [row] = await db
    .select({ conversation: conversations })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(eq(conversationParticipants.conversationId, conversations.id), eq(conversationParticipants.userId, userId)),
    )
    .where(eq(conversations.id, id));
  return row?.conversation ?? null;
}

/** Which of these conversations the member takes part in. */
export async function conversationsJoinedBy(db: Db, userId: string, conversationIds: string[]): Promise<Map<string, Conversation>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ conversation: conversations })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(eq(conversationParticipants.conversationId, conversations.id), eq(conversationParticipants.userId, userId)),
    )
    .where(inArray(conversations.id, conversationIds));
  return new Map(rows.map((r) => [r.conversation.id, r.conversation]));
}

/** A member's conversations, the most recent activity first; the cursor is [lastMessageAt ISO, id]. */
export async function listConversations(
  db: Db,
  userId: string,
  page: Page<ConversationKey>,
): Promise<{ rows: Conversation[]; totalCount: number }> {
  const mine = sql`${conversations.id} in (select ${conversationParticipants.conversationId} from ${conversationParticipants} where ${conversationParticipants.userId} = ${userId})`;
  const after = page.after
    ? sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(conversations)
      .where(and(mine, after))
      .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(conversations).where(mine),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

/** Everyone in each conversation, in the order they joined (the one who started it first). */
export async function participantsOf(db: Db, conversationIds: string[]): Promise<Map<string, User[]>> {
  const rows = await db
    .select({ conversationId: conversationParticipants.conversationId, user: users })
    .from(conversationParticipants)
    .innerJoin(users, eq(users.id, conversationParticipants.userId))
    .innerJoin(conversations, eq(conversations.id, conversationParticipants.conversationId))
    .where(inArray(conversationParticipants.conversationId, conversationIds))
    .orderBy(
      sql`${conversationParticipants.userId} is distinct from ${conversations.createdById}`,
      asc(conversationParticipants.joinedAt),
      asc(users.displayName),
      asc(users.id),
    );
  return groupBy(
    rows,
    (r) => r.conversationId,
    (r) => r.user,
  );
}

/** The ids of everyone in the conversation. */
export async function participantIds(db: Db, conversationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: conversationParticipants.userId })
    .from(conversationParticipants)
    .where(eq(conversationParticipants.conversationId, conversationId));
  return rows.map((r) => r.userId);
}

/**
 * The conversation whose participants are exactly these members (the viewer among them), if
 * there is one: writing to the same people again continues it.
 */
export async function conversationWithExactly(db: Db, memberIds: string[]): Promise<Conversation | null> {
  const [row] = await db
    .select({ conversationId: conversationParticipants.conversationId })
    .from(conversationParticipants)
    .where(
      inArray(
        conversationParticipants.conversationId,
        db
          .select({ id: conversationParticipants.conversationId })
          .from(conversationParticipants)
          .where(eq(conversationParticipants.userId, memberIds[0]!)),
      ),
    )
    .groupBy(conversationParticipants.conversationId)
    .having(
      and(
        sql`count(*) = ${memberIds.length}`,
        sql`count(*) filter (where ${inArray(conversationParticipants.userId, memberIds)}) = ${memberIds.length}`,
      ),
    )
    .limit(1);
  if (!row) return null;
  const conversation = returnedRow(await db.select().from(conversations).where(eq(conversations.id, row.conversationId)));
  return conversation ?? null;
}

/**
 * Holds, until the transaction ends, the right to create the conversation of this set of
 * members: two people writing to each other for the first time at the same moment end up in one.
 */
export async function lockConversationOf(db: Db, memberIds: string[]): Promise<void> {
  const key = `conversation:${[...memberIds].sort().join(',')}`;
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

export async function insertConversation(db: Db, createdById: string, memberIds: string[], now: Date): Promise<Conversation> {
  const conversation = returnedRow(await db.insert(conversations).values({ createdById, createdAt: now, lastMessageAt: now }).returning());
  await db.insert(conversationParticipants).values(memberIds.map((userId) => ({ conversationId: conversation.id, userId, joinedAt: now })));
  return conversation;
}

/**
 * Writes a message, moves the conversation to the top of everyone's list, and counts the
 * message as read by its sender.
 */
export async function insertMessage(
  db: Db,
  values: { conversationId: string; senderId: string; body: string; createdAt: Date },
): Promise<Message> {
  const message = returnedRow(await db.insert(messages).values(values).returning());
  await db.update(conversations).set({ lastMessageAt: values.createdAt }).where(eq(conversations.id, values.conversationId));
  await db
    .update(conversationParticipants)
    .set({ lastReadSeq: sql`greatest(${conversationParticipants.lastReadSeq}, ${message.seq})` })
    .where(and(eq(conversationParticipants.conversationId, values.conversationId), eq(conversationParticipants.userId, values.senderId)));
  return message;
}

export async function findMessage(db: Db, id: string): Promise<Message | null> {
  const [row] = await db.select().from(messages).where(eq(messages.id, id));
  return row ?? null;
}

export async function messagesByIds(db: Db, ids: string[]): Promise<Map<string, Message>> {
  const rows = await db.select().from(messages).where(inArray(messages.id, ids));
  return new Map(rows.map((m) => [m.id, m]));
}

/** A page of a conversation going back in time: up to limit+1 messages before `before` (a seq), newest first. */
export async function messagesBefore(
  db: Db,
  conversationId: string,
  limit: number,
  before: number | null,
): Promise<{ rows: Message[]; totalCount: number }> {
  const where = eq(messages.conversationId, conversationId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(messages)
      .where(and(where, before === null ? undefined : lt(messages.seq, before)))
      .orderBy(desc(messages.seq))
      .limit(limit + 1),
    db.select({ n: count() }).from(messages).where(where),
  ]);
  return { rows, totalCount: total?.n ?? 0 };
}

export async function lastMessagesOf(db: Db, conversationIds: string[]): Promise<Map<string, Message>> {
  const rows = await db
    .selectDistinctOn([messages.conversationId])
    .from(messages)
    .where(inArray(messages.conversationId, conversationIds))
    .orderBy(messages.conversationId, desc(messages.seq));
  return new Map(rows.map((m) => [m.conversationId, m]));
}

/** Messages from others the member has not read, per conversation (removed ones left out). */
export async function unreadCounts(db: Db, userId: string, conversationIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ conversationId: messages.conversationId, n: count() })
    .from(messages)
    .innerJoin(
      conversationParticipants,
      and(eq(conversationParticipants.conversationId, messages.conversationId), eq(conversationParticipants.userId, userId)),
    )
    .where(and(inArray(messages.conversationId, conversationIds), unreadBy(userId)))
    .groupBy(messages.conversationId);
  return new Map(rows.map((r) => [r.conversationId, r.n]));
}

/** Over messages joined to the member's participant row. */
function unreadBy(userId: string) {
  return and(gt(messages.seq, conversationParticipants.lastReadSeq), countsAsUnreadMessage(userId));
}

/** Counts messages a member has not read, in all their conversations: a one-number query, for `countTogether`. */
export function unreadMessageTotal(db: Db, userId: string) {
  return db
    .select({ n: count() })
    .from(messages)
    .innerJoin(
      conversationParticipants,
      and(eq(conversationParticipants.conversationId, messages.conversationId), eq(conversationParticipants.userId, userId)),
    )
    .where(unreadBy(userId));
}

/**
 * Marks everything in the conversation read for the member, and their notifications of its
 * messages with it, so the two badges agree.
 */
export async function markConversationRead(db: Db, conversationId: string, userId: string, now: Date): Promise<void> {
  await db
    .update(conversationParticipants)
    .set({
      lastReadSeq: sql`greatest(${conversationParticipants.lastReadSeq}, coalesce((select max(${messages.seq}) from ${messages} where ${messages.conversationId} = ${conversationId}), 0))`,
    })
    .where(and(eq(conversationParticipants.conversationId, conversationId), eq(conversationParticipants.userId, userId)));
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.recipientId, userId),
        isNull(notifications.readAt),
        inArray(
          notifications.activityId,
          db
            .select({ id: activities.id })
            .from(activities)
            .innerJoin(messages, eq(messages.id, activities.messageId))
            .where(and(eq(activities.kind, 'MESSAGE_SENT'), eq(messages.conversationId, conversationId))),
        ),
      ),
    );
}

// Blocks

/** Blocks between the member and any of the others, in either direction. */
export async function blocksBetween(db: Db, userId: string, otherIds: string[]): Promise<{ blockerId: string; blockedId: string }[]> {
  if (otherIds.length === 0) return [];
  return db
    .select({ blockerId: blocks.blockerId, blockedId: blocks.blockedId })
    .from(blocks)
    .where(
      or(
        and(eq(blocks.blockerId, userId), inArray(blocks.blockedId, otherIds)),
        and(inArray(blocks.blockerId, otherIds), eq(blocks.blockedId, userId)),
      ),
    );
}

/**
 * Of these conversations, those with a block between the member and someone else in it: whether
 * the member blocked someone, and whether someone blocked the member.
 */
export async function blocksInConversations(
  db: Db,
  userId: string,
  conversationIds: string[],
): Promise<Map<string, { viewerBlocked: boolean; blockedViewer: boolean }>> {
  const others = sql`select cp.user_id from conversation_participants cp where cp.conversation_id = ${conversations.id} and cp.user_id <> ${userId}`;
  const viewerBlocked = sql<boolean>`exists (select 1 from ${blocks} b where b.blocker_id = ${userId} and b.blocked_id in (${others}))`;
  const blockedViewer = sql<boolean>`exists (select 1 from ${blocks} b where b.blocked_id = ${userId} and b.blocker_id in (${others}))`;
  const rows = await db
    .select({ id: conversations.id, viewerBlocked, blockedViewer })
    .from(conversations)
    .where(and(inArray(conversations.id, conversationIds), or(viewerBlocked, blockedViewer)));
  return new Map(rows.map((r) => [r.id, { viewerBlocked: Boolean(r.viewerBlocked), blockedViewer: Boolean(r.blockedViewer) }]));
}

export async function block(db: Db, blockerId: string, blockedId: string, now: Date): Promise<void> {
  await db.insert(blocks).values({ blockerId, blockedId, createdAt: now }).onConflictDoNothing();
}

export async function unblock(db: Db, blockerId: string, blockedId: string): Promise<void> {
  await db.delete(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
}

/** The members someone blocked, by name. */
export async function blockedBy(db: Db, blockerId: string): Promise<User[]> {
  const rows = await db
    .select({ user: users })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, blockerId))
    .orderBy(asc(users.displayName), asc(users.id));
  return rows.map((r) => r.user);
}

/** Of these members, whom the member blocked, and who blocked the member. */
export async function blockStates(db: Db, userId: string, otherIds: string[]): Promise<{ blocked: Set<string>; blockedBy: Set<string> }> {
  const rows = await blocksBetween(db, userId, otherIds);
  return {
    blocked: new Set(rows.filter((r) => r.blockerId === userId).map((r) => r.blockedId)),
    blockedBy: new Set(rows.filter((r) => r.blockedId === userId).map((r) => r.blockerId)),
  };
}

// Reports

/** Which of these messages the member reported already. */
export async function reportedBy(db: Db, userId: string, messageIds: string[]): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await db
    .select({ targetId: flags.targetId })
    .from(flags)
    .where(and(eq(flags.flaggerId, userId), eq(flags.targetType, 'MESSAGE'), inArray(flags.targetId, messageIds)));
  return new Set(rows.map((r) => r.targetId));
}

/** Members by id who may be written to (policy's canReceiveMessages). */
export async function messageableMembers(db: Db, ids: string[]): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(users)
    .where(and(inArray(users.id, ids), membersReceivingMessages));
  return new Map(rows.map((u) => [u.id, u]));
}

/** Members by handle (lower-case) who may be written to. */
export async function messageableByHandle(db: Db, handles: string[]): Promise<Map<string, User>> {
  if (handles.length === 0) return new Map();
  const rows = await db
    .select()
    .from(users)
    .where(and(inArray(users.handle, handles), membersReceivingMessages));
  return new Map(rows.map((u) => [u.handle, u]));
}
