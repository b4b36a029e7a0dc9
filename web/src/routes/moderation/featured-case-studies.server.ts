// Featured case studies: moderators choose write-ups, with an editorial note, an order and dates.
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { failFromApi, text, type FormErrors } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { DAY, backTo, failAbout, practiceNamed, refuseForm } from './dashboard.server';
import type { FeaturedRow } from './moderation';

/** Every case study, current or not, in the dashboard's document. */
export const FEATURED = /* GraphQL */ `
  fragment Featured on Query {
    featured(includeInactive: true) {
      ...FeaturedRow
    }
  }

  fragment FeaturedRow on FeaturedCaseStudy {
    id
    note
    noteHtml
    position
    startsOn
    endsOn
    current
    practice {
      slug
      title
      department {
        name
      }
    }
  }
`;

/** A case study as the API answers it; the dashboard turns `current` and its dates into a schedule. */
export type FeaturedAnswer = Omit<FeaturedRow, 'schedule'> & { current: boolean };

const FEATURED_ORDER = /* GraphQL */ `
  query FeaturedOrder {
    featured(includeInactive: true) {
      id
      position
    }
  }
`;

const FEATURE_PRACTICE = /* GraphQL */ `
  mutation FeaturePractice($practiceId: ID!, $note: String!, $position: Int, $startsOn: Date, $endsOn: Date) {
    featurePractice(practiceId: $practiceId, note: $note, position: $position, startsOn: $startsOn, endsOn: $endsOn) {
      id
    }
  }
`;

const UPDATE_FEATURED = /* GraphQL */ `
  mutation UpdateFeatured($id: ID!, $input: FeatureInput!) {
    updateFeatured(id: $id, input: $input) {
      id
    }
  }
`;

const REORDER_FEATURED = /* GraphQL */ `
  mutation ReorderFeatured($ids: [ID!]!) {
    reorderFeatured(ids: $ids) {
      id
    }
  }
`;

const UNFEATURE = /* GraphQL */ `
  mutation Unfeature($id: ID!) {
    unfeature(id: $id)
  }
`;

/** The fields of a case study as typed: checked here for shape, by the API for sense. */
function featureFields(data: FormData) {
  const values = {
    note: text(data, 'note', 2001),
    position: text(data, 'position', 10),
    startsOn: text(data, 'startsOn', 10),
    endsOn: text(data, 'endsOn', 10),
  };
  const errors: FormErrors = {};
  if (!values.note) errors.note = 'Write a note: why it matters and what to look at.';
  const position = values.position === '' ? null : Number(values.position);
  if (position !== null && (!Number.isInteger(position) || position < 1)) {
    errors.position = 'Position is a whole number, 1 for the first; leave it empty to put it last.';
  }
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (values[field] && !DAY.test(values[field])) errors[field] = 'Enter a date, or leave it empty.';
  }
  return {
    values,
    errors,
    input: { note: values.note, position, startsOn: values.startsOn || null, endsOn: values.endsOn || null },
  };
}

export const featuredActions = {
  feature: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const { values: fields, errors, input } = featureFields(data);
    const values = { practice: text(data, 'practice', 2000), ...fields };
    let named: Awaited<ReturnType<typeof practiceNamed>>;
    try {
      named = await practiceNamed(event, values.practice);
    } catch (err) {
      return failAbout('feature', err, values);
    }
    if ('error' in named) errors.practice = named.error;
    if (Object.keys(errors).length > 0 || 'error' in named) return refuseForm('feature', errors, values);
    try {
      await gql(event, FEATURE_PRACTICE, { practiceId: named.id, ...input });
    } catch (err) {
      return failAbout('feature', err, values);
    }
    backTo(event, 'featured');
  },

  updateFeatured: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const { values: fields, errors, input } = featureFields(data);
    const values = { id: text(data, 'id', 100), ...fields };
    if (Object.keys(errors).length > 0) return refuseForm('updateFeatured', errors, values);
    try {
      await gql(event, UPDATE_FEATURED, { id: values.id, input });
    } catch (err) {
      return failFromApi(err, values, 'updateFeatured');
    }
    backTo(event, 'updated');
  },

  move: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { id: text(data, 'id', 100), direction: text(data, 'direction', 10) };
    try {
      // The order is read afresh, so a second moderator's change in the meantime is not undone.
      const { featured } = await gql<{ featured: { id: string; position: number }[] }>(event, FEATURED_ORDER);
      const ids = [...featured].sort((a, b) => a.position - b.position).map((f) => f.id);
      const from = ids.indexOf(values.id);
      const to = from + (values.direction === 'up' ? -1 : 1);
      if (from < 0 || to < 0 || to >= ids.length) {
        return refuseForm('move', { form: 'That case study cannot move further that way.' }, values);
      }
      [ids[from], ids[to]] = [ids[to], ids[from]];
      await gql(event, REORDER_FEATURED, { ids });
    } catch (err) {
      return failFromApi(err, values, 'move');
    }
    backTo(event, 'reordered');
  },

  unfeature: async (event: RequestEvent) => {
    requireViewer(event);
    const data = await event.request.formData();
    const values = { id: text(data, 'id', 100) };
    try {
      await gql(event, UNFEATURE, { id: values.id });
    } catch (err) {
      return failFromApi(err, values, 'unfeature');
    }
    backTo(event, 'unfeatured');
  },
};
