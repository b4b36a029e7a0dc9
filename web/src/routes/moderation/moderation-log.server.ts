// The moderation log: who did what, newest first, a page at a time (`$logFirst`, `$logAfter`).
export const MODERATION_LOG = /* GraphQL */ `
  fragment ModerationLog on Query {
    moderationLog(first: $logFirst, after: $logAfter) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          action
          actor {
            displayName
            handle
          }
          subject {
            displayName
            handle
          }
          detail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
