import { gql, toPageError } from '$lib/server/api';
import { timeZoneNames } from '$lib/server/time-zones';
import type { TopicRef } from '$lib/types';
import { emptyEventValues, requireEventKeeper, saveEvent } from '../event-form.server';
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
  save: (event) =>
    saveEvent(event, 'created', async (input) => {
      const { createEvent } = await gql<{ createEvent: { slug: string } }>(event, CREATE, { input });
      return createEvent.slug;
    }),
};
