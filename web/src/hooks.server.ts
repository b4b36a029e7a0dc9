import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sharedVisitorPage, visitorPageKey } from '$lib/server/page-cache';
import { resolveViewer } from '$lib/server/session';

// Who is signed in, asked of the API once per request and only when a session cookie came along.
// A visitor's page is shared with other visitors for a few seconds (lib/server/page-cache.ts).
export const handle: Handle = async ({ event, resolve }) => {
	const make = async () => {
		event.locals.user = await resolveViewer(event);
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
