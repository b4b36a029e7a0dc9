import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { previewAction, refusePractice, refusePracticeFromApi, rowsAction } from '$lib/server/practice-actions';
import { practiceInput, readPracticeForm, withoutBlankRows, withSpareRows } from '$lib/server/practice-form-input';
import { TOPIC_CHOICES } from '$lib/server/practice-queries';
import { newPracticeValues, writerStanding } from '$lib/practice-form-values';
import type { TopicRef } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const CREATE = /* GraphQL */ `
  mutation CreatePractice($input: PracticeInput!) {
    createPractice(input: $input) {
      id
      slug
    }
  }
`;

const PUBLISH = /* GraphQL */ `
  mutation PublishNewPractice($id: ID!) {
    publishPractice(id: $id) {
      slug
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  const user = event.locals.user;
  const standing = writerStanding(user);
  if (standing !== 'writer') return { standing, topics: [] as TopicRef[], values: newPracticeValues(), canPublish: false };
  const { topics } = await gql<{ topics: TopicRef[] }>(event, TOPIC_CHOICES).catch((err) => toPageError(err, event.url));
  return {
    standing,
    topics,
    values: newPracticeValues(),
    // A chief publishes their department's write-ups; anyone else's draft goes to the chief.
    canPublish: Boolean(user?.viewerCan?.publish),
  };
};

export const actions: Actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const values = withoutBlankRows(readPracticeForm(data));
    if (writerStanding(event.locals.user) !== 'writer') {
      return refusePractice(
        403,
        withSpareRows(values),
        { form: 'Only verified members of a department can write up its practices.' },
        data,
      );
    }
    const { input, errors } = practiceInput(values);
    if (Object.keys(errors).length > 0) return refusePractice(400, withSpareRows(values), errors, data);

    let created: { id: string; slug: string };
    try {
      ({ createPractice: created } = await gql<{ createPractice: { id: string; slug: string } }>(event, CREATE, { input }));
    } catch (err) {
      return refusePracticeFromApi(err, withSpareRows(values), data);
    }

    if (data.get('intent') === 'publish') {
      let published: string | null = null;
      try {
        ({
          publishPractice: { slug: published },
        } = await gql<{ publishPractice: { slug: string } }>(event, PUBLISH, {
          id: created.id,
        }));
      } catch {
        // The draft is saved either way; its page says it is not published yet and offers Publish again.
      }
      redirect(303, published ? `/practices/${published}?done=published` : `/practices/${created.slug}?done=created-not-published`);
    }
    redirect(303, `/practices/${created.slug}?done=created`);
  },
  preview: previewAction,
  rows: rowsAction,
};
