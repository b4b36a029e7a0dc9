// What is new since a member last opened a thread (api/src/modules/reads): a thread's page, once it
// has read what is new, records the visit so that lists and the next visit count from now.
import type { RequestEvent } from '@sveltejs/kit';
import type { ThreadTarget } from '$lib/generated/graphql';
import { gql } from './api';

const MARK_THREAD_READ = /* GraphQL */ `
  mutation MarkThreadRead($target: ThreadTarget!, $id: ID!) {
    markThreadRead(target: $target, id: $id)
  }
`;

/**
 * Records that the signed-in member opened the thread; visitors keep no reads. Called after the
 * page's own document, so the page still marks what was new before this visit. A visit that could
 * not be recorded costs only a "new" mark shown once more, so the page does not fail for it.
 * A thread opened before with nothing new since is left as it is: counting from the earlier visit
 * finds the same nothing, and a member's page view costs no write.
 */
export async function markThreadRead(
  event: RequestEvent,
  target: ThreadTarget,
  thread: { id: string; viewerLastReadAt: string | null; newCount: number | null },
): Promise<void> {
  if (!event.locals.user) return;
  if (thread.viewerLastReadAt !== null && thread.newCount === 0) return;
  await gql(event, MARK_THREAD_READ, { target, id: thread.id }).catch(() => undefined);
}
