// Hidden content: what the moderators hid, to restore or hide again with a note its author is told.
import type { RequestEvent } from '@sveltejs/kit';
import { MODERATION_EVENT } from '$lib/components/ModerationPanel.svelte';
import { gql } from '$lib/server/api';
import { failFromApi, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { backTo, refuseForm } from './dashboard.server';

/** The list's page, in the dashboard's document (`$first`, `$hiddenAfter`). */
export const HIDDEN_CONTENT = /* GraphQL */ `
  fragment HiddenContent on Query {
    hiddenContent(first: $first, after: $hiddenAfter) {
      totalCount
      edges {
        node {
          target
          id
          hiddenAt
          hiddenReason
          practice {
            slug
            title
          }
          comment {
            id
            bodyHtml
          }
          question {
            id
            title
          }
          answer {
            id
            bodyHtml
          }
          author {
            displayName
            handle
          }
          history {
            ...ModerationEvent
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${MODERATION_EVENT}
`;

const MODERATE = /* GraphQL */ `
  mutation Moderate($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
    moderate(target: $target, id: $id, action: $action, note: $note) {
      id
    }
  }
`;

export const hiddenContentActions = {
  /** Hide or restore an item from the list of hidden ones, with a note its author is told. */
  moderate: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const named = text(data, 'target', 20);
    const target = (['COMMENT', 'QUESTION', 'ANSWER'] as const).find((t) => t === named) ?? 'PRACTICE';
    const action = text(data, 'action', 20) === 'RESTORE' ? 'RESTORE' : 'HIDE';
    const values = { id: text(data, 'id', 100), note: text(data, 'note', 1001) };
    if (values.note.length > 1000) return refuseForm('moderate', { note: 'The note takes at most 1,000 characters.' }, values);
    try {
      await gql(event, MODERATE, { target, id: values.id, action, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values, 'moderate');
    }
    backTo(event, action === 'RESTORE' ? 'restored-item' : 'hidden-again');
  },
};
