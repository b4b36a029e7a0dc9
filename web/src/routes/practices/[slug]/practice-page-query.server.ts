// What the write-up's page asks of the API in one document: the write-up with its discussion,
// adoptions, moderation record, featured note, revisions and the debriefs that mention it.
import type { PracticeQuery } from '$lib/generated/graphql';
import { PRACTICE_DETAIL } from '$lib/server/practice-queries';
import { DISCUSSION_FIELDS } from './discussion';
import { DEBRIEF_SUMMARY } from '../../debriefs/debrief';

// The ModerationEvent fragment comes with DISCUSSION_FIELDS, whose comments spread it too.
export const PRACTICE_PAGE = /* GraphQL */ `
  query Practice($slug: String!, $commentsFirst: Int!, $commentsAfter: String) {
    practice(slug: $slug) {
      ...PracticeDetail
      ...Discussion
      hidden
      hiddenReason
      viewerSaved
      viewerSavedNote
      moderationHistory {
        ...ModerationEvent
      }
      featured {
        noteHtml
        current
      }
      sourceQuestion {
        id
        title
      }
      revisions {
        id
      }
      debriefs {
        ...DebriefSummary
        event {
          name
        }
      }
      adoptions {
        id
        status
        startedOn
        endedOn
        note
        changes
        likeMine
        updatedAt
        department {
          slug
          name
          state
          agencyType
          swornOfficers
        }
        outcomes {
          id
          metric
          baseline
          result
          unit
          period
          source
          direction
        }
      }
    }
  }
  ${PRACTICE_DETAIL}
  ${DISCUSSION_FIELDS}
  ${DEBRIEF_SUMMARY}
`;

/** The write-up as the page's document answers it. */
export type PracticePage = NonNullable<PracticeQuery['practice']>;
