import { gql, toPageError } from '$lib/server/api';
import { saveItem } from '$lib/server/saved';
import { requireViewer } from '$lib/server/session';
import type { SavedItemsQuery } from '$lib/generated/graphql';
import { cursorFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 20;

const SAVED = /* GraphQL */ `
  query SavedItems($first: Int!, $after: String) {
    saved(first: $first, after: $after) {
      totalCount
      edges {
        node {
          target
          savedAt
          note
          practice {
            id
            slug
            title
            department {
              name
            }
          }
          question {
            id
            title
            answerCount
          }
          debrief {
            id
            title
            event {
              name
            }
          }
          event {
            id
            slug
            name
            startsOn
            endsOn
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

/** What `?done=` may say after an action here: fixed texts, never the URL's words. */
const NOTICES = {
  note: 'Your note is saved.',
  removed: 'Removed from your saved items.',
} as const;

export const load: PageServerLoad = async (event) => {
  requireViewer(event);
  const { saved } = await gql<SavedItemsQuery>(event, SAVED, { first: PER_PAGE, after: cursorFrom(event.url) }).catch((err) =>
    toPageError(err, event.url),
  );
  const done = event.url.searchParams.get('done') ?? '';
  return {
    items: saved.edges.map((e) => e.node),
    totalCount: saved.totalCount,
    pageInfo: saved.pageInfo,
    notice: done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null,
  };
};

export const actions: Actions = {
  saveItem: (event) => {
    requireViewer(event);
    return saveItem(event, { saved: 'note', removed: 'removed' });
  },
};
