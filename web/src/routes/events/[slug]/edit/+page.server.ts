import { error } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { timeZoneNames } from '$lib/server/time-zones';
import type { TopicRef } from '$lib/types';
import { refuseEvent, requireEventKeeper, saveEvent, type EventInput, type EventValues } from '../../event-form.server';
import type { Actions, PageServerLoad } from './$types';

const EDIT = /* GraphQL */ `
  query EditEvent($slug: String!) {
    event(slug: $slug) {
      id
      slug
      name
      kind
      host
      startsOn
      endsOn
      startTime
      endTime
      timeZone
      online
      location
      url
      description
      topics {
        slug
      }
    }
    topics {
      slug
      name
    }
  }
`;

const EVENT_ID = /* GraphQL */ `
  query EventToSave($slug: String!) {
    event(slug: $slug) {
      id
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      slug
    }
  }
`;

type Editing = Omit<EventInput, 'topics'> & { id: string; slug: string; topics: { slug: string }[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const load: PageServerLoad = async (event) => {
  requireEventKeeper(event);
  if (!SLUG.test(event.params.slug)) error(404, 'No event at this address');
  const { event: found, topics } = await gql<{ event: Editing | null; topics: TopicRef[] }>(event, EDIT, {
    slug: event.params.slug,
  }).catch((err) => toPageError(err, event.url));
  if (!found) error(404, 'No event at this address');
  const values: EventValues = {
    name: found.name,
    kind: found.kind,
    host: found.host,
    startsOn: found.startsOn,
    endsOn: found.endsOn,
    startTime: found.startTime ?? '',
    endTime: found.endTime ?? '',
    timeZone: found.timeZone ?? '',
    online: found.online ? 'on' : '',
    location: found.location,
    url: found.url ?? '',
    description: found.description,
    topics: found.topics.map((t) => t.slug).join(','),
  };
  return { event: { slug: found.slug, name: found.name }, topics, values, timeZones: timeZoneNames() };
};

export const actions: Actions = {
  save: (event) =>
    saveEvent(event, 'saved', async (input, values) => {
      const { event: found } = await gql<{ event: { id: string } | null }>(event, EVENT_ID, { slug: event.params.slug });
      if (!found) return refuseEvent(404, values, { form: 'This event is no longer listed, so it cannot be saved.' });
      // A new name or year gives the event a new address.
      const { updateEvent } = await gql<{ updateEvent: { slug: string } }>(event, UPDATE, { id: found.id, input });
      return updateEvent.slug;
    }),
};
