import type { MercuriusContext } from 'mercurius';
import type { FlagReason } from '@muster/db';
import type { Resolvers } from '../../generated/graphql.ts';
import { badInput, clientError } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { requireNotSuspended, requireVerifiedMember } from '../../policy.ts';
import { findConversationFor, findMessage } from '../messages/index.ts';
import { insertFlag } from './moderation.repository.ts';

/**
 * A participant reports a message from someone else, once; moderators then read that one message
 * in their queue, never the conversation. Shared with `flag(target: MESSAGE)`.
 */
export async function reportMessage(ctx: MercuriusContext, field: string, args: { id: string; reason: FlagReason; note?: string | null }) {
  const viewer = requireNotSuspended(requireVerifiedMember(ctx.viewer, 'use direct messages'));
  const message = await findMessage(ctx.db, validate.uuid(field, args.id));
  if (!message || !(await findConversationFor(ctx.db, message.conversationId, viewer.id))) {
    throw clientError('NOT_FOUND', 'There is no message with that ID in your conversations.', { field });
  }
  if (message.senderId === viewer.id) throw badInput(field, 'You cannot report your own message.');
  if (message.hiddenAt) throw clientError('CONFLICT', 'Moderators have already removed this message.');
  const note = validate.text('note', args.note, 1000) ?? null;
  if (args.reason === 'OTHER' && !note) throw badInput('note', 'Say what is wrong: a report for another reason needs a note.');
  const flag = await insertFlag(ctx.db, {
    targetType: 'MESSAGE',
    targetId: message.id,
    practiceId: null,
    flaggerId: viewer.id,
    reason: args.reason,
    note,
    createdAt: ctx.now(),
  });
  if (!flag) throw clientError('CONFLICT', 'You have already reported this message; moderators will review it.');
  return flag;
}

export const resolvers: Resolvers = {
  Mutation: {
    reportMessage: (_root, args, ctx) => reportMessage(ctx, 'messageId', { id: args.messageId, reason: args.reason, note: args.note }),
  },
};
