// The `follow` form action that every page with a FollowButton lists among its actions.
import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { FollowTarget } from '$lib/components/FollowButton.svelte';
import { failFromApi, invalid, sendMutation, text } from './form-actions';
import { pageHref } from '$lib/url';

const FOLLOW = /* GraphQL */ `
  mutation Follow($target: FollowTarget!, $id: ID!) {
    follow(target: $target, id: $id)
  }
`;

const UNFOLLOW = /* GraphQL */ `
  mutation Unfollow($target: FollowTarget!, $id: ID!) {
    unfollow(target: $target, id: $id)
  }
`;

const FOLLOW_TARGETS: readonly FollowTarget[] = ['PRACTICE', 'TOPIC', 'DEPARTMENT', 'USER', 'EVENT', 'QUESTION'];

function isFollowTarget(value: string): value is FollowTarget {
  return (FOLLOW_TARGETS as readonly string[]).includes(value);
}

/**
 * Follows (`follow=true`) or stops following (`follow=false`) the `target` with `id`, then comes
 * back to the page as it was. Asking for the state wanted, rather than a toggle, keeps a double
 * submission or a second tab from undoing the first.
 */
export async function follow(event: RequestEvent) {
  const data = await event.request.formData();
  const target = text(data, 'target', 20);
  const id = text(data, 'id', 100);
  if (!isFollowTarget(target)) return invalid({ form: 'That cannot be followed.' }, {}, 'follow');
  const err = await sendMutation(event, data.get('follow') === 'false' ? UNFOLLOW : FOLLOW, { target, id });
  if (err) return failFromApi(err, {}, 'follow');
  redirect(303, pageHref(event.url, ['done', 'flagged']));
}
