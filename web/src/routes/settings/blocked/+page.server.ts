import { redirect, type RequestEvent } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { safeRedirectPath } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BLOCKED = /* GraphQL */ `
  query BlockedMembers {
    blockedMembers {
      id
      displayName
      handle
      title
      department {
        name
      }
    }
  }
`;

const BLOCK = /* GraphQL */ `
  mutation BlockMember($userId: ID!) {
    blockMember(userId: $userId) {
      id
      displayName
    }
  }
`;

const UNBLOCK = /* GraphQL */ `
  mutation UnblockMember($userId: ID!) {
    unblockMember(userId: $userId) {
      id
      displayName
    }
  }
`;

export interface BlockedMember {
  id: string;
  displayName: string;
  handle: string;
  title: string;
  department: { name: string } | null;
}

/** What `?done=` may say after an action comes back here: fixed texts, never the URL's words. */
const DONE = {
  blocked: 'Blocked. They can no longer write to you, and you cannot write to them.',
  unblocked: 'Unblocked. You can write to each other again.',
} as const;

/**
 * `return`: a path on this site to go back to afterwards (a member's profile, a conversation).
 * Only a path with one leading slash: never an absolute URL or a `//host` one.
 */
function returnPath(raw: string, origin: string): string | null {
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  const path = safeRedirectPath(raw, origin);
  return path === '/' && raw !== '/' ? null : path;
}

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const { blockedMembers } = await gql<{ blockedMembers: BlockedMember[] }>(event, BLOCKED).catch((err) => toPageError(err, event.url));
  const done = event.url.searchParams.get('done') ?? '';
  return {
    blocked: blockedMembers,
    done: Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : null,
  };
};

async function change(event: RequestEvent, form: 'block' | 'unblock') {
  requireViewer(event);
  const data = await event.request.formData();
  const values = { userId: text(data, 'userId', 100), return: text(data, 'return', 2000) };
  if (!ID.test(values.userId)) return invalid({ form: 'Choose a member to block or unblock.' }, values, form);
  try {
    await gql(event, form === 'block' ? BLOCK : UNBLOCK, { userId: values.userId });
  } catch (err) {
    return failFromApi(err, values, form);
  }
  redirect(303, returnPath(values.return, event.url.origin) ?? `/settings/blocked?done=${form}ed`);
}

export const actions: Actions = {
  block: (event) => change(event, 'block'),
  unblock: (event) => change(event, 'unblock'),
};
