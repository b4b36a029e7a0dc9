// What the question's page asks of the API in one document, and the live answers' subscription,
// whose answers come in the same shape as the page's.
import { MODERATION_EVENT, type ModerationEvent } from '$lib/components/ModerationPanel.svelte';
import { PRACTICE_CARD } from '$lib/fragments';
import type { PracticeCardData, PracticeStatus } from '$lib/types';

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
    practices {
      ...PracticeCard
    }
    writeUps {
      slug
      title
      status
    }
    viewerCan {
      edit
      markHelpful
      reply
      draftWriteUp
      flag
      moderate
    }
    hidden
    hiddenReason
    moderationHistory {
      ...ModerationEvent
    }
  }
  ${MODERATION_EVENT}
  ${PRACTICE_CARD}
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
  /** Write-ups the answer points to by their address: shown as cards under it. */
  practices: PracticeCardData[];
  /** Write-ups drafted from the answer that the viewer may open. */
  writeUps: { slug: string; title: string; status: PracticeStatus }[];
  viewerCan: { edit: boolean; markHelpful: boolean; reply: boolean; draftWriteUp: boolean; flag: boolean; moderate: boolean };
  /** Hidden answers reach only their author (who sees why) and moderators. */
  hidden: boolean;
  hiddenReason: string | null;
  /** Moderators only. */
  moderationHistory: ModerationEvent[] | null;
}

/** The longest answer or reply the form sends on; the API names anything too long itself. */
export const ANSWER_MAX = 20_000;
