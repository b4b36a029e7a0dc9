import { redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { errorsFromApi } from '$lib/server/form-actions';
import { signInHref } from '$lib/url';
import { emptyQuestionValues, questionInput, readQuestionForm, refuseQuestion } from '../question-form.server';
import type { Actions, PageServerLoad } from './$types';

const TOPICS = /* GraphQL */ `
  query AskTopics {
    topics {
      slug
      name
    }
  }
`;

const ASK = /* GraphQL */ `
  mutation Ask($input: QuestionInput!) {
    ask(input: $input) {
      id
    }
  }
`;

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) redirect(303, signInHref(event.url));
  const { topics } = await gql<{ topics: { slug: string; name: string }[] }>(event, TOPICS).catch(toPageError);
  const values = emptyQuestionValues();
  // "Ask about this topic" from a topic's page starts with it chosen.
  const topic = event.url.searchParams.get('topic');
  if (topic && topics.some((t) => t.slug === topic)) values.topics = topic;
  return { topics, values };
};

export const actions: Actions = {
  save: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const values = readQuestionForm(await event.request.formData());
    const { input, errors } = questionInput(values);
    if (!input) return refuseQuestion(400, values, errors);
    let id: string;
    try {
      ({
        ask: { id },
      } = await gql<{ ask: { id: string } }>(event, ASK, { input }));
    } catch (err) {
      const refused = errorsFromApi(err);
      return refuseQuestion(refused.status, values, refused.errors);
    }
    redirect(303, `/questions/${id}?done=asked`);
  },
};
