import type { HomeQuery } from '$lib/generated/graphql';
import type { RequestEvent } from '@sveltejs/kit';
import { shown, type FeedActivity } from '$lib/components/ActivityItem.svelte';
import { ApiError, gql, toPageError } from '$lib/server/api';
import { DEPARTMENT_CARD, PRACTICE_CARD, PRACTICE_LINK } from '$lib/server/fragments';
import type { Connection } from '$lib/types';
import { QUESTION_SUMMARY } from '$lib/questions';
import { cursorFrom } from '$lib/url';
import type { PageServerLoad } from './$types';

const LATEST = 6;
const DEPARTMENTS_SHOWN = 12;
const FEED_PAGE = 20;
const QUESTIONS_SHOWN = 5;

const HOME = /* GraphQL */ `
  query Home($latest: Int!, $departments: Int!, $questions: Int!) {
    featured {
      id
      noteHtml
      practice {
        ...PracticeLink
      }
    }
    practices(orderBy: NEWEST, first: $latest) {
      totalCount
      edges {
        node {
          ...PracticeCard
        }
      }
    }
    questions(orderBy: NEWEST, first: $questions) {
      edges {
        node {
          ...QuestionSummary
        }
      }
    }
    topics {
      slug
      name
      description
      practiceCount
    }
    departments(first: $departments) {
      totalCount
      edges {
        node {
          ...DepartmentCard
        }
      }
    }
  }
  ${PRACTICE_CARD}
  ${PRACTICE_LINK}
  ${DEPARTMENT_CARD}
  ${QUESTION_SUMMARY}
`;

const FEED = /* GraphQL */ `
  query Feed($first: Int!, $after: String) {
    feed(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          actor {
            displayName
          }
          practice {
            ...PracticeLink
          }
          comment {
            id
            bodyHtml
          }
          adoption {
            department {
              slug
              name
            }
          }
          debrief {
            id
            title
            event {
              slug
              name
            }
          }
          question {
            id
            title
          }
          answer {
            id
          }
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PRACTICE_LINK}
`;

/**
 * A signed-in member's feed, or null when it cannot be had just now: the rest of the home page
 * is worth showing without it.
 */
async function feedOf(event: RequestEvent) {
  const after = cursorFrom(event.url);
  try {
    const { feed } = await gql<{ feed: Connection<FeedActivity> }>(event, FEED, { first: FEED_PAGE, after });
    // The feed speaks of write-ups and debriefs the member can open; one closed to them since has nothing to show.
    const activities = feed.edges.map((e) => e.node).filter(shown);
    return { activities, pageInfo: feed.pageInfo, after };
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
}

export const load: PageServerLoad = async (event) => {
  const [data, feed] = await Promise.all([
    gql<HomeQuery>(event, HOME, { latest: LATEST, departments: DEPARTMENTS_SHOWN, questions: QUESTIONS_SHOWN }).catch(toPageError),
    event.locals.user ? feedOf(event) : Promise.resolve(undefined),
  ]);
  return {
    // undefined for visitors (no feed section), null when a member's could not be loaded.
    feed,
    featured: data.featured,
    latest: data.practices.edges.map((e) => e.node),
    practiceCount: data.practices.totalCount,
    questions: data.questions.edges.map((e) => e.node),
    topics: data.topics,
    departments: data.departments.edges.map((e) => e.node),
    departmentCount: data.departments.totalCount,
  };
};
