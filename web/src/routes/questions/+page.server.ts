import { gql, toPageError } from '$lib/server/api';
import { listQuery, queryParam } from '$lib/server/list-query';
import { isAgencyType, STATE_OPTIONS } from '$lib/format';
import { isQuestionOrder, QUESTION_SUMMARY, type QuestionOrder, type QuestionSummary } from '$lib/questions';
import type { PageInfo } from '$lib/types';
import type { PageServerLoad } from './$types';

const QUESTIONS_PER_PAGE = 20;

const QUESTIONS = /* GraphQL */ `
  query Questions($filter: QuestionFilter, $orderBy: QuestionOrder!, $first: Int!, $after: String) {
    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...QuestionSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    topics {
      slug
      name
    }
  }
  ${QUESTION_SUMMARY}
`;

interface QuestionsAnswer {
  questions: { totalCount: number; edges: { node: QuestionSummary }[]; pageInfo: PageInfo };
  topics: { slug: string; name: string }[];
}

export const load: PageServerLoad = async (event) => {
  const url = event.url;
  const order = queryParam(url, 'order', 20);
  const orderBy: QuestionOrder = isQuestionOrder(order) ? order : 'NEWEST';
  const topic = queryParam(url, 'topic', 100);
  const state = queryParam(url, 'state', 2).toUpperCase();
  const agencyType = queryParam(url, 'agencyType', 20);
  // From a department's page: its questions.
  const department = queryParam(url, 'department', 100);
  const validState = STATE_OPTIONS.some((s) => s.value === state) ? state : '';
  const validType = isAgencyType(agencyType) ? agencyType : '';
  const { filtered, variables } = listQuery(
    url,
    { topics: topic ? [topic] : [], states: validState ? [validState] : [], agencyTypes: validType ? [validType] : [], department },
    QUESTIONS_PER_PAGE,
  );
  const { questions, topics } = await gql<QuestionsAnswer>(event, QUESTIONS, { ...variables, orderBy }).catch(toPageError);
  return {
    questions: questions.edges.map((e) => e.node),
    totalCount: questions.totalCount,
    pageInfo: questions.pageInfo,
    topics,
    filters: { topic, state: validState, agencyType: validType, department },
    filtered,
    orderBy,
    // Whether to offer the form: the API decides who may ask, and says so again when the form is sent.
    canAsk: Boolean(event.locals.user?.viewerCan),
  };
};
