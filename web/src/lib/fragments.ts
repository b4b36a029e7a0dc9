// GraphQL fragments that pages and their live subscriptions (in the browser too) both spread.

/** Everything PracticeCard shows. */
export const PRACTICE_CARD = /* GraphQL */ `
  fragment PracticeCard on Practice {
    slug
    title
    summary
    evidenceLevel
    rating
    ratingSource
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
    newCommentCount
    firstUnreadCommentId
  }
`;
