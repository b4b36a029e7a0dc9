import type { Handle, HandleServerError } from '@sveltejs/kit';
import { resolveViewer } from '$lib/server/session';

// Who is signed in, asked of the API once per request and only when a session cookie came along.
export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = await resolveViewer(event);
	return resolve(event);
};

// A missing page is an answer, not a fault: log only what went wrong on our side.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, error);
	return { message };
};
