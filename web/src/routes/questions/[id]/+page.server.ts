import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiError, gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, sendMutation, text } from '$lib/server/form-actions';
import { follow } from '$lib/server/follows';
import { saveItem } from '$lib/server/saved';
import type { ViewerSaved } from '$lib/saved';
import { isQuestionId } from '$lib/questions';
import type { AgencyType } from '$lib/types';
import { markThreadRead } from '$lib/server/thread-reads';
import { pageHref, signInHref } from '$lib/url';
import type { ModerationEvent } from '$lib/components/ModerationPanel.svelte';
import { questionModerationActions } from './moderation-actions.server';
import { ANSWER_FIELDS, ANSWER_MAX, type AnswerView } from './question-page';
import type { Actions, PageServerLoad } from './$types';

const QUESTION = /* GraphQL */ `
  query QuestionPage($id: ID!) {
    question(id: $id) {
      id
      title
      detailsHtml
      visibility
      createdAt
      updatedAt
      version
      forAgencyType
      forSizeBand
      forStates
      answerCount
      newAnswerCount
      firstUnreadAnswerId
      viewerLastReadAt
      acceptedNote
      acceptedAt
      locked
      hidden
      hiddenReason
      moderationHistory {
        ...ModerationEvent
      }
      viewerFollows
      viewerSaved
      viewerSavedNote
      author {
        handle
        displayName
        title
      }
      department {
        slug
        name
        state
      }
      topics {
        slug
        name
      }
      answers {
        ...AnswerFields
      }
      viewerCan {
        edit
        answer
        accept
        flag
        lock
        moderate
      }
    }
  }
  ${ANSWER_FIELDS}
`;

const ANSWER = /* GraphQL */ `
  mutation Answer($questionId: ID!, $body: String!) {
    answer(questionId: $questionId, body: $body) {
      id
    }
  }
`;

const EDIT_ANSWER = /* GraphQL */ `
  mutation EditAnswer($id: ID!, $body: String!) {
    editAnswer(id: $id, body: $body) {
      id
    }
  }
`;

const REPLY = /* GraphQL */ `
  mutation ReplyToAnswer($answerId: ID!, $body: String!) {
    replyToAnswer(answerId: $answerId, body: $body) {
      id
    }
  }
`;

const HELPFUL = /* GraphQL */ `
  mutation MarkAnswerHelpful($id: ID!, $helpful: Boolean!) {
    markAnswerHelpful(id: $id, helpful: $helpful) {
      id
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation AcceptAnswer($id: ID!, $note: String) {
    acceptAnswer(id: $id, note: $note) {
      id
    }
  }
`;

const DRAFT_FROM_ANSWER = /* GraphQL */ `
  mutation DraftFromAnswer($answerId: ID!) {
    draftFromAnswer(answerId: $answerId) {
      slug
    }
  }
`;

export interface QuestionView {
  id: string;
  title: string;
  detailsHtml: string;
  visibility: 'MEMBERS' | 'PUBLIC';
  createdAt: string;
  updatedAt: string;
  version: number;
  forAgencyType: AgencyType | null;
  forSizeBand: string | null;
  forStates: string[];
  answerCount: number;
  /** Answers new to the signed-in member since their last visit (null for visitors); this visit is recorded after reading them. */
  newAnswerCount: number | null;
  firstUnreadAnswerId: string | null;
  viewerLastReadAt: string | null;
  acceptedNote: string | null;
  acceptedAt: string | null;
  locked: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  moderationHistory: ModerationEvent[] | null;
  viewerFollows: boolean;
  author: { handle: string; displayName: string; title: string } | null;
  department: { slug: string; name: string; state: string } | null;
  topics: { slug: string; name: string }[];
  answers: AnswerView[];
  viewerCan: { edit: boolean; answer: boolean; accept: boolean; flag: boolean; lock: boolean; moderate: boolean };
}

/** What `?done=` may say after an action: fixed texts, never the URL's words. */
const NOTICES = {
  asked: 'Your question is posted. Members who follow its topics, and the departments you aimed it at, are told.',
  saved: 'Your changes are saved.',
  answered: 'Your answer is posted.',
  accepted: 'The answer is accepted and shows first.',
} as const;

export const load: PageServerLoad = async (event) => {
  if (!isQuestionId(event.params.id)) error(404, 'No question at this address');
  const { question } = await gql<{ question: (QuestionView & ViewerSaved) | null }>(event, QUESTION, { id: event.params.id }).catch(
    toPageError,
  );
  if (!question) {
    // Most questions are for members: a link from a notification asks a visitor to sign in first.
    if (!event.locals.user) redirect(303, signInHref(event.url));
    error(404, 'No question at this address, or it is not shared with you');
  }
  await markThreadRead(event, 'QUESTION', { ...question, newCount: question.newAnswerCount });
  const done = event.url.searchParams.get('done') ?? '';
  // The report page sends the member back with ?flagged=1.
  const flagged = event.url.searchParams.get('flagged') === '1' ? 'Thank you: the moderators will look at your report.' : null;
  return { question, notice: done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : flagged };
};

/** An answer or reply as typed, untrimmed so a refusal gives it back unchanged. */
function typedBody(data: FormData): string {
  const value = data.get('body');
  return typeof value === 'string' ? value.slice(0, ANSWER_MAX * 5) : '';
}

/** Back to the question, at what was touched. */
function back(event: RequestEvent, hash: string, done?: keyof typeof NOTICES): never {
  const href = pageHref(event.url, ['done']);
  const url = new URL(href, event.url);
  if (done) url.searchParams.set('done', done);
  redirect(303, `${url.pathname}${url.search}#${hash}`);
}

export const actions: Actions = {
  follow,
  ...questionModerationActions,
  saveItem: (event) => saveItem(event),
  answer: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const body = typedBody(await event.request.formData());
    if (!body.trim()) return invalid({ body: 'Write your answer first.' }, { body }, 'answer');
    const err = await sendMutation(event, ANSWER, { questionId: event.params.id, body });
    if (err) return failFromApi(err, { body }, 'answer');
    back(event, 'answers', 'answered');
  },
  editAnswer: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const id = text(data, 'answerId', 100);
    const body = typedBody(data);
    if (!body.trim()) return invalid({ body: 'An answer cannot be empty.' }, { body, answerId: id }, `edit-${id}`);
    const err = await sendMutation(event, EDIT_ANSWER, { id, body });
    if (err) return failFromApi(err, { body, answerId: id }, `edit-${id}`);
    back(event, `answer-${id}`);
  },
  reply: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const id = text(data, 'answerId', 100);
    const body = typedBody(data);
    if (!body.trim()) return invalid({ body: 'Write your reply first.' }, { body, answerId: id }, `reply-${id}`);
    const err = await sendMutation(event, REPLY, { answerId: id, body });
    if (err) return failFromApi(err, { body, answerId: id }, `reply-${id}`);
    back(event, `answer-${id}`);
  },
  helpful: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const id = text(data, 'answerId', 100);
    const err = await sendMutation(event, HELPFUL, { id, helpful: data.get('helpful') !== 'false' });
    if (err) return failFromApi(err, { answerId: id }, `helpful-${id}`);
    back(event, `answer-${id}`);
  },
  draftWriteUp: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const id = text(await event.request.formData(), 'answerId', 100);
    let slug: string;
    try {
      slug = (await gql<{ draftFromAnswer: { slug: string } }>(event, DRAFT_FROM_ANSWER, { answerId: id })).draftFromAnswer.slug;
    } catch (err) {
      if (err instanceof ApiError && err.has('UNAUTHENTICATED')) redirect(303, signInHref(event.url));
      return failFromApi(err, { answerId: id }, `draft-${id}`);
    }
    // The draft opens in the editor: the chief completes the structured fields before review.
    redirect(303, `/practices/${slug}/edit`);
  },
  accept: async (event) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const id = text(data, 'answerId', 100);
    const note = text(data, 'note', 2000);
    const err = await sendMutation(event, ACCEPT, { id, note: note || null });
    if (err) return failFromApi(err, { answerId: id, note }, `accept-${id}`);
    back(event, `answer-${id}`, 'accepted');
  },
};
