import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, sendMutation } from '$lib/server/form-actions';
import { saveItem } from '$lib/server/saved';
import type { ViewerSaved } from '$lib/saved';
import { signInHref } from '$lib/url';
import { DEBRIEF_SUMMARY, isDebriefId, type DebriefDetail } from '../debrief';
import type { Actions, PageServerLoad } from './$types';

const DEBRIEF = /* GraphQL */ `
  query DebriefPage($id: ID!) {
    debrief(id: $id) {
      ...DebriefSummary
      updatedAt
      author {
        displayName
        title
      }
      event {
        slug
        name
        startsOn
        endsOn
      }
      sessionsHtml
      takeawaysHtml
      toTryHtml
      contactsHtml
      practices {
        slug
        title
        department {
          name
        }
      }
      viewerCan {
        edit
        delete
      }
      viewerSaved
      viewerSavedNote
    }
  }
  ${DEBRIEF_SUMMARY}
`;

const DEBRIEF_EVENT = /* GraphQL */ `
  query DebriefEvent($id: ID!) {
    debrief(id: $id) {
      event {
        slug
      }
    }
  }
`;

const DELETE = /* GraphQL */ `
  mutation DeleteDebrief($id: ID!) {
    deleteDebrief(id: $id)
  }
`;

/** What `?done=` may say after a save: fixed texts, never the URL's words. */
const NOTICES = {
  created: 'Your debrief is posted. Your colleagues and the event’s followers are told.',
  saved: 'Your changes are saved.',
} as const;

export const load: PageServerLoad = async (event) => {
  if (!isDebriefId(event.params.id)) error(404, 'No debrief at this address');
  const { debrief } = await gql<{ debrief: (DebriefDetail & ViewerSaved) | null }>(event, DEBRIEF, { id: event.params.id }).catch(
    toPageError,
  );
  if (!debrief) {
    // Debriefs are for members: a link from a notification or an e-mail asks a visitor to sign in first.
    if (!event.locals.user) redirect(303, signInHref(event.url));
    error(404, 'No debrief at this address, or it is not shared with you');
  }
  const done = event.url.searchParams.get('done') ?? '';
  return { debrief, notice: done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null };
};

export const actions: Actions = {
  saveItem: (event) => saveItem(event),
  delete: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    if (!isDebriefId(event.params.id)) error(404, 'No debrief at this address');
    // Where to go once it is gone: its event's page.
    const { debrief } = await gql<{ debrief: { event: { slug: string } } | null }>(event, DEBRIEF_EVENT, { id: event.params.id }).catch(
      toPageError,
    );
    const err = await sendMutation(event, DELETE, { id: event.params.id });
    if (err) return failFromApi(err, {}, 'delete');
    redirect(303, debrief ? `/events/${debrief.event.slug}?done=debrief-deleted#debriefs` : '/events');
  },
};
