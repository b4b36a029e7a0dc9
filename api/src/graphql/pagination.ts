import { badInput } from './errors.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<K> {
  limit: number;
  /** The sort key of the last row of the previous page, or null for the first page. */
  after: K | null;
}

export const maxPageSize = 100;

/** Checks `first` and `after`; a cursor is the base64url JSON of the last row's sort key. */
export function readPage<K extends unknown[]>(args: PageArgs, defaultSize: number, keyLength: number): Page<K> {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badInput('first', `first must be between 1 and ${maxPageSize}; it was ${first}.`);
  }
  if (args.after == null) return { limit: first, after: null };
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== keyLength || key.some((part) => typeof part !== 'string' && typeof part !== 'number' && part !== null)) {
    throw badInput('after', 'after is not a cursor from this list; start again from the first page.');
  }
  return { limit: first, after: key as K };
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Builds a Relay connection from up to limit+1 rows (the extra row only says there is a next page). */
export function connection<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => unknown[]) {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
