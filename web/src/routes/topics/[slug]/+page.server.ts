import type { TopicQuery } from '$lib/generated/graphql';
import { error } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { follow } from '$lib/server/follows';
import { PRACTICE_PAGE, PRACTICES_PER_PAGE } from '$lib/server/fragments';
import { QUESTION_SUMMARY } from '$lib/questions';
import { cursorFrom, listOrderFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const TOPIC = /* GraphQL */ `
  query Topic($slug: String!, $orderBy: PracticeOrder!, $first: Int!, $after: String) {
    topic(slug: $slug) {
      id
      slug
      name
      description
      practiceCount
      followerCount
      viewerFollows
      practices(orderBy: $orderBy, first: $first, after: $after) {
        ...PracticePage
      }
      questions(first: 5) {
        ...QuestionSummary
      }
    }
  }
  ${PRACTICE_PAGE}
  ${QUESTION_SUMMARY}
`;

export const load: PageServerLoad = async (event) => {
  const order = listOrderFrom(event.url);
  const { topic } = await gql<TopicQuery>(event, TOPIC, {
    slug: event.params.slug,
    orderBy: order,
    first: PRACTICES_PER_PAGE,
    after: cursorFrom(event.url),
  }).catch(toPageError);
  if (!topic) error(404, 'No topic at this address');

  const { practices, questions, ...rest } = topic;
  return {
    topic: rest,
    order,
    practices: practices.edges.map((e) => e.node),
    totalCount: practices.totalCount,
    pageInfo: practices.pageInfo,
    questions,
  };
};

export const actions: Actions = { follow };
