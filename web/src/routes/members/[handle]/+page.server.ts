import { error, redirect } from '@sveltejs/kit';
import { gql, toPageError } from '$lib/server/api';
import { follow } from '$lib/server/follows';
import { PRACTICE_LINK } from '$lib/server/fragments';
import { failFromApi, text } from '$lib/server/form-actions';
import { QUESTION_SUMMARY, type QuestionSummary } from '$lib/questions';
import type { AdoptionStatus, PageInfo, Role, TopicRef, VerificationState } from '$lib/types';
import { cursorFrom } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

const WRITE_UPS_PER_PAGE = 10;

const MEMBER = /* GraphQL */ `
  query MemberProfile($handle: String!, $first: Int!, $after: String) {
    member(handle: $handle) {
      id
      handle
      displayName
      title
      role
      verification
      department {
        slug
        name
        state
        city
      }
      bioHtml
      statedExpertise {
        slug
        name
      }
      expertise {
        slug
        name
      }
      publishedPractices(first: $first, after: $after) {
        totalCount
        edges {
          node {
            slug
            title
            summary
            publishedAt
            department {
              slug
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      reportedAdoptions {
        id
        status
        startedOn
        updatedAt
        department {
          slug
          name
        }
        practice {
          ...PracticeLink
        }
      }
      events {
        slug
        name
        startsOn
        endsOn
        past
      }
      debriefs(first: 10) {
        totalCount
        edges {
          node {
            id
            title
            audience
            createdAt
            event {
              slug
              name
            }
          }
        }
      }
      questions(first: 5) {
        ...QuestionSummary
      }
      answeredQuestions(first: 5) {
        ...QuestionSummary
      }
      followerCount
      viewerFollows
      blockedByViewer
      viewerCanMessage
      viewerCanSendPasswordReset
    }
  }
  ${PRACTICE_LINK}
  ${QUESTION_SUMMARY}
`;

const SEND_PASSWORD_RESET = /* GraphQL */ `
  mutation SendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId)
  }
`;

interface ProfileDebrief {
  id: string;
  title: string;
  audience: 'DEPARTMENT' | 'MEMBERS';
  createdAt: string;
  event: { slug: string; name: string };
}

interface ProfileWriteUp {
  slug: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  department: { slug: string; name: string };
}

interface ProfileAdoption {
  id: string;
  status: AdoptionStatus;
  startedOn: string | null;
  updatedAt: string;
  department: { slug: string; name: string };
  practice: { slug: string; title: string; department: { slug: string; name: string } };
}

interface ProfileEvent {
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  past: boolean;
}

interface Profile {
  id: string;
  handle: string;
  displayName: string;
  title: string;
  role: Role;
  verification: VerificationState;
  department: { slug: string; name: string; state: string; city: string } | null;
  expertise: TopicRef[];
  statedExpertise: TopicRef[];
  bioHtml: string;
  publishedPractices: { totalCount: number; edges: { node: ProfileWriteUp }[]; pageInfo: PageInfo };
  reportedAdoptions: ProfileAdoption[];
  events: ProfileEvent[];
  debriefs: { totalCount: number; edges: { node: ProfileDebrief }[] };
  questions: QuestionSummary[];
  answeredQuestions: QuestionSummary[];
  followerCount: number;
  viewerFollows: boolean;
  blockedByViewer: boolean;
  viewerCanMessage: boolean;
  viewerCanSendPasswordReset: boolean;
}

// The API refuses what cannot be a handle as bad input; to a reader it is an address with nothing there.
const HANDLE = /^@?[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export const load: PageServerLoad = async (event) => {
  if (!HANDLE.test(event.params.handle)) error(404, 'No member at this address');
  // Visitors go to sign in and come back; unverified members are told (403) that profiles are for verified members.
  const { member } = await gql<{ member: Profile | null }>(event, MEMBER, {
    handle: event.params.handle,
    first: WRITE_UPS_PER_PAGE,
    after: cursorFrom(event.url),
  }).catch((err) => toPageError(err, event.url));
  if (!member) error(404, 'No member at this address');
  // "/members/@Officer-Memphis-PD" finds the member too; the address to share is their own handle's.
  if (event.params.handle !== member.handle) redirect(301, `/members/${member.handle}${event.url.search}`);

  const { publishedPractices, events, debriefs, questions, answeredQuestions, ...profile } = member;
  const viewer = event.locals.user!;
  const self = viewer.id === member.id;
  const staff = Boolean(viewer.viewerCan?.moderate);
  return {
    profile,
    writeUps: {
      list: publishedPractices.edges.map((e) => e.node),
      totalCount: publishedPractices.totalCount,
      pageInfo: publishedPractices.pageInfo,
    },
    debriefs: { list: debriefs.edges.map((e) => e.node), totalCount: debriefs.totalCount },
    questions,
    answeredQuestions,
    upcoming: events.filter((e) => !e.past),
    past: events.filter((e) => e.past),
    self,
    canMessage: !self && member.viewerCanMessage,
    canBlock: !self,
    canSuspend: staff && !self,
    canSendPasswordReset: !self && member.viewerCanSendPasswordReset,
    resetSent: event.url.searchParams.get('notice') === 'reset-sent',
  };
};

export const actions: Actions = {
  follow,
  sendPasswordReset: async (event) => {
    const data = await event.request.formData();
    const userId = text(data, 'userId', 200);
    try {
      await gql(event, SEND_PASSWORD_RESET, { userId });
    } catch (err) {
      return failFromApi(err, { userId }, 'sendPasswordReset');
    }
    redirect(303, `/members/${event.params.handle}?notice=reset-sent`);
  },
};
