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

/** The orders a list of write-ups offers (for SortToggle); changing it starts the list again from the top. */
export function listOrderOptions(url: URL, hash = ''): { value: ListOrder; label: string; href: string }[] {
  return [
    { value: 'NEWEST', label: 'Newest', href: hrefWith(url, { order: null, after: null }, hash) },
    { value: 'TITLE', label: 'Title', href: hrefWith(url, { order: 'title', after: null }, hash) },
  ];
}

/** The cursor a list page starts after, from `?after=`. */
export function cursorFrom(url: URL): string | null {
  const after = url.searchParams.get('after');
  return after && after.length <= 500 ? after : null;
}

/**
 * Where to go after signing in: `raw` when it is a path on this site, else `/`. A full URL or a
 * `//host` path would let a link to the sign-in page send the member somewhere else.
 */
export function safeRedirectPath(raw: string | null | undefined, origin: string): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The sign-in page, coming back to `from` (a page on this site) afterwards. */
export function signInHref(from: URL): string {
  const back = pageHref(from);
  return back === '/' ? '/sign-in' : `/sign-in?redirectTo=${encodeURIComponent(back)}`;
}

/** The query string without a form action's `?/name` or the given parameters ('' when empty). */
function queryWithout(current: URL, drop: readonly string[]): string {
  return new URLSearchParams([...current.searchParams].filter(([key]) => !key.startsWith('/') && !drop.includes(key))).toString();
}

/**
 * The page's own path and query, without a form action's `?/name` or the given parameters: where
 * an action redirects back to, so a filtered list stays filtered.
 */
export function pageHref(current: URL, drop: readonly string[] = []): string {
  const query = queryWithout(current, drop);
  return `${current.pathname}${query ? `?${query}` : ''}`;
}

/** A form's `action` that runs the named action and keeps the page's query (its filters and cursor). */
export function actionHref(current: URL, name: string, drop: readonly string[] = []): string {
  const query = queryWithout(current, drop);
  return `?${query ? `${query}&` : ''}/${name}`;
}
