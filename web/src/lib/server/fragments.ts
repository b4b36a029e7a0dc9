// GraphQL fragments shared by several pages. Append the fragment text to a query that spreads it.

/** Everything PracticeCard shows. */
export const PRACTICE_CARD = /* GraphQL */ `
  fragment PracticeCard on Practice {
    slug
    title
    summary
    evidenceLevel
    lifecycle
    publishedAt
    department {
      slug
      name
      state
    }
    topics {
      slug
      name
    }
    outcomes {
      id
    }
  }
`;

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
