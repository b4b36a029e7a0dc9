import { redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiError, gql, toPageError } from '$lib/server/api';
import { errorsFromApi, invalid, refuse, text, type FormErrors } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { handlesFrom, MAX_MESSAGE_LENGTH, MAX_RECIPIENTS, type Participant } from '../message';
import type { Actions, PageServerLoad } from './$types';

const RECIPIENTS = /* GraphQL */ `
  query MessageRecipients($handles: [String!]!) {
    messageRecipients(handles: $handles) {
      id
      displayName
      handle
      department {
        name
      }
      viewerCanMessage
      blockedByViewer
    }
  }
`;

const START = /* GraphQL */ `
  mutation StartConversation($with: [ID!]!, $body: String!) {
    startConversation(with: $with, body: $body) {
      id
      lastMessage {
        id
      }
    }
  }
`;

type Recipient = Participant & { viewerCanMessage: boolean; blockedByViewer: boolean };

/** The API names the recipients `handles` or `with`; the form calls them `to`. */
function formErrors(err: unknown): { status: number; errors: FormErrors } {
  const { status, errors } = errorsFromApi(err);
  const { handles, with: ids, ...rest } = errors;
  const to = handles ?? ids;
  return { status, errors: to ? { ...rest, to } : rest };
}

async function recipientsNamed(event: RequestEvent, handles: string[]): Promise<Recipient[]> {
  const { messageRecipients } = await gql<{ messageRecipients: Recipient[] }>(event, RECIPIENTS, { handles });
  return messageRecipients;
}

/** What is wrong with the handles typed, before asking the API; undefined when nothing. */
function checkHandles(handles: string[]): string | undefined {
  if (handles.length === 0) return 'Enter the handle of at least one member, such as @officer-boston-pd.';
  if (handles.length > MAX_RECIPIENTS)
    return `A conversation takes at most ${MAX_RECIPIENTS} others besides you; you entered ${handles.length}.`;
  return undefined;
}

// `?to=handle[,handle…]` (from a member's profile) fills in the recipients and shows who they are.
export const load: PageServerLoad = async (event) => {
  const viewer = requireViewer(event);
  const raw = (event.url.searchParams.get('to') ?? '').slice(0, 1000);
  const handles = handlesFrom(raw);
  let recipients: Recipient[] = [];
  let toError = handles.length > 0 ? checkHandles(handles) : undefined;
  if (handles.length > 0 && !toError) {
    try {
      recipients = await recipientsNamed(event, handles);
    } catch (err) {
      // Someone unknown in a link is said beside the field; not being allowed to write at all is the page's answer.
      if (!(err instanceof ApiError) || !(err.has('NOT_FOUND') || err.has('BAD_USER_INPUT'))) toPageError(err, event.url);
      toError = formErrors(err).errors.to;
    }
  } else if (handles.length === 0) {
    // Asks the API whether the viewer may write at all, so an unverified member learns why here.
    await gql(event, RECIPIENTS, { handles: [] }).catch((err) => toPageError(err, event.url));
  }
  if (recipients.some((r) => r.id === viewer.id)) toError ??= 'You cannot send a message to yourself: enter the handles of others.';
  return {
    to: handles.map((h) => `@${h}`).join(', '),
    recipients,
    // Said before the member writes anything.
    blockedByYou: recipients.filter((r) => r.blockedByViewer).map((r) => r.displayName),
    cannotWrite: recipients.filter((r) => r.id !== viewer.id && !r.viewerCanMessage && !r.blockedByViewer).map((r) => r.displayName),
    toError,
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { to: text(data, 'to', 1000), body: text(data, 'body', MAX_MESSAGE_LENGTH + 1) };
    const handles = handlesFrom(values.to);
    const errors: FormErrors = {};
    const toError = checkHandles(handles);
    if (toError) errors.to = toError;
    if (!values.body) errors.body = 'Write your message.';
    else if (values.body.length > MAX_MESSAGE_LENGTH)
      errors.body = `A message takes at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters.`;
    if (Object.keys(errors).length > 0) return invalid(errors, values);

    let conversation: { id: string; lastMessage: { id: string } | null };
    try {
      const recipients = await recipientsNamed(event, handles);
      ({ startConversation: conversation } = await gql<{ startConversation: typeof conversation }>(event, START, {
        with: recipients.map((r) => r.id),
        body: values.body,
      }));
    } catch (err) {
      const { status, errors: refused } = formErrors(err);
      return refuse(status, { values, errors: refused });
    }
    // To the conversation (a new one, or the one already had with them), at the message just sent.
    redirect(303, `/messages/${conversation.id}${conversation.lastMessage ? `#message-${conversation.lastMessage.id}` : ''}`);
  },
};
