// A moderator locks or unlocks the question, and hides or restores it or one of its answers with a
// note for its author, from the page. Each answers with a refusal beside its form, or back to the question.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { failFromApi, invalid, sendMutation, text } from '$lib/server/form-actions';
import { pageHref, signInHref } from '$lib/url';

const LOCK_QUESTION = /* GraphQL */ `
  mutation LockQuestion($id: ID!, $locked: Boolean!) {
    lockQuestion(id: $id, locked: $locked) {
      id
    }
  }
`;

const MODERATE_QUESTION = /* GraphQL */ `
  mutation ModerateQuestion($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
    moderate(target: $target, id: $id, action: $action, note: $note) {
      id
    }
  }
`;

function backTo(event: RequestEvent, hash: string): never {
  const url = new URL(pageHref(event.url, ['done', 'flagged']), event.url);
  redirect(303, `${url.pathname}${url.search}#${hash}`);
}

export const questionModerationActions = {
  lock: async (event: RequestEvent) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const err = await sendMutation(event, LOCK_QUESTION, { id: event.params.id, locked: data.get('locked') === 'true' });
    if (err) return failFromApi(err, {}, 'lock');
    backTo(event, 'question-moderation');
  },
  moderate: async (event: RequestEvent) => {
    if (!event.locals.user) redirect(303, signInHref(event.url));
    const data = await event.request.formData();
    const target = text(data, 'target', 20) === 'ANSWER' ? 'ANSWER' : 'QUESTION';
    const action = text(data, 'action', 20) === 'RESTORE' ? 'RESTORE' : 'HIDE';
    const values = { id: text(data, 'id', 100), note: text(data, 'note', 1001) };
    if (values.note.length > 1000) return invalid({ note: 'The note takes at most 1,000 characters.' }, values, 'moderate');
    const err = await sendMutation(event, MODERATE_QUESTION, { target, id: values.id, action, note: values.note || null });
    if (err) return failFromApi(err, values, 'moderate');
    backTo(event, target === 'ANSWER' ? `answer-${values.id}` : 'question-moderation');
  },
};
