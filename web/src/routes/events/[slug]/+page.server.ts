import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { follow } from '$lib/server/follows';
import { saveItem } from '$lib/server/saved';
import type { ViewerSaved } from '$lib/saved';
import { failFromApi, invalid, sendMutation, text } from '$lib/server/form-actions';
import type { Connection } from '$lib/types';
import { pageHref, signInHref } from '$lib/url';
import { DEBRIEF_SUMMARY, type DebriefSummary } from '../../debriefs/debrief';
import { cursorParam, EVENT_SUMMARY, todayUtc, type Attendee, type EventDetail } from '../event';
import type { Actions, PageServerLoad } from './$types';

const ATTENDEES_PER_PAGE = 50;
const DEBRIEFS_PER_PAGE = 20;

const EVENT = /* GraphQL */ `
  query EventPage($slug: String!, $first: Int!, $after: String, $debriefsFirst: Int!, $debriefsAfter: String) {
    event(slug: $slug) {
      ...EventSummary
      startsAt
      endsAt
      timeZone
      url
      descriptionHtml
      past
      viewerAttendance
      icsUrl
      viewerCan {
        edit
        attend
        debrief
      }
      followerCount
      viewerFollows
      viewerSaved
      viewerSavedNote
      attendees(first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            displayName
            title
            department {
              name
              slug
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      debriefs(first: $debriefsFirst, after: $debriefsAfter) {
        totalCount
        edges {
          node {
            ...DebriefSummary
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${EVENT_SUMMARY}
  ${DEBRIEF_SUMMARY}
`;

const ATTEND = /* GraphQL */ `
  mutation AttendEvent($eventId: ID!, $attending: Boolean!) {
    attendEvent(eventId: $eventId, attending: $attending) {
      id
    }
  }
`;

type AttendeePage = Omit<Connection<Attendee>, 'edges'> & { edges: { node: Attendee }[] };
type DebriefPage = Omit<Connection<DebriefSummary>, 'edges'> & { edges: { node: DebriefSummary }[] };
/** The event as this page shows it: with whether the viewer may write a debrief of it, and its debriefs. */
type EventPageData = Omit<EventDetail, 'viewerCan'> &
  ViewerSaved & {
    viewerCan: EventDetail['viewerCan'] & { debrief: boolean };
    attendees: AttendeePage | null;
    debriefs: DebriefPage;
  };

/** What `?done=` may say after a save: fixed texts, never the URL's words. */
const NOTICES = {
  created: 'The event is listed.',
  saved: 'Your changes are saved.',
  'debrief-deleted': 'The debrief is deleted.',
} as const;

// The API refuses a malformed slug as bad input; to a reader it is just an address with nothing there.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const load: PageServerLoad = async (event) => {
  if (!SLUG.test(event.params.slug)) error(404, 'No event at this address');
  const { event: found } = await gql<{ event: EventPageData | null }>(event, EVENT, {
    slug: event.params.slug,
    first: ATTENDEES_PER_PAGE,
    after: cursorParam(event.url, 'attendees'),
    debriefsFirst: DEBRIEFS_PER_PAGE,
    debriefsAfter: cursorParam(event.url, 'debriefs'),
  }).catch(toPageError);
  if (!found) error(404, 'No event at this address');

  const { attendees, debriefs, ...detail } = found;
  const done = event.url.searchParams.get('done') ?? '';
  return {
    event: detail,
    // From its first day the API records that a member went rather than is going.
    started: detail.startsOn <= todayUtc(),
    attendees: attendees && {
      list: attendees.edges.map((e) => e.node),
      totalCount: attendees.totalCount,
      pageInfo: attendees.pageInfo,
    },
    debriefs: {
      list: debriefs.edges.map((e) => e.node),
      totalCount: debriefs.totalCount,
      pageInfo: debriefs.pageInfo,
    },
    notice: done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null,
  };
};

export const actions: Actions = {
  follow,
  saveItem: (event) => saveItem(event),

  attend: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const eventId = text(data, 'eventId', 100);
    if (!eventId) return invalid({ form: 'That event could not be found.' }, {}, 'attend');
    const err = await sendMutation(event, ATTEND, { eventId, attending: data.get('attending') !== 'false' });
    if (err) return failFromApi(err, {}, 'attend');
    redirect(303, pageHref(event.url, ['done']));
  },
};
