import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi } from '$lib/server/form-actions';
import { isQuestionId } from '$lib/questions';
import { signInHref } from '$lib/url';
import { questionInput, readQuestionForm, refuseQuestion, type QuestionValues } from '../../question-form.server';
import type { Actions, PageServerLoad } from './$types';

const EDIT = /* GraphQL */ `
  query EditQuestion($id: ID!) {
    question(id: $id) {
      id
      title
      details
      visibility
      version
      forAgencyType
      forStates
      topics {
        slug
      }
      viewerCan {
        edit
      }
    }
    topics {
      slug
      name
    }
  }
`;

const SAVE = /* GraphQL */ `
  mutation SaveQuestion($id: ID!, $version: Int!, $input: QuestionInput!) {
    editQuestion(id: $id, version: $version, input: $input) {
      id
    }
  }
`;

interface Editing {
  id: string;
  title: string;
  details: string | null;
  visibility: string;
  version: number;
  forAgencyType: string | null;
  forStates: string[];
  topics: { slug: string }[];
  viewerCan: { edit: boolean };
}

/** The question as its asker may edit it; anyone else is told why not. */
async function editable(event: RequestEvent) {
  if (!event.locals.user) redirect(303, signInHref(event.url));
  const id = event.params.id ?? '';
  if (!isQuestionId(id)) error(404, 'No question at this address');
  const answer = await gql<{ question: Editing | null; topics: { slug: string; name: string }[] }>(event, EDIT, { id }).catch((err) =>
    toPageError(err, event.url),
  );
  if (!answer.question) error(404, 'No question at this address, or it is not shared with you');
  if (!answer.question.viewerCan.edit) error(403, 'Only its asker can edit a question.');
  return { question: answer.question, topics: answer.topics };
}

export const load: PageServerLoad = async (event) => {
  const { question, topics } = await editable(event);
  const values: QuestionValues = {
    title: question.title,
    details: question.details ?? '',
    topics: question.topics.map((t) => t.slug).join(','),
    visibility: question.visibility,
    likeMine: question.forAgencyType ? 'on' : '',
    states: question.forStates.join(','),
    version: String(question.version),
  };
  return { question: { id: question.id, title: question.title }, topics, values };
};

export const actions: Actions = {
  save: async (event) => {
    const { question } = await editable(event);
    const values = readQuestionForm(await event.request.formData());
    const { input, errors } = questionInput(values);
    if (!input) return refuseQuestion(400, values, errors);
    const version = Number.parseInt(values.version, 10);
    try {
      await gql(event, SAVE, { id: question.id, version: Number.isSafeInteger(version) ? version : question.version, input });
    } catch (err) {
      const refused = errorsFromApi(err);
      // Someone saved it since this form was read: say so, and keep what was typed.
      if (refused.status === 409)
        refused.errors.form ??= 'The question was changed since you opened this form. Reload it to see the changes.';
      return refuseQuestion(refused.status, values, refused.errors);
    }
    redirect(303, `/questions/${question.id}?done=saved`);
  },
};
