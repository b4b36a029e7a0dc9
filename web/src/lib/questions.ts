// What the question pages and the lists of questions on other pages ask the API for (api/src/modules/questions/questions.graphql), and how they word it.
import type { AgencyType } from '$lib/types';
import { SIZE_BAND_LABELS, type SizeBand } from '@muster/db/labels';
import { agencyTypeLabel, stateName } from '$lib/format';

export type QuestionOrder = 'NEWEST' | 'UNANSWERED' | 'MOST_HELPFUL';

export const QUESTION_ORDERS: readonly { value: QuestionOrder; label: string }[] = [
  { value: 'NEWEST', label: 'Newest' },
  { value: 'UNANSWERED', label: 'Unanswered' },
  { value: 'MOST_HELPFUL', label: 'Most helpful' },
];

export function isQuestionOrder(value: string): value is QuestionOrder {
  return QUESTION_ORDERS.some((o) => o.value === value);
}

/** Question ids are the API's; anything else is a 404 before asking. */
export function isQuestionId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** A question as lists show it: the questions page, a topic's, a department's, a profile. */
export interface QuestionSummary {
  id: string;
  title: string;
  createdAt: string;
  answerCount: number;
  acceptedAt: string | null;
  visibility: 'MEMBERS' | 'PUBLIC';
  department: { slug: string; name: string; state: string } | null;
  topics: { slug: string; name: string }[];
  /** For a signed-in member: answers by others since they last opened it (null for visitors). */
  newAnswerCount: number | null;
  firstUnreadAnswerId: string | null;
}

/** Where a list sends a member: to the first answer new to them, when there is one. */
export function questionHref(question: Pick<QuestionSummary, 'id' | 'firstUnreadAnswerId'>): string {
  return `/questions/${question.id}${question.firstUnreadAnswerId ? `#answer-${question.firstUnreadAnswerId}` : ''}`;
}

export const QUESTION_SUMMARY = /* GraphQL */ `
  fragment QuestionSummary on Question {
    id
    title
    createdAt
    answerCount
    acceptedAt
    visibility
    department {
      slug
      name
      state
    }
    topics {
      slug
      name
    }
    newAnswerCount
    firstUnreadAnswerId
  }
`;

/** "Departments like mine (municipal, 50–99 officers) · in Ohio, Texas", or null when it is for anyone. */
export function audienceOf(question: { forAgencyType: AgencyType | null; forSizeBand: string | null; forStates: string[] }): string | null {
  const parts: string[] = [];
  if (question.forAgencyType) {
    const size = question.forSizeBand ? `, ${sizeBandLabel(question.forSizeBand)}` : '';
    parts.push(`departments like the asker’s (${agencyTypeLabel(question.forAgencyType).toLowerCase()}${size})`);
  }
  if (question.forStates.length > 0) parts.push(`departments in ${question.forStates.map(stateName).join(', ')}`);
  return parts.length > 0 ? parts.join(' and ') : null;
}

function sizeBandLabel(band: string): string {
  return band in SIZE_BAND_LABELS ? SIZE_BAND_LABELS[band as SizeBand].toLowerCase() : band;
}
