import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import type { Connection } from '$lib/types';
import { cursorFrom, pageHref } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';
import { NOTIFICATION_FIELDS, type InboxNotification } from './notification';

const PER_PAGE = 20;

const INBOX = /* GraphQL */ `
  query Inbox($unreadOnly: Boolean!, $first: Int!, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...InboxNotification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${NOTIFICATION_FIELDS}
`;

const MARK_READ = /* GraphQL */ `
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

/** What `?done=` may say after an action redirects back here: fixed texts, never the URL's words. */
const DONE = {
  read: 'Marked as read.',
  'all-read': 'All your notifications are marked as read.',
} as const;

/** `?unread=1` lists only what the member has not read yet. */
function unreadOnlyFrom(url: URL): boolean {
  return url.searchParams.get('unread') === '1';
}

// Opening the inbox marks nothing read: the member decides, item by item or all at once.
export const load: PageServerLoad = async (event) => {
  const user = requireViewer(event);
  const unreadOnly = unreadOnlyFrom(event.url);
  const after = cursorFrom(event.url);
  const { notifications } = await gql<{ notifications: Connection<InboxNotification> }>(event, INBOX, {
    unreadOnly,
    first: PER_PAGE,
    after,
  }).catch((err) => toPageError(err, event.url));
  const done = event.url.searchParams.get('done') ?? '';
  return {
    notifications: notifications.edges.map((e) => e.node),
    totalCount: notifications.totalCount,
    pageInfo: notifications.pageInfo,
    // Asked in this same request by hooks.server.ts, so it matches the list.
    unreadCount: user.unreadNotificationCount,
    unreadOnly,
    after,
    done: done in DONE ? DONE[done as keyof typeof DONE] : null,
  };
};

/** Back to the list as it was filtered, saying what was done. */
function backTo(url: URL, done: keyof typeof DONE, drop: string[] = [], hash = ''): string {
  const back = new URL(pageHref(url, ['done', ...drop]), url);
  back.searchParams.set('done', done);
  return `${back.pathname}${back.search}${hash}`;
}

export const actions: Actions = {
  markRead: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const id = text(data, 'id', 40);
    if (!id) return invalid({ form: 'Choose a notification to mark as read.' }, {}, 'markRead');
    try {
      await gql(event, MARK_READ, { ids: [id] });
    } catch (err) {
      return failFromApi(err, { id }, 'markRead');
    }
    // Unfiltered, the item stays in the list: come back to it rather than to the top.
    const hash = unreadOnlyFrom(event.url) ? '#inbox' : `#notification-${id}`;
    redirect(303, backTo(event.url, 'read', [], hash));
  },

  markAllRead: async (event) => {
    requireViewer(event);
    try {
      await gql(event, MARK_READ, {});
    } catch (err) {
      return failFromApi(err, {}, 'markAllRead');
    }
    // A cursor into a list that has just changed would skip what moved; start from the top.
    redirect(303, backTo(event.url, 'all-read', ['after'], '#inbox'));
  },
};
