import { badInput } from './errors.ts';
import { uuidPattern } from './validate.ts';

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

/**
 * What one part of a list's sort key holds. A cursor comes back from the client, so each part is
 * checked against its kind before it reaches SQL: a cursor that does not fit is the client's
 * mistake, answered as such, never a database error.
 */
export type KeyPart =
  /** A moment as toISOString writes it. */
  | 'timestamp'
  /** A calendar day, YYYY-MM-DD. */
  | 'date'
  | 'uuid'
  /** A whole number, 0 or more: an identity column, a position, an urgency. */
  | 'integer'
  /** A finite number: a rank. */
  | 'score'
  /** A name or title. */
  | 'text';

const partFits: Record<KeyPart, (part: unknown) => boolean> = {
  // Written back the same way: a day the calendar lacks (February 30th) does not survive the round trip.
  timestamp: (part) =>
    typeof part === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(part) &&
    !Number.isNaN(Date.parse(part)) &&
    new Date(part).toISOString() === part,
  date: (part) => typeof part === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(part) && partFits.timestamp(`${part}T00:00:00.000Z`),
  uuid: (part) => typeof part === 'string' && uuidPattern.test(part),
  integer: (part) => Number.isSafeInteger(part) && (part as number) >= 0,
  // JSON reads 1e400 as Infinity.
  score: (part) => typeof part === 'number' && Number.isFinite(part),
  // PostgreSQL's text holds no NUL; the longest sort key (a title or name) is far shorter.
  text: (part) => typeof part === 'string' && part.length <= 1000 && !part.includes('\0'),
};

/** Whether a key has the parts a list sorts by; a part given as several kinds may be any of them. */
export function keyFits(key: readonly unknown[], parts: readonly (KeyPart | readonly KeyPart[])[]): boolean {
  return (
    key.length === parts.length &&
    parts.every((part, i) => (typeof part === 'string' ? [part] : part).some((kind) => partFits[kind](key[i])))
  );
}

export const notACursor = () => badInput('after', 'after is not a cursor from this list; start again from the first page.');

/**
 * Checks `first` and `after`; a cursor is the base64url JSON of the last row's sort key, whose
 * parts are of the kinds given.
 */
export function readPage<K extends unknown[]>(
  args: PageArgs,
  defaultSize: number,
  parts: readonly (KeyPart | readonly KeyPart[])[],
): Page<K> {
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
  if (!Array.isArray(key) || !keyFits(key, parts)) throw notACursor();
  return { limit: first, after: key as K };
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Builds a Relay connection from up to limit+1 rows (the extra row only says there is a next page).
 * `totalCount` may be a function: GraphQL then calls it only when the query asks for the count.
 */
export function connection<T>(rows: T[], limit: number, totalCount: number | (() => Promise<number>), keyOf: (row: T) => unknown[]) {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
