// GraphQL fragments shared by several pages. Append the fragment text to a query that spreads it.
import { PRACTICE_CARD } from '$lib/fragments';

export { PRACTICE_CARD };

/** A page of practices, for the lists on topic and department pages. */
export const PRACTICE_PAGE = /* GraphQL */ `
  fragment PracticePage on PracticeConnection {
    totalCount
    edges {
      cursor
      node {
        ...PracticeCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  ${PRACTICE_CARD}
`;

/** How many practices a topic or department page lists at once. */
export const PRACTICES_PER_PAGE = 10;

/** A link to a write-up with its department's name: what lists of activity and case studies show. */
export const PRACTICE_LINK = /* GraphQL */ `
  fragment PracticeLink on Practice {
    slug
    title
    department {
      slug
      name
    }
  }
`;

/** The departments a member can choose from when signing up or asking to move. */
export const DEPARTMENT_CHOICES = /* GraphQL */ `
  fragment DepartmentChoices on Query {
    departments(first: 100) {
      edges {
        node {
          slug
          name
          state
        }
      }
    }
  }
`;

/** A department as the lists of departments show it (home, the departments page). */
export const DEPARTMENT_CARD = /* GraphQL */ `
  fragment DepartmentCard on Department {
    slug
    name
    state
    city
    agencyType
    swornOfficers
    verified
    practiceCount
  }
`;
