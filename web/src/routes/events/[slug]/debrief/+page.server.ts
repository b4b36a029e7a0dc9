import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { formatCalendarDate } from '$lib/format';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi } from '$lib/server/form-actions';
import { debriefInput, emptyDebriefValues, readDebriefForm, refuseDebrief, requireSignedIn } from '../../../debriefs/debrief-form.server';
import type { Actions, PageServerLoad } from './$types';

const EVENT = /* GraphQL */ `
  query EventToDebrief($slug: String!) {
    event(slug: $slug) {
      id
      slug
      name
      startsOn
      viewerCan {
        debrief
      }
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation CreateDebrief($eventId: ID!, $input: DebriefInput!) {
    createDebrief(eventId: $eventId, input: $input) {
      id
    }
  }
`;

interface Debriefed {
  id: string;
  slug: string;
  name: string;
  startsOn: string;
  viewerCan: { debrief: boolean };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The event, once it is known the member may write about it; otherwise a page that says why not. */
async function debriefedEvent(event: RequestEvent): Promise<Debriefed> {
  requireSignedIn(event);
  const slug = event.params.slug ?? '';
  if (!SLUG.test(slug)) error(404, 'No event at this address');
  const { event: found } = await gql<{ event: Debriefed | null }>(event, EVENT, { slug }).catch((err) => toPageError(err, event.url));
  if (!found) error(404, 'No event at this address');
  if (!found.viewerCan.debrief) {
    const user = event.locals.user!;
    if (found.startsOn > new Date().toISOString().slice(0, 10)) {
      error(409, `${found.name} starts on ${formatCalendarDate(found.startsOn)}. Debriefs can be written from its first day.`);
    }
    if (user.verification !== 'VERIFIED') error(403, 'Verified members write debriefs. Ask your chief to verify your account.');
    if (!user.department) error(403, 'A debrief is shared from your department, and your account has none.');
    error(403, 'You cannot post a debrief at the moment; a moderator may have suspended your account from posting.');
  }
  return found;
}

export const load: PageServerLoad = async (event) => {
  const found = await debriefedEvent(event);
  const practice = event.url.searchParams.get('practice') ?? '';
  return { event: found, values: emptyDebriefValues(/^[a-z0-9-]{1,200}$/.test(practice) ? practice : '') };
};

export const actions: Actions = {
  save: async (event) => {
    const found = await debriefedEvent(event);
    const values = readDebriefForm(await event.request.formData());
    const { input, errors } = debriefInput(values);
    if (!input) return refuseDebrief(400, values, errors);
    let id: string;
    try {
      ({
        createDebrief: { id },
      } = await gql<{ createDebrief: { id: string } }>(event, CREATE, { eventId: found.id, input }));
    } catch (err) {
      const refused = errorsFromApi(err);
      return refuseDebrief(refused.status, values, refused.errors);
    }
    redirect(303, `/debriefs/${id}?done=created`);
  },
};
