// The discussion's actions: comment, reply, edit, delete, mark helpful, lock. Each comes back to the
// page where it was (its page of threads kept) at the comment it touched, or answers the refusal
// with what was typed. With JavaScript, discussion-forms.ts handles the answers in place.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formatInteger } from '$lib/format';
import { gql } from '$lib/server/api';
import { failFromApi, invalid, text } from '$lib/server/form-actions';
import { pageHref } from '$lib/url';
import { COMMENT_MAX } from './discussion';
import type { DiscussionResult } from './discussion-forms';

const ADD_COMMENT = /* GraphQL */ `
  mutation AddComment($practiceId: ID!, $body: String!, $parentId: ID) {
    addComment(practiceId: $practiceId, body: $body, parentId: $parentId) {
      id
    }
  }
`;

const EDIT_COMMENT = /* GraphQL */ `
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
    }
  }
`;

const DELETE_COMMENT = /* GraphQL */ `
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`;

const MARK_HELPFUL = /* GraphQL */ `
  mutation MarkCommentHelpful($id: ID!, $helpful: Boolean!) {
    markCommentHelpful(id: $id, helpful: $helpful) {
      id
    }
  }
`;

const LOCK_DISCUSSION = /* GraphQL */ `
  mutation LockDiscussion($practiceId: ID!, $locked: Boolean!) {
    lockDiscussion(practiceId: $practiceId, locked: $locked) {
      id
    }
  }
`;

/**
 * A comment as typed, untrimmed so a refusal gives it back unchanged. Kept whole up to five
 * times the limit: cutting it silently would lose what the person wrote.
 */
function typedBody(data: FormData): string {
  const value = data.get('body');
  return typeof value === 'string' ? value.slice(0, COMMENT_MAX * 5) : '';
}

/** Why a comment cannot be posted as it is, before asking the API; undefined when it can. */
function bodyProblem(body: string): string | undefined {
  const length = body.trim().length;
  if (length === 0) return 'Write your comment first.';
  if (length > COMMENT_MAX) {
    return `A comment takes at most ${formatInteger(COMMENT_MAX)} characters; this one has ${formatInteger(length)}.`;
  }
  return undefined;
}

/**
 * Runs one discussion mutation and comes back to the page where it was (its page of threads
 * kept) at `#<anchor>`, or answers the refusal with what was typed.
 */
export async function discuss(
  event: RequestEvent,
  form: DiscussionResult['form'],
  values: Record<string, string>,
  run: () => Promise<string>,
) {
  let anchor: string;
  try {
    anchor = await run();
  } catch (err) {
    return failFromApi(err, values, form);
  }
  redirect(303, `${pageHref(event.url, ['done', 'flagged'])}#${anchor}`);
}

type CommentAnswer = Record<string, { id: string }>;

async function commentAnchor(event: RequestEvent, mutation: string, variables: Record<string, unknown>): Promise<string> {
  const answer = await gql<CommentAnswer>(event, mutation, variables);
  return `comment-${Object.values(answer)[0].id}`;
}

export const discussionActions = {
  comment: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body }, 'comment');
    return discuss(event, 'comment', { body }, () =>
      commentAnchor(event, ADD_COMMENT, { practiceId: text(data, 'practiceId', 100), body }),
    );
  },

  reply: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const parentId = text(data, 'parentId', 100);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body, parentId }, 'reply');
    return discuss(event, 'reply', { body, parentId }, () =>
      commentAnchor(event, ADD_COMMENT, { practiceId: text(data, 'practiceId', 100), body, parentId }),
    );
  },

  edit: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const body = typedBody(data);
    const id = text(data, 'id', 100);
    const problem = bodyProblem(body);
    if (problem) return invalid({ body: problem }, { body, id }, 'edit');
    return discuss(event, 'edit', { body, id }, () => commentAnchor(event, EDIT_COMMENT, { id, body }));
  },

  delete: async (event: RequestEvent) => {
    const id = text(await event.request.formData(), 'id', 100);
    return discuss(event, 'delete', { id }, () => commentAnchor(event, DELETE_COMMENT, { id }));
  },

  helpful: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const id = text(data, 'id', 100);
    const helpful = data.get('helpful') !== 'false';
    return discuss(event, 'helpful', { id }, () => commentAnchor(event, MARK_HELPFUL, { id, helpful }));
  },

  lock: async (event: RequestEvent) => {
    const data = await event.request.formData();
    const locked = data.get('locked') !== 'false';
    return discuss(event, 'lock', {}, async () => {
      await gql(event, LOCK_DISCUSSION, { practiceId: text(data, 'practiceId', 100), locked });
      return 'discussion';
    });
  },
};
