import type { MercuriusContext } from 'mercurius';

type Query<T> = { obj: T; params: unknown };

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
