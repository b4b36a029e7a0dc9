import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi } from '$lib/server/forms';
import { timeZoneNames } from '$lib/server/time-zones';
import type { TopicRef } from '$lib/types';
import { emptyEventValues, eventInput, readEventForm, refuseEvent, requireEventKeeper } from '../event-form.server';
import type { Actions, PageServerLoad } from './$types';

const TOPICS = /* GraphQL */ `
  query EventTopicChoices {
    topics {
      slug
      name
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      slug
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  requireEventKeeper(event);
  const { topics } = await gql<{ topics: TopicRef[] }>(event, TOPICS).catch((err) => toPageError(err, event.url));
  return { topics, values: emptyEventValues(), timeZones: timeZoneNames() };
};

export const actions: Actions = {
  save: async (event) => {
    requireEventKeeper(event);
    const values = readEventForm(await event.request.formData());
    const { input, errors } = eventInput(values);
    if (!input) return refuseEvent(400, values, errors);
    let slug: string;
    try {
      ({
        createEvent: { slug },
      } = await gql<{ createEvent: { slug: string } }>(event, CREATE, { input }));
    } catch (err) {
      const refused = errorsFromApi(err);
      return refuseEvent(refused.status, values, refused.errors);
    }
    redirect(303, `/events/${slug}?done=created`);
  },
};
