import { gql, toPageError } from '$lib/server/api';
import type { Connection } from '$lib/types';
import { canKeepEvents, cursorParam, EVENT_SUMMARY, type EventSummary } from './event';
import type { PageServerLoad } from './$types';

const EVENTS_PER_PAGE = 12;

const EVENTS = /* GraphQL */ `
  query Events($first: Int!, $upcomingAfter: String, $pastAfter: String) {
    upcoming: events(upcoming: true, first: $first, after: $upcomingAfter) {
      ...EventPage
    }
    past: events(upcoming: false, first: $first, after: $pastAfter) {
      ...EventPage
    }
  }

  fragment EventPage on EventConnection {
    totalCount
    edges {
      node {
        ...EventSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  ${EVENT_SUMMARY}
`;

type EventPage = Omit<Connection<EventSummary>, 'edges'> & { edges: { node: EventSummary }[] };

export const load: PageServerLoad = async (event) => {
  const { upcoming, past } = await gql<{ upcoming: EventPage; past: EventPage }>(event, EVENTS, {
    first: EVENTS_PER_PAGE,
    upcomingAfter: cursorParam(event.url, 'upcoming'),
    pastAfter: cursorParam(event.url, 'past'),
  }).catch(toPageError);
  const section = (page: EventPage) => ({
    events: page.edges.map((e) => e.node),
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
  });
  return { upcoming: section(upcoming), past: section(past), canCreate: canKeepEvents(event.locals.user) };
};
