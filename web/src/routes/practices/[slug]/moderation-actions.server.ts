// A moderator hides or restores the write-up or one of its comments, with a note for its author,
// from the moderation panel on the page. It answers as the discussion's actions do.
import type { RequestEvent } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { invalid, text } from '$lib/server/form-actions';
import { discuss } from './discussion-actions.server';

const MODERATE = /* GraphQL */ `
  mutation Moderate($target: FlagTarget!, $id: ID!, $action: FlagAction!, $note: String) {
    moderate(target: $target, id: $id, action: $action, note: $note) {
      id
    }
  }
`;

export async function moderate(event: RequestEvent) {
  const data = await event.request.formData();
  const target = text(data, 'target', 20) === 'COMMENT' ? 'COMMENT' : 'PRACTICE';
  const action = text(data, 'action', 20) === 'RESTORE' ? 'RESTORE' : 'HIDE';
  const values = { id: text(data, 'id', 100), note: text(data, 'note', 1001) };
  if (values.note.length > 1000) return invalid({ note: 'The note takes at most 1,000 characters.' }, values, 'moderate');
  return discuss(event, 'moderate', values, async () => {
    await gql(event, MODERATE, { target, id: values.id, action, note: values.note || null });
    return target === 'COMMENT' ? `comment-${values.id}` : 'moderation';
  });
}
