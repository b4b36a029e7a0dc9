// What the question's page asks of the API in one document, and the live answers' subscription,
// whose answers come in the same shape as the page's.

export const ANSWER_FIELDS = /* GraphQL */ `
  fragment AnswerFields on Answer {
    id
    body
    bodyHtml
    createdAt
    edited
    accepted
    unread
    helpfulCount
    viewerFoundHelpful
    author {
      id
      handle
      displayName
      title
    }
    department {
      slug
      name
    }
    replies {
      id
      bodyHtml
      createdAt
      author {
        id
        handle
        displayName
      }
    }
    viewerCan {
      edit
      markHelpful
      reply
    }
  }
`;

export const ANSWER_ADDED = /* GraphQL */ `
  subscription AnswerAdded($questionId: ID!) {
    answerAdded(questionId: $questionId) {
      ...AnswerFields
    }
  }
  ${ANSWER_FIELDS}
`;

export interface AnswerView {
  id: string;
  body: string | null;
  bodyHtml: string;
  createdAt: string;
  edited: boolean;
  accepted: boolean;
  /** New to the signed-in member since their last visit. */
  unread: boolean;
  helpfulCount: number;
  viewerFoundHelpful: boolean;
  author: { id: string; handle: string; displayName: string; title: string } | null;
  department: { slug: string; name: string } | null;
  replies: { id: string; bodyHtml: string; createdAt: string; author: { id: string; handle: string; displayName: string } | null }[];
  viewerCan: { edit: boolean; markHelpful: boolean; reply: boolean };
}

/** The longest answer or reply the form sends on; the API names anything too long itself. */
export const ANSWER_MAX = 20_000;
