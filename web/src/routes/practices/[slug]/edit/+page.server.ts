import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { previewAction, refusePractice, refusePracticeFromApi, rowsAction } from '$lib/server/practice-actions';
import { practiceInput, readPracticeForm, withoutBlankRows, withSpareRows } from '$lib/server/practice-form-input';
import { PRACTICE_DETAIL } from '$lib/server/practice-queries';
import { practiceValuesFrom } from '$lib/practice-form-values';
import type { PracticePageData, TopicRef } from '$lib/types';
import { signInHref } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const EDIT = /* GraphQL */ `
  query EditPractice($slug: String!) {
    practice(slug: $slug) {
      ...PracticeDetail
      body
    }
    topics {
      slug
      name
    }
  }
  ${PRACTICE_DETAIL}
`;

const PRACTICE_ID = /* GraphQL */ `
  query PracticeToSave($slug: String!) {
    practice(slug: $slug) {
      id
    }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation UpdatePractice($id: ID!, $version: Int!, $input: PracticeInput!, $note: String) {
    updatePractice(id: $id, version: $version, input: $input, note: $note) {
      slug
    }
  }
`;

/** The API gives editors the Markdown source as `body`. */
type Editing = Omit<PracticePageData, 'revisions' | 'adoptions'> & { body: string | null };

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, signInHref(event.url));
  const { practice, topics } = await gql<{ practice: Editing | null; topics: TopicRef[] }>(event, EDIT, {
    slug: event.params.slug,
  }).catch((err) => toPageError(err, event.url));
  if (!practice) error(404, 'No write-up at this address');
  // An earlier address still finds it; send readers on to the current one (but after a refused
  // save, show the refusal here rather than lose what was typed).
  if (practice.slug !== event.params.slug && event.request.method !== 'POST') redirect(301, `/practices/${practice.slug}/edit`);
  if (!practice.viewerCan.edit) error(403, "Only the write-up's author and their department's chief can edit it.");

  const body = practice.body ?? '';
  return {
    practice: {
      id: practice.id,
      slug: practice.slug,
      title: practice.title,
      status: practice.status,
      version: practice.version,
      updatedAt: practice.updatedAt,
      department: practice.department,
    },
    topics,
    values: practiceValuesFrom({ ...practice, body }),
  };
};

export const actions: Actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const values = withoutBlankRows(readPracticeForm(data));
    // "Save my version over theirs" names the version that is saved now.
    const version = Number(data.get('overwrite') || data.get('version'));
    if (!Number.isInteger(version) || version < 1) {
      return refusePractice(400, withSpareRows(values), { form: 'This form is out of date. Reload the page and try again.' }, data);
    }
    const { input, errors } = practiceInput(values);
    if (Object.keys(errors).length > 0) return refusePractice(400, withSpareRows(values), errors, data);

    let slug: string;
    try {
      const { practice } = await gql<{ practice: { id: string } | null }>(event, PRACTICE_ID, { slug: event.params.slug });
      if (!practice) error(404, 'No write-up at this address');
      ({
        updatePractice: { slug },
      } = await gql<{ updatePractice: { slug: string } }>(event, UPDATE, {
        id: practice.id,
        version,
        input,
        note: values.note.trim() || null,
      }));
    } catch (err) {
      return refusePracticeFromApi(err, withSpareRows(values), data);
    }
    redirect(303, `/practices/${slug}?done=saved`);
  },
  preview: previewAction,
  rows: rowsAction,
};
