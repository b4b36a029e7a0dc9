import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sharedVisitorPage, visitorPageKey } from '$lib/server/page-cache';
import { resolveViewer } from '$lib/server/session';

/** What a member whose address is not confirmed may still open: the confirmation pages and signing out. */
function openBeforeConfirming(path: string): boolean {
  return path === '/confirm-email' || path.startsWith('/confirm-email/') || path === '/sign-out' || path.startsWith('/_app/');
}

// Who is signed in, asked of the API once per request and only when a session cookie came along.
// A visitor's page is shared with other visitors for a few seconds (lib/server/page-cache.ts).
export const handle: Handle = async ({ event, resolve }) => {
  const make = async () => {
    event.locals.user = await resolveViewer(event);
    // A member whose address is not confirmed sees one page, which says so, until it is.
    if (event.locals.user && !event.locals.user.emailConfirmed && !openBeforeConfirming(event.url.pathname)) {
      return new Response(null, { status: 303, headers: { location: '/confirm-email', 'cache-control': 'private, no-store' } });
    }
    return resolve(event);
  };
  const key = visitorPageKey(event);
  return key ? sharedVisitorPage(event, key, make) : make();
};

// A missing page is an answer, not a fault: log only what went wrong on our side.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status !== 404) console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, error);
  return { message };
};
