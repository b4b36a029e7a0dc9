import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { isFlagReason } from '$lib/components/FlagReasonBadges.svelte';
import { gql, toPageError } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { requireViewer } from '$lib/server/session';
import { safeRedirectPath } from '$lib/url';
import type { Actions, PageServerLoad } from './$types';

type FlagTarget = 'PRACTICE' | 'COMMENT' | 'QUESTION' | 'ANSWER';
const TARGETS: readonly FlagTarget[] = ['PRACTICE', 'COMMENT', 'QUESTION', 'ANSWER'];

/** The longest note the API takes. */
const NOTE_MAX = 1000;

/** Threads asked for at once while looking for the comment being reported (the API's own page size). */
const THREADS_PER_PAGE = 50;
/** A discussion longer than this is not searched to the end: the form still works, without the preview. */
const MAX_THREAD_PAGES = 20;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FLAG_SUBJECT = /* GraphQL */ `
  query FlagSubject($slug: String!, $withComments: Boolean!, $first: Int!, $after: String) {
    practice(slug: $slug) {
      id
      slug
      title
      summary
      hidden
      author {
        id
      }
      department {
        name
      }
      comments(first: $first, after: $after) @include(if: $withComments) {
        edges {
          node {
            ...FlaggedComment
            replies {
              ...FlaggedComment
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }

  fragment FlaggedComment on Comment {
    id
    bodyHtml
    deleted
    hidden
    createdAt
    author {
      id
      displayName
    }
  }
`;

const FLAG_QUESTION_SUBJECT = /* GraphQL */ `
  query FlagQuestionSubject($id: ID!) {
    question(id: $id) {
      id
      title
      hidden
      author {
        id
      }
      department {
        name
      }
      answers {
        id
        bodyHtml
        hidden
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`;

interface SubjectQuestion {
  id: string;
  title: string;
  hidden: boolean;
  author: { id: string } | null;
  department: { name: string } | null;
}

interface FlaggedAnswer {
  id: string;
  bodyHtml: string;
  hidden: boolean;
  createdAt: string;
  author: { id: string; displayName: string } | null;
}

const FLAG = /* GraphQL */ `
  mutation Flag($target: FlagTarget!, $id: ID!, $reason: FlagReason!, $note: String) {
    flag(target: $target, id: $id, reason: $reason, note: $note) {
      id
    }
  }
`;

interface FlaggedComment {
  id: string;
  bodyHtml: string;
  deleted: boolean;
  hidden: boolean;
  createdAt: string;
  author: { id: string; displayName: string } | null;
}

interface SubjectPractice {
  id: string;
  slug: string;
  title: string;
  summary: string;
  hidden: boolean;
  author: { id: string } | null;
  department: { name: string };
  comments?: {
    edges: { node: FlaggedComment & { replies: FlaggedComment[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** What the member is reporting, as the page shows it. */
export type FlagSubject =
  | { kind: 'PRACTICE'; practice: Omit<SubjectPractice, 'comments'> }
  | { kind: 'COMMENT'; practice: Omit<SubjectPractice, 'comments'>; comment: FlaggedComment }
  | { kind: 'QUESTION'; question: SubjectQuestion }
  | { kind: 'ANSWER'; question: SubjectQuestion; answer: FlaggedAnswer };

/** `?return=` when it is a path on this site (a single leading slash), else null. */
function returnPath(raw: string | null | undefined, origin: string): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  const path = safeRedirectPath(raw, origin);
  return path === '/' && raw !== '/' ? null : path;
}

/** The write-up a return path points into, when it is a write-up's page. */
function practiceSlugOf(path: string | null): string | null {
  const slug = path?.match(/^\/practices\/([a-z0-9-]+)(?:[/?#]|$)/)?.[1];
  return slug && slug !== 'new' ? slug : null;
}

/** The question a return path points into, when it is a question's page. */
function questionIdOf(path: string | null): string | null {
  const id = path?.match(/^\/questions\/([0-9a-f-]{36})(?:[/?#]|$)/i)?.[1];
  return id && ID.test(id) ? id : null;
}

/** A question, or one of its answers, found under the question (the answer's page links here with its return path). */
async function findQuestionSubject(
  event: RequestEvent,
  target: FlagTarget,
  id: string,
  questionId: string | null,
): Promise<FlagSubject | null> {
  const asked = target === 'QUESTION' ? id : questionId;
  if (!asked) return null;
  const { question } = await gql<{ question: (SubjectQuestion & { answers: FlaggedAnswer[] }) | null }>(event, FLAG_QUESTION_SUBJECT, {
    id: asked,
  }).catch((err) => toPageError(err, event.url));
  if (!question) error(404, 'There is no question at that address.');
  const { answers, ...about } = question;
  if (target === 'QUESTION') return { kind: 'QUESTION', question: about };
  const answer = answers.find((a) => a.id.toLowerCase() === id.toLowerCase());
  if (!answer) error(404, 'There is no answer with that ID under this question.');
  return { kind: 'ANSWER', question: about, answer };
}

/** Where the member goes back to, with word that the report went in (before any #fragment). */
function withConfirmation(path: string): string {
  const hashAt = path.indexOf('#');
  const [pathAndQuery, hash] = hashAt < 0 ? [path, ''] : [path.slice(0, hashAt), path.slice(hashAt)];
  const url = new URL(pathAndQuery, 'http://muster.invalid');
  url.searchParams.set('flagged', '1');
  return `${url.pathname}${url.search}${hash}`;
}

/**
 * The API has no look-up of a comment (or a write-up) by its id, so the page finds it under the
 * write-up the member came from: the practice page links here with `return=/practices/<slug>`.
 */
async function findSubject(event: RequestEvent, target: FlagTarget, id: string, slug: string | null): Promise<FlagSubject | null> {
  if (!slug) return null;
  let after: string | null = null;
  for (let page = 0; page < (target === 'COMMENT' ? MAX_THREAD_PAGES : 1); page += 1) {
    const practice = await subjectPage(event, slug, target === 'COMMENT', after);
    if (!practice) error(404, 'There is no write-up at that address.');
    const { comments, ...about } = practice;
    if (target === 'PRACTICE') {
      if (about.id.toLowerCase() !== id.toLowerCase()) error(404, 'There is no write-up with that ID at that address.');
      return { kind: 'PRACTICE', practice: about };
    }
    for (const { node } of comments?.edges ?? []) {
      const found = [node, ...node.replies].find((c) => c.id.toLowerCase() === id.toLowerCase());
      if (found) return { kind: 'COMMENT', practice: about, comment: found };
    }
    if (!comments?.pageInfo.hasNextPage) error(404, 'There is no comment with that ID under this write-up.');
    after = comments.pageInfo.endCursor;
  }
  return null;
}

async function subjectPage(
  event: RequestEvent,
  slug: string,
  withComments: boolean,
  after: string | null,
): Promise<SubjectPractice | null> {
  const { practice } = await gql<{ practice: SubjectPractice | null }>(event, FLAG_SUBJECT, {
    slug,
    withComments,
    first: THREADS_PER_PAGE,
    after,
  }).catch((err) => toPageError(err, event.url));
  return practice;
}

function targetFrom(raw: string | null): FlagTarget | null {
  const value = (raw ?? '').toUpperCase();
  return TARGETS.find((t) => t === value) ?? null;
}

export const load: PageServerLoad = async (event) => {
  const viewer = requireViewer(event);
  const { url } = event;
  const target = targetFrom(url.searchParams.get('target'));
  const id = (url.searchParams.get('id') ?? '').trim();
  if (!target || !ID.test(id)) error(404, 'This link does not name a write-up, comment, question or answer to report.');

  const given = returnPath(url.searchParams.get('return'), url.origin);
  const onQuestion = target === 'QUESTION' || target === 'ANSWER';
  const subject = onQuestion
    ? await findQuestionSubject(event, target, id, questionIdOf(given))
    : await findSubject(event, target, id, practiceSlugOf(given));
  const back =
    given ??
    (subject?.kind === 'QUESTION' || subject?.kind === 'ANSWER'
      ? `/questions/${subject.question.id}`
      : subject
        ? `/practices/${subject.practice.slug}`
        : '/');

  const item =
    subject?.kind === 'COMMENT'
      ? subject.comment
      : subject?.kind === 'ANSWER'
        ? subject.answer
        : subject?.kind === 'QUESTION'
          ? subject.question
          : subject?.practice;
  const author = item?.author;
  const hidden = item?.hidden;
  // Said before the form rather than after a refusal: these the API would refuse whatever was chosen.
  const refusal = !subject
    ? null
    : subject.kind === 'COMMENT' && subject.comment.deleted
      ? 'This comment was deleted, so there is nothing left to report.'
      : author?.id === viewer.id
        ? 'You wrote this yourself: edit or delete it instead of reporting it.'
        : hidden
          ? 'This is already hidden while moderators review it.'
          : null;

  return { target, id, back, subject, refusal };
};

export const actions: Actions = {
  default: async (event) => {
    requireViewer(event);
    const data = await event.request.formData();
    const target = targetFrom(text(data, 'target', 20));
    const id = text(data, 'id', 100);
    const back = returnPath(text(data, 'return', 2000), event.url.origin) ?? '/';
    const values = { reason: text(data, 'reason', 40), note: text(data, 'note', NOTE_MAX + 1), return: back };
    if (!target || !ID.test(id)) {
      return invalid({ form: 'This link does not name a write-up, comment, question or answer to report.' }, values);
    }
    const errors: Record<string, string> = {};
    if (!isFlagReason(values.reason)) errors.reason = 'Choose why you are reporting this.';
    if (values.reason === 'OTHER' && !values.note) errors.note = 'Say what is wrong: a report for another reason needs a note.';
    if (values.note.length > NOTE_MAX) errors.note = `The note takes at most ${NOTE_MAX.toLocaleString('en-US')} characters.`;
    if (Object.keys(errors).length > 0) return invalid(errors, values);

    try {
      await gql(event, FLAG, { target, id, reason: values.reason, note: values.note || null });
    } catch (err) {
      return failFromApi(err, values);
    }
    redirect(303, withConfirmation(back));
  },
};
