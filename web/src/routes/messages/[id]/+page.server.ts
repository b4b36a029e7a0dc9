import { error, redirect } from '@sveltejs/kit';
import { isFlagReason } from '$lib/components/FlagReasonBadges.svelte';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { PageInfo } from '$lib/types';
import { pageHref } from '$lib/url';
import { DONE, MAX_MESSAGE_LENGTH, type DoneKey, type Participant, type ThreadMessage } from '../message';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 30;
const NOTE_MAX = 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CONVERSATION = /* GraphQL */ `
  query Conversation($id: ID!, $last: Int!, $before: String) {
    conversation(id: $id) {
      id
      unreadCount
      viewerCanSend
      sendRefusal
      participants {
        ...MessageParticipant
        blockedByViewer
      }
      messages(last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            bodyHtml
            removed
            createdAt
            sender {
              ...MessageParticipant
            }
            viewerCan {
              report
            }
          }
        }
      }
    }
  }

  fragment MessageParticipant on User {
    id
    displayName
    handle
    department {
      name
    }
  }
`;

const MARK_READ = /* GraphQL */ `
  mutation MarkConversationRead($id: ID!) {
    markConversationRead(id: $id) {
      id
    }
  }
`;

const UNREAD_COUNTS = /* GraphQL */ `
  query UnreadCounts {
    unreadMessageCount
    unreadNotificationCount
  }
`;

const SEND = /* GraphQL */ `
  mutation SendMessage($conversationId: ID!, $body: String!) {
    sendMessage(conversationId: $conversationId, body: $body) {
      id
    }
  }
`;

const REPORT = /* GraphQL */ `
  mutation ReportMessage($messageId: ID!, $reason: FlagReason!, $note: String) {
    reportMessage(messageId: $messageId, reason: $reason, note: $note) {
      id
    }
  }
`;

interface ConversationAnswer {
  id: string;
  unreadCount: number;
  viewerCanSend: boolean;
  sendRefusal: string | null;
  participants: (Participant & { blockedByViewer: boolean })[];
  messages: { totalCount: number; pageInfo: PageInfo; edges: { node: ThreadMessage }[] };
}

/** `?before=`: the cursor of the oldest message shown on the later page, to load earlier ones. */
function beforeFrom(url: URL): string | null {
  const before = url.searchParams.get('before');
  return before && before.length <= 200 ? before : null;
}

export const load: PageServerLoad = async (event) => {
  const viewer = requireViewer(event);
  if (!ID.test(event.params.id)) error(404, 'Not found');
  const before = beforeFrom(event.url);
  const { conversation } = await gql<{ conversation: ConversationAnswer }>(event, CONVERSATION, {
    id: event.params.id,
    last: PER_PAGE,
    before,
  }).catch((err) => toPageError(err, event.url));

  // Opening the latest messages reads them. The header's counts were asked for alongside this
  // load, before the marking: the page hands the header fresh ones (see +layout.svelte).
  let counts: { unreadMessageCount: number; unreadNotificationCount: number } | null = null;
  if (conversation.unreadCount > 0 && !before) {
    counts = await gql(event, MARK_READ, { id: conversation.id })
      .then(() => gql<{ unreadMessageCount: number; unreadNotificationCount: number }>(event, UNREAD_COUNTS))
      .catch(() => null);
  }

  const done = event.url.searchParams.get('done') ?? '';
  return {
    viewerId: viewer.id,
    conversation: {
      id: conversation.id,
      viewerCanSend: conversation.viewerCanSend,
      sendRefusal: conversation.sendRefusal,
      participants: conversation.participants,
    },
    messages: conversation.messages.edges.map((e) => e.node),
    totalCount: conversation.messages.totalCount,
    pageInfo: conversation.messages.pageInfo,
    before,
    done: Object.hasOwn(DONE, done) ? DONE[done as DoneKey] : null,
    ...counts,
  };
};

export const actions: Actions = {
  send: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { body: text(data, 'body', MAX_MESSAGE_LENGTH + 1) };
    if (!values.body) return invalid({ body: 'Write your message.' }, values, 'send');
    if (values.body.length > MAX_MESSAGE_LENGTH) {
      return invalid({ body: `A message takes at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters.` }, values, 'send');
    }
    let sent: string;
    try {
      const { sendMessage } = await gql<{ sendMessage: { id: string } }>(event, SEND, {
        conversationId: event.params.id,
        body: values.body,
      });
      sent = sendMessage.id;
    } catch (err) {
      return failFromApi(err, values, 'send');
    }
    // The latest messages, where the new one now is last.
    redirect(303, `/messages/${event.params.id}#message-${sent}`);
  },

  report: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = {
      messageId: text(data, 'messageId', 100),
      reason: text(data, 'reason', 40),
      note: text(data, 'note', NOTE_MAX + 1),
    };
    if (!ID.test(values.messageId)) return invalid({ form: 'Choose a message to report.' }, values, 'report');
    const errors: Record<string, string> = {};
    if (!isFlagReason(values.reason)) errors.reason = 'Choose why you are reporting this message.';
    if (values.reason === 'OTHER' && !values.note) errors.note = 'Say what is wrong: a report for another reason needs a note.';
    if (values.note.length > NOTE_MAX) errors.note = `The note takes at most ${NOTE_MAX.toLocaleString('en-US')} characters.`;
    if (Object.keys(errors).length > 0) return invalid(errors, values, 'report');
    try {
      await gql(event, REPORT, { messageId: values.messageId, reason: values.reason, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values, 'report');
    }
    const back = new URL(pageHref(event.url, ['done']), event.url);
    back.searchParams.set('done', 'reported');
    redirect(303, `${back.pathname}${back.search}#message-${values.messageId}`);
  },
};
