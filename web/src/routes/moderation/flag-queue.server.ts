// The flag queue: reported items, most urgent first, each resolved by Hide, Restore or Dismiss.
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { failFromApi, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { backTo, refuseForm } from './dashboard.server';
import type { FlagAction } from './moderation';

/** The queue's page, in the dashboard's document (`$first`, `$after`). */
export const FLAG_QUEUE = /* GraphQL */ `
  fragment FlagQueue on Query {
    moderationQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          target
          urgency
          targetOpenFlagCount
          targetReasons
          targetHidden
          practice {
            slug
            title
            summary
            hiddenReason
            author {
              handle
              displayName
            }
            department {
              name
            }
          }
          comment {
            id
            bodyHtml
            deleted
            createdAt
            hiddenReason
            author {
              handle
              displayName
            }
          }
          question {
            id
            title
            hiddenReason
            author {
              handle
              displayName
            }
            department {
              name
            }
          }
          answer {
            id
            bodyHtml
            createdAt
            hiddenReason
            author {
              handle
              displayName
            }
          }
          message {
            id
            bodyHtml
            createdAt
            sender {
              handle
              displayName
            }
          }
          targetFlags {
            id
            reason
            note
            createdAt
            resolved
            action
            flagger {
              displayName
              handle
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

const RESOLVE_FLAG = /* GraphQL */ `
  mutation ResolveFlag($id: ID!, $action: FlagAction!, $note: String) {
    resolveFlag(id: $id, action: $action, note: $note) {
      id
    }
  }
`;

export const flagQueueActions = {
  resolve: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { flagId: text(data, 'flagId', 100), note: text(data, 'note', 1001) };
    const action = text(data, 'action', 20) as FlagAction;
    if (!['HIDE', 'RESTORE', 'DISMISS'].includes(action) || !values.flagId) {
      return refuseForm('resolve', { form: 'Choose Hide, Restore or Dismiss for a report in the queue.' }, values);
    }
    if (values.note.length > 1000) return refuseForm('resolve', { note: 'The note takes at most 1,000 characters.' }, values);
    try {
      await gql(event, RESOLVE_FLAG, { id: values.flagId, action, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values, 'resolve');
    }
    backTo(event, action === 'HIDE' ? 'hidden' : action === 'RESTORE' ? 'restored' : 'dismissed');
  },
};
