import type { DepartmentQuery } from '$lib/generated/graphql';
import { error } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { QUESTION_SUMMARY } from '$lib/questions';
import { follow } from '$lib/server/follows';
import { PRACTICE_LINK, PRACTICE_PAGE, PRACTICES_PER_PAGE } from '$lib/server/fragments';
import { cursorFrom, listOrderFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const DEPARTMENT = /* GraphQL */ `
  query Department($slug: String!, $orderBy: PracticeOrder!, $first: Int!, $after: String) {
    department(slug: $slug) {
      id
      slug
      name
      agencyType
      state
      city
      swornOfficers
      populationServed
      description
      descriptionHtml
      website
      verified
      viewerCanEdit
      practiceCount
      followerCount
      viewerFollows
      viewerCanManagePeople
      practices(orderBy: $orderBy, first: $first, after: $after) {
        ...PracticePage
      }
      adoptions {
        ...DepartmentAdoption
      }
      adoptedBy {
        ...DepartmentAdoption
      }
      questions(first: 5) {
        ...QuestionSummary
      }
    }
  }
  fragment DepartmentAdoption on Adoption {
    id
    status
    startedOn
    endedOn
    updatedAt
    department {
      slug
      name
      state
    }
    practice {
      ...PracticeLink
      department {
        state
      }
    }
  }
  ${PRACTICE_PAGE}
  ${PRACTICE_LINK}
  ${QUESTION_SUMMARY}
`;

export const load: PageServerLoad = async (event) => {
  const order = listOrderFrom(event.url);
  const { department } = await gql<DepartmentQuery>(event, DEPARTMENT, {
    slug: event.params.slug,
    orderBy: order,
    first: PRACTICES_PER_PAGE,
    after: cursorFrom(event.url),
  }).catch(toPageError);
  if (!department) error(404, 'No department at this address');

  const { practices, adoptions, adoptedBy, questions, ...rest } = department;
  return {
    department: rest,
    adoptions,
    adoptedBy,
    questions,
    order,
    practices: practices.edges.map((e) => e.node),
    totalCount: practices.totalCount,
    pageInfo: practices.pageInfo,
  };
};

export const actions: Actions = { follow };
