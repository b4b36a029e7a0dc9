// The `saveItem` form action that every page with a SaveButton lists among its actions, and the
// /saved page uses too.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { SAVE_TARGETS, type SaveTarget } from '$lib/saved';
import { pageHref } from '$lib/url';
import { failFromApi, invalid, sendMutation, text } from './form-actions';

const SAVE = /* GraphQL */ `
  mutation SaveItem($target: SaveTarget!, $id: ID!, $note: String) {
    save(target: $target, id: $id, note: $note)
  }
`;

const UNSAVE = /* GraphQL */ `
  mutation UnsaveItem($target: SaveTarget!, $id: ID!) {
    unsave(target: $target, id: $id)
  }
`;

function isSaveTarget(value: string): value is SaveTarget {
  return (SAVE_TARGETS as readonly string[]).includes(value);
}

/**
 * Saves (`save=true`, the default) or removes (`save=false`) the `target` with `id`, then comes
 * back to the page as it was (`done` says which, for the page's message). A `note` field sets the
 * private note, an empty one removes it; a form without one keeps the note saved before. Asking for
 * the state wanted, rather than a toggle, keeps a double submission from undoing the first.
 */
export async function saveItem(event: RequestEvent, done: { saved?: string; removed?: string } = {}) {
  const data = await event.request.formData();
  const target = text(data, 'target', 20);
  const id = text(data, 'id', 100);
  // Longer than the API takes, so that it refuses an over-long note instead of its end going missing.
  const note = data.has('note') ? text(data, 'note', 2000) : undefined;
  const values: Record<string, string> = note === undefined ? { target, id } : { target, id, note };
  if (!isSaveTarget(target) || !id) return invalid({ form: 'That cannot be saved.' }, values, 'saveItem');
  const removing = data.get('save') === 'false';
  const err = await sendMutation(event, removing ? UNSAVE : SAVE, removing ? { target, id } : { target, id, note });
  if (err) return failFromApi(err, values, 'saveItem');
  const back = new URL(pageHref(event.url, ['done', 'flagged']), event.url);
  const notice = removing ? done.removed : done.saved;
  if (notice) back.searchParams.set('done', notice);
  redirect(303, `${back.pathname}${back.search}`);
}
