// What the write-up's page asks of the API in one document: the write-up with its discussion,
// adoptions, moderation record, featured note, revisions and the debriefs that mention it.
import type { ModerationEvent } from '$lib/components/ModerationPanel.svelte';
import { PRACTICE_DETAIL } from '$lib/server/practice-queries';
import type { PracticePageData } from '$lib/types';
import { DISCUSSION_FIELDS, type DiscussionFields } from './discussion';
import { DEBRIEF_SUMMARY, type DebriefSummary } from '../../debriefs/debrief';

// The ModerationEvent fragment comes with DISCUSSION_FIELDS, whose comments spread it too.
export const PRACTICE_PAGE = /* GraphQL */ `
  query Practice($slug: String!, $commentsFirst: Int!, $commentsAfter: String) {
    practice(slug: $slug) {
      ...PracticeDetail
      ...Discussion
      hidden
      hiddenReason
      moderationHistory {
        ...ModerationEvent
      }
      featured {
        noteHtml
        current
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
        }
      }
    }
  }
  ${PRACTICE_DETAIL}
  ${DISCUSSION_FIELDS}
  ${DEBRIEF_SUMMARY}
`;

/** The debriefs the viewer may read that mention it. */
export interface Mentions {
  debriefs: (DebriefSummary & { event: { name: string } })[];
}

/** How moderators' decisions show on the page: hidden (to its author and moderators) and featured. */
export interface ModerationFields {
  hidden: boolean;
  hiddenReason: string | null;
  /** Moderators only (null for others): the API says so, and the page shows their controls. */
  moderationHistory: ModerationEvent[] | null;
  featured: { noteHtml: string; current: boolean } | null;
}

/** The write-up as the page's document answers it. */
export type PracticePage = PracticePageData & DiscussionFields & ModerationFields & Mentions;
