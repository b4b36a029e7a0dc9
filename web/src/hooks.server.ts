import type { HandleServerError } from '@sveltejs/kit';

// A missing page is an answer, not a fault: log only what went wrong on our side.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status !== 404) console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, error);
	return { message };
};
