import type { MercuriusContext } from 'mercurius';
import type { Conversation, User } from '@muster/db';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError, FieldErrors } from '../../graphql/errors.ts';
import { countTogether } from '../../graphql/counts.ts';
import { connection, encodeCursor, maxPageSize, readPage } from '../../graphql/pagination.ts';
import * as validate from '../../graphql/validate.ts';
import {
  hasConversations,
  requireNotSuspended,
  requireVerifiedMember,
  requireViewer,
  withholdsMessageText,
  type Viewer,
} from '../../policy.ts';
import { spend } from '../auth/index.ts';
import { recordActivity } from '../notifications/index.ts';
import { usersByIds } from '../users/index.ts';
import {
  block,
  blockedBy,
  blocksBetween,
  conversationWithExactly,
  findConversationFor,
  insertConversation,
  insertMessage,
  listConversations,
  lockConversationOf,
  markConversationRead,
  messageableByHandle,
  messageableMembers,
  messagesBefore,
  participantIds,
  unblock,
  unreadMessageTotal,
  type ConversationKey,
} from './messages.repository.ts';

const maxMessageLength = 5000;
/** Others in one conversation, besides the one who starts it. */
const maxOthers = 9;
const defaultMessagePage = 30;

function messageBody(body: string): string {
  return validate.requiredText('body', 'a message', body, 1, maxMessageLength);
}

/** Reading messages is for verified members; sending also needs an account that is not suspended. */
function requireReader(viewer: Viewer | null): Viewer {
  return requireVerifiedMember(viewer, 'use direct messages');
}

/** The distinct others to write to: at least one, at most nine, never the viewer. */
function recipientIds(viewer: Viewer, raw: string[]): string[] {
  const ids = [...new Set(validate.listOf('with', raw, (id) => validate.uuid('with', id)))];
  if (ids.includes(viewer.id)) throw badInput('with', 'You cannot send a message to yourself: choose the members to write to.');
  if (ids.length === 0) throw badInput('with', 'Choose at least one member to write to.');
  if (ids.length > maxOthers)
    throw badInput('with', `A conversation takes at most ${maxOthers} others besides you; ${ids.length} were chosen.`);
  return ids;
}

/** A handle as typed: "@Jane-Doe " is "jane-doe". */
function handleOf(raw: string): string {
  const handle = raw.trim().replace(/^@/, '').toLowerCase();
  if (!/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/.test(handle)) {
    throw badInput('handles', `“${raw.trim()}” is not a handle: handles are lower-case letters, digits and hyphens, such as @jane-doe.`);
  }
  return handle;
}

/** The conversation when the viewer is in it; NOT_FOUND for anyone else, moderators and admins included. */
async function conversationFor(ctx: MercuriusContext, viewer: Viewer, field: string, id: string): Promise<Conversation> {
  const conversation = await findConversationFor(ctx.db, validate.uuid(field, id), viewer.id);
  if (!conversation) throw clientError('NOT_FOUND', 'There is no conversation of yours with that ID.', { field });
  return conversation;
}

/** Nobody writes to a member who blocked them, nor to one they blocked themselves. */
async function refuseBlocked(ctx: MercuriusContext, viewer: Viewer, others: string[], known?: Map<string, User>): Promise<void> {
  const found = await blocksBetween(ctx.db, viewer.id, others);
  if (found.length === 0) return;
  const people = known ?? (await usersByIds(ctx.db, others));
  const name = (id: string) => people.get(id)?.displayName ?? 'A member';
  const mine = found.find((b) => b.blockerId === viewer.id);
  if (mine) {
    throw clientError('FORBIDDEN', `You blocked ${name(mine.blockedId)}: unblock them (Settings → Blocked members) to write to them.`);
  }
  throw clientError('FORBIDDEN', `${name(found[0]!.blockerId)} does not accept messages from you.`);
}

async function spendMessage(ctx: MercuriusContext, viewer: Viewer): Promise<void> {
  // The comment limiter's budget per minute, kept apart: chatting does not use up commenting.
  await spend(ctx.limits.comment, `message:${viewer.id}`, `messages: you can send ${ctx.config.commentsPerMinute} a minute`);
}

/** `last` and `before` for a conversation read backwards from its newest message; the cursor is [seq]. */
function readBackwards(args: { last?: number | null; before?: string | null }): { limit: number; before: number | null } {
  const last = args.last ?? defaultMessagePage;
  if (!Number.isInteger(last) || last < 1 || last > maxPageSize)
    throw badInput('last', `last must be between 1 and ${maxPageSize}; it was ${last}.`);
  if (args.before == null) return { limit: last, before: null };
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(args.before, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== 1 || !Number.isSafeInteger(key[0])) {
    throw badInput('before', 'before is not a cursor from this conversation; start again from the latest messages.');
  }
  return { limit: last, before: key[0] as number };
}

export const resolvers: Resolvers = {
  Query: {
    conversations: async (_root, args, ctx) => {
      const viewer = requireReader(ctx.viewer);
      const page = readPage<ConversationKey>(args, 20, ['timestamp', 'uuid']);
      const { rows, totalCount } = await listConversations(ctx.db, viewer.id, page);
      return connection(rows, page.limit, totalCount, (c) => [c.lastMessageAt.toISOString(), c.id]);
    },
    conversation: (_root, args, ctx) => conversationFor(ctx, requireReader(ctx.viewer), 'id', args.id),
    // Asked with the viewer on every page a member opens: a member not yet verified has no
    // conversations, and is told 0 rather than refused, so that one query serves everyone.
    unreadMessageCount: async (_root, _args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      return hasConversations(viewer) ? countTogether(ctx, unreadMessageTotal(ctx.db, viewer.id)) : 0;
    },
    blockedMembers: (_root, _args, ctx) => blockedBy(ctx.db, requireViewer(ctx.viewer).id),
    messageRecipients: async (_root, args, ctx) => {
      requireReader(ctx.viewer);
      const handles = [...new Set(validate.listOf('handles', args.handles, handleOf, 20))];
      const found = await messageableByHandle(ctx.db, handles);
      const unknown = handles.filter((h) => !found.has(h));
      if (unknown.length > 0) {
        const named = unknown.map((h) => `@${h}`).join(', ');
        throw clientError(
          'NOT_FOUND',
          unknown.length === 1 ? `No verified member has the handle ${named}.` : `No verified members have the handles ${named}.`,
          {
            field: 'handles',
          },
        );
      }
      return handles.map((h) => found.get(h)!);
    },
  },

  Mutation: {
    startConversation: async (_root, args, ctx) => {
      const viewer = requireNotSuspended(requireReader(ctx.viewer));
      const errors = new FieldErrors();
      const others = errors.check(() => recipientIds(viewer, args.with));
      const body = errors.check(() => messageBody(args.body));
      errors.throwIfAny();
      const members = await messageableMembers(ctx.db, others!);
      const unknown = others!.filter((id) => !members.has(id));
      if (unknown.length > 0) {
        throw clientError('NOT_FOUND', `There is no verified member with the ID ${unknown.join(', ')}.`, { field: 'with' });
      }
      await refuseBlocked(ctx, viewer, others!, members);
      await spendMessage(ctx, viewer);
      const everyone = [viewer.id, ...others!];
      const now = ctx.now();
      const conversation = await ctx.db.transaction(async (tx) => {
        await lockConversationOf(tx, everyone);
        const existing = (await conversationWithExactly(tx, everyone)) ?? (await insertConversation(tx, viewer.id, everyone, now));
        const message = await insertMessage(tx, { conversationId: existing.id, senderId: viewer.id, body: body!, createdAt: now });
        await recordActivity(tx, { kind: 'MESSAGE_SENT', actorId: viewer.id, messageId: message.id, createdAt: now });
        return { ...existing, lastMessageAt: now };
      });
      ctx.fanOut.kick();
      return conversation;
    },

    sendMessage: async (_root, args, ctx) => {
      const viewer = requireReader(ctx.viewer);
      // Someone else's conversation is not there for them; only then does whether they may write matter.
      const conversation = await conversationFor(ctx, viewer, 'conversationId', args.conversationId);
      requireNotSuspended(viewer);
      const body = messageBody(args.body);
      const others = (await participantIds(ctx.db, conversation.id)).filter((id) => id !== viewer.id);
      await refuseBlocked(ctx, viewer, others);
      await spendMessage(ctx, viewer);
      const now = ctx.now();
      const message = await ctx.db.transaction(async (tx) => {
        const created = await insertMessage(tx, { conversationId: conversation.id, senderId: viewer.id, body, createdAt: now });
        await recordActivity(tx, { kind: 'MESSAGE_SENT', actorId: viewer.id, messageId: created.id, createdAt: now });
        return created;
      });
      ctx.fanOut.kick();
      return message;
    },

    markConversationRead: async (_root, args, ctx) => {
      const viewer = requireReader(ctx.viewer);
      const conversation = await conversationFor(ctx, viewer, 'id', args.id);
      await ctx.db.transaction((tx) => markConversationRead(tx, conversation.id, viewer.id, ctx.now()));
      return conversation;
    },

    blockMember: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('userId', args.userId);
      if (id === viewer.id) throw badInput('userId', 'You cannot block yourself.');
      const member = (await usersByIds(ctx.db, [id])).get(id);
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.', { field: 'userId' });
      await block(ctx.db, viewer.id, member.id, ctx.now());
      return member;
    },

    unblockMember: async (_root, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      const id = validate.uuid('userId', args.userId);
      if (id === viewer.id) throw badInput('userId', 'You cannot block or unblock yourself.');
      const member = (await usersByIds(ctx.db, [id])).get(id);
      if (!member) throw clientError('NOT_FOUND', 'There is no member with that ID.', { field: 'userId' });
      await unblock(ctx.db, viewer.id, member.id);
      return member;
    },
  },

  Conversation: {
    messages: async (c, args, ctx) => {
      const page = readBackwards(args);
      const { rows, totalCount } = await messagesBefore(ctx.db, c.id, page.limit, page.before);
      // Fetched newest first to find the page; shown oldest first, as a conversation reads.
      const edges = rows
        .slice(0, page.limit)
        .reverse()
        .map((node) => ({ cursor: encodeCursor([node.seq]), node }));
      return { totalCount, edges, pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges[0]?.cursor ?? null } };
    },
  },

  Message: {
    body: (m) => (withholdsMessageText(m) ? '' : m.body),
    removed: (m) => m.hiddenAt !== null,
  },
};
