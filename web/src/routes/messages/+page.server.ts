import { gql, toPageError } from '$lib/server/api';
import { requireViewer } from '$lib/server/session';
import type { Connection } from '$lib/types';
import { cursorFrom } from '$lib/url';
import type { ConversationSummary } from './message';
import type { PageServerLoad } from './$types';

const PER_PAGE = 20;

const CONVERSATIONS = /* GraphQL */ `
  query Conversations($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          lastMessageAt
          unreadCount
          participants {
            id
            displayName
            handle
            department {
              name
            }
          }
          lastMessage {
            body
            removed
            sender {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  const viewer = requireViewer(event);
  const { conversations } = await gql<{ conversations: Connection<ConversationSummary> }>(event, CONVERSATIONS, {
    first: PER_PAGE,
    after: cursorFrom(event.url),
  }).catch((err) => toPageError(err, event.url));
  return {
    viewerId: viewer.id,
    conversations: conversations.edges.map((e) => e.node),
    totalCount: conversations.totalCount,
    pageInfo: conversations.pageInfo,
  };
};
