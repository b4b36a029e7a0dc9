import type { ListOrder } from './types';

/**
 * An href for a link taken from user-written content, or null when it is not a web or mail
 * address (a `javascript:` URL must never become a link).
 */
export function safeExternalHref(raw: string | null | undefined): string | null {
	if (!raw) return null;
	try {
		const url = new URL(raw.trim());
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}

/** The current page's path and query with some parameters changed (null removes one). */
export function hrefWith(current: URL, changes: Record<string, string | null>, hash = ''): string {
	const params = new URLSearchParams(current.searchParams);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) params.delete(key);
		else params.set(key, value);
	}
	const query = params.toString();
	return `${current.pathname}${query ? `?${query}` : ''}${hash}`;
}

/** `?order=title` sorts lists by title; anything else, newest first. */
export function listOrderFrom(url: URL): ListOrder {
	return url.searchParams.get('order') === 'title' ? 'TITLE' : 'NEWEST';
}

/** The cursor a list page starts after, from `?after=`. */
export function cursorFrom(url: URL): string | null {
	const after = url.searchParams.get('after');
	return after && after.length <= 500 ? after : null;
}
