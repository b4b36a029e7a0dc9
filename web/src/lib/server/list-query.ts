import { cursorFrom } from '$lib/url';

/** A field of a list page's filter form, from the query string: trimmed, at most `max` characters, '' when absent. */
export function queryParam(url: URL, name: string, max = 100): string {
  return (url.searchParams.get(name) ?? '').trim().slice(0, max);
}

/**
 * The variables of a list page's query: the API's filter from the form's fields, leaving out those
 * that narrow nothing ('', false, null, undefined, an empty list), and the page's cursor.
 * `filtered` says whether anything narrows the list, which offers "Clear filters".
 */
export function listQuery(
  url: URL,
  fields: Record<string, unknown>,
  first: number,
): { filtered: boolean; variables: { filter: Record<string, unknown> | null; first: number; after: string | null } } {
  const filter = Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) =>
        value !== '' && value !== false && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
  const filtered = Object.keys(filter).length > 0;
  return { filtered, variables: { filter: filtered ? filter : null, first, after: cursorFrom(url) } };
}
