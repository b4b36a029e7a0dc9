import type { MercuriusContext, MercuriusLoaders } from 'mercurius';
import type { Activity, Conversation, Flag, Message, User } from '@muster/db';
import { batch } from '../../graphql/loaders.ts';
import {
  canReceiveMessages,
  canReportMessage,
  couldReportMessage,
  canReviewMessages,
  canSendMessages,
  messageRefusal,
  withholdsMessageText,
} from '../../policy.ts';
import { withMentionLinks, usersByIds } from '../users/index.ts';
import { messageHtml } from './message-html.ts';
import type { ReviewedMessage } from './reviewed-message.ts';
import {
  blocksInConversations,
  blockStates,
  conversationsJoinedBy,
  lastMessagesOf,
  messagesByIds,
  participantsOf,
  reportedBy,
  unreadCounts,
} from './messages.repository.ts';

type Queries<T> = { obj: T; params: unknown }[];

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** Why the viewer cannot write in each conversation (null where they can). */
async function sendRefusals(queries: Queries<Conversation>, ctx: MercuriusContext): Promise<(string | null)[]> {
  const viewer = ctx.viewer;
  const refusal = messageRefusal(viewer);
  if (refusal || !viewer) return queries.map(() => refusal);
  const blocked = await blocksInConversations(ctx.db, viewer.id, unique(queries.map((q) => q.obj.id)));
  return queries.map((q) => {
    const found = blocked.get(q.obj.id);
    if (!found) return null;
    if (found.viewerBlocked)
      return 'You blocked someone in this conversation: unblock them (Settings → Blocked members) to write here again.';
    return 'Someone in this conversation does not accept messages from you, so you cannot write here.';
  });
}

export const loaders: MercuriusLoaders = {
  Conversation: {
    participants: batch(
      (c: Conversation) => c.id,
      (ids, ctx) => participantsOf(ctx.db, ids),
      [],
    ),
    lastMessage: batch(
      (c: Conversation) => c.id,
      (ids, ctx) => lastMessagesOf(ctx.db, ids),
    ),
    unreadCount: async (queries: Queries<Conversation>, ctx) => {
      if (!ctx.viewer) return queries.map(() => 0);
      const counts = await unreadCounts(ctx.db, ctx.viewer.id, unique(queries.map((q) => q.obj.id)));
      return queries.map((q) => counts.get(q.obj.id) ?? 0);
    },
    viewerCanSend: async (queries: Queries<Conversation>, ctx) => (await sendRefusals(queries, ctx)).map((refusal) => refusal === null),
    sendRefusal: sendRefusals,
  },

  Message: {
    // A removed message's words reach only the moderators reviewing it.
    bodyHtml: (queries: Queries<ReviewedMessage>, ctx) =>
      withMentionLinks(
        ctx,
        queries.map(({ obj: m }) => (withholdsMessageText(m) ? '' : messageHtml(m.body))),
      ),
    sender: batch(
      (m: Message) => m.senderId,
      (ids, ctx) => usersByIds(ctx.db, ids),
    ),
    // A participant other than the sender, once, while the message shows.
    viewerCan: async (queries: Queries<Message>, ctx) => {
      const viewer = ctx.viewer;
      if (!canSendMessages(viewer)) return queries.map(() => ({ report: false }));
      const candidates = queries.filter((q) => couldReportMessage(viewer, q.obj)).map((q) => q.obj);
      const [joined, reported] = await Promise.all([
        conversationsJoinedBy(ctx.db, viewer!.id, unique(candidates.map((m) => m.conversationId))),
        reportedBy(ctx.db, viewer!.id, unique(candidates.map((m) => m.id))),
      ]);
      return queries.map(({ obj: m }) => ({
        report: canReportMessage(viewer, m, joined.has(m.conversationId), reported.has(m.id)),
      }));
    },
  },

  User: {
    blockedByViewer: async (queries: Queries<User>, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return queries.map(() => false);
      const { blocked } = await blockStates(ctx.db, viewer.id, unique(queries.map((q) => q.obj.id)));
      return queries.map((q) => blocked.has(q.obj.id));
    },
    viewerCanMessage: async (queries: Queries<User>, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer || !canSendMessages(viewer)) return queries.map(() => false);
      const { blocked, blockedBy } = await blockStates(
        ctx.db,
        viewer.id,
        unique(queries.map((q) => (q.obj.id === viewer.id ? null : q.obj.id))),
      );
      return queries.map(({ obj: u }) => u.id !== viewer.id && canReceiveMessages(u) && !blocked.has(u.id) && !blockedBy.has(u.id));
    },
  },

  Flag: {
    // Moderators read the reported message itself (removed or not), and nothing else of its
    // conversation; a participant (the reporter) sees it as in the conversation.
    message: async (queries: Queries<Flag>, ctx) => {
      const ids = unique(queries.map((q) => (q.obj.targetType === 'MESSAGE' ? q.obj.targetId : null)));
      if (ids.length === 0 || !ctx.viewer) return queries.map(() => null);
      const found = await messagesByIds(ctx.db, ids);
      const reviewing = canReviewMessages(ctx.viewer);
      const joined = reviewing
        ? new Map()
        : await conversationsJoinedBy(ctx.db, ctx.viewer.id, unique([...found.values()].map((m) => m.conversationId)));
      return queries.map((q): ReviewedMessage | null => {
        const message = q.obj.targetType === 'MESSAGE' ? found.get(q.obj.targetId) : undefined;
        if (!message) return null;
        if (reviewing) return { ...message, reviewing: true };
        return joined.has(message.conversationId) ? message : null;
      });
    },
  },

  Activity: {
    // Only for the conversation's participants.
    conversation: async (queries: Queries<Activity>, ctx) => {
      const ids = unique(queries.map((q) => q.obj.messageId));
      if (ids.length === 0 || !ctx.viewer) return queries.map(() => null);
      const found = await messagesByIds(ctx.db, ids);
      const joined = await conversationsJoinedBy(ctx.db, ctx.viewer.id, unique([...found.values()].map((m) => m.conversationId)));
      return queries.map((q) => {
        const message = q.obj.messageId ? found.get(q.obj.messageId) : undefined;
        return (message && joined.get(message.conversationId)) ?? null;
      });
    },
  },
};
