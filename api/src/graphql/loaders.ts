import type { MercuriusContext } from 'mercurius';
import type { PageArgs } from './pagination.ts';

type Query<T> = { obj: T; params: unknown };

/**
 * Rows by a key, in the order they came (a query's order is each group's order), for loaders that
 * answer a list per parent; rows without a key are left out. `valueOf` picks what is kept of a row.
 */
export function groupBy<R>(rows: Iterable<R>, keyOf: (row: R) => string | null | undefined): Map<string, R[]>;
export function groupBy<R, V>(rows: Iterable<R>, keyOf: (row: R) => string | null | undefined, valueOf: (row: R) => V): Map<string, V[]>;
export function groupBy<R, V>(
  rows: Iterable<R>,
  keyOf: (row: R) => string | null | undefined,
  valueOf?: (row: R) => V,
): Map<string, (R | V)[]> {
  const groups = new Map<string, (R | V)[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key == null) continue;
    const value = valueOf ? valueOf(row) : row;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/**
 * A Mercurius loader that fetches everything its parents need in one query: `keyOf` picks each
 * parent's key, `fetch` returns a map for all distinct keys, and answers come back in parent order.
 */
export function batch<T, K extends string | null, V>(
  keyOf: (obj: T) => K,
  fetch: (keys: NonNullable<K>[], ctx: MercuriusContext) => Promise<Map<string, V>>,
  missing: V | null = null,
) {
  return async (queries: Query<T>[], ctx: MercuriusContext) => {
    const keys = [...new Set(queries.map((q) => keyOf(q.obj)).filter((k): k is NonNullable<K> => k !== null))];
    const found = keys.length ? await fetch(keys, ctx) : new Map<string, V>();
    return queries.map((q) => {
      const key = keyOf(q.obj);
      return (key === null ? undefined : found.get(key)) ?? missing;
    });
  };
}

/**
 * A Mercurius loader for a page of a list under each parent (a member's write-ups, an event's
 * debriefs): parents asked for with the same `first` and `after` share one fetch; a bad argument
 * fails only the fields that carry it. `fetch` answers a page for each of the ids.
 */
export function pagedBatch<Page, V>(
  readPage: (args: PageArgs) => Page,
  fetch: (ids: string[], page: Page, ctx: MercuriusContext) => Promise<(id: string) => V>,
) {
  return async (queries: Query<{ id: string }>[], ctx: MercuriusContext): Promise<(V | unknown)[]> => {
    const results: unknown[] = new Array(queries.length);
    const groups = new Map<string, { args: PageArgs; members: { index: number; id: string }[] }>();
    queries.forEach((q, index) => {
      const { first = null, after = null } = (q.params ?? {}) as PageArgs;
      const key = JSON.stringify([first, after]);
      const group = groups.get(key) ?? { args: { first, after }, members: [] };
      group.members.push({ index, id: q.obj.id });
      groups.set(key, group);
    });
    for (const { args, members } of groups.values()) {
      let page: Page;
      try {
        page = readPage(args);
      } catch (error) {
        for (const { index } of members) results[index] = error;
        continue;
      }
      const pageOf = await fetch([...new Set(members.map((m) => m.id))], page, ctx);
      for (const { index, id } of members) results[index] = pageOf(id);
    }
    return results;
  };
}

/**
 * Gathers the parts that the loaders of one level of an answer ask for into one read. Mercurius runs
 * each loader of a level in its own process.nextTick; the read starts in a tick queued after theirs,
 * so every part any of them asks for, for every parent, comes in the same statement. Nothing is
 * kept past that read: a mutation later in the request may change what it read.
 * `read` answers, by parent id, the asked parts; `empty` is a part's value for a parent it left out.
 */
export function gatheredParts<Parts extends object>(
  read: (ctx: MercuriusContext, parts: (keyof Parts)[], ids: string[]) => Promise<Map<string, Partial<Parts>>>,
  empty: Parts,
) {
  interface Round {
    parts: Set<keyof Parts>;
    ids: Set<string>;
    answer: Promise<Map<string, Partial<Parts>>>;
  }
  const rounds = new WeakMap<MercuriusContext, Round>();

  async function partOf<P extends keyof Parts>(ctx: MercuriusContext, part: P, ids: string[]): Promise<Map<string, Parts[P]>> {
    let round = rounds.get(ctx);
    if (!round) {
      const started: Round = { parts: new Set(), ids: new Set(), answer: null as never };
      started.answer = new Promise((resolve, reject) => {
        process.nextTick(() => {
          rounds.delete(ctx);
          read(ctx, [...started.parts], [...started.ids]).then(resolve, reject);
        });
      });
      rounds.set(ctx, (round = started));
    }
    round.parts.add(part);
    for (const id of ids) round.ids.add(id);
    const found = await round.answer;
    return new Map(ids.map((id) => [id, (found.get(id)?.[part] ?? empty[part]) as Parts[P]]));
  }

  /** The loader of a field that is one of the parts, for parents with an id. */
  function partLoader<P extends keyof Parts>(part: P) {
    return batch(
      (o: { id: string }) => o.id,
      (ids, ctx) => partOf(ctx, part, ids),
      empty[part],
    );
  }

  return { partOf, partLoader };
}

/**
 * Values by id kept for one request (on its context, so nothing outlives it): a field deeper in the
 * request takes what an earlier read brought, or is still bringing, instead of reading it again.
 */
export function requestMemo<V>() {
  const byRequest = new WeakMap<MercuriusContext, Map<string, Promise<V | undefined>>>();
  function keptFor(ctx: MercuriusContext) {
    let kept = byRequest.get(ctx);
    if (!kept) byRequest.set(ctx, (kept = new Map()));
    return kept;
  }

  /** Keeps each id's value as `reading` brings it. A failed read fails those values too, and is never left unobserved. */
  function remember(ctx: MercuriusContext, ids: string[], reading: Promise<Map<string, V>>): void {
    const kept = keptFor(ctx);
    for (const id of ids) {
      const value = reading.then((found) => found.get(id));
      value.catch(() => undefined);
      kept.set(id, value);
    }
  }

  /** Each id's value: kept ones as kept, the others read together by `read` (and kept). Ids without a value are left out. */
  async function once(ctx: MercuriusContext, ids: string[], read: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const kept = keptFor(ctx);
    const missing = [...new Set(ids)].filter((id) => !kept.has(id));
    if (missing.length) remember(ctx, missing, read(missing));
    const values = await Promise.all(ids.map(async (id) => [id, await kept.get(id)] as const));
    return new Map(values.filter((entry): entry is readonly [string, Awaited<V>] => entry[1] !== undefined) as [string, V][]);
  }

  return { remember, once };
}

/** The last visits among a parts read's `unread` parts, by thread id (null where never opened), for requestMemo.remember. */
export async function lastReadsOf(
  ids: string[],
  reading: Promise<Map<string, { unread?: { lastReadAt: Date | null } | null }>>,
): Promise<Map<string, Date | null>> {
  const found = await reading;
  return new Map(ids.map((id) => [id, found.get(id)?.unread?.lastReadAt ?? null]));
}
