import type { FastifyInstance } from 'fastify';
import type { Db } from '@muster/db';
import mercuriusCache, { type MercuriusCacheOptions } from 'mercurius-cache';
import type { MercuriusContext } from 'mercurius';

/**
 * Answers that are the same for a whole class of viewers (e.g. the write-up count of every topic
 * for verified members) and cost a scan to compute: kept per database for `seconds`, shared by
 * every request, and forgotten after any mutation, as the query cache is.
 */
const memos = new WeakMap<Db, Map<string, { expires: number; value: Promise<unknown> }>>();

export function memo<T>(db: Db, key: string, seconds: number, compute: () => Promise<T>): Promise<T> {
  let entries = memos.get(db);
  if (!entries) memos.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { expires: Date.now() + seconds * 1000, value });
  // A failure is not kept: the next request tries again.
  value.catch(() => entries.delete(key));
  return value;
}

/** How long a visitor's answer is reused. Short: a write-up hidden or published shows within this. */
export const publicCacheSeconds = 10;

/** The public read queries: what a visitor who has not signed in sees, the same for every visitor. */
const publicQueries = ['topics', 'topic', 'departments', 'department', 'practice', 'practices', 'search', 'events', 'event', 'featured'];

/**
 * Caches the root of public read queries for visitors only, for a few seconds. A signed-in member's request neither
 * reads nor fills the cache, so one member's view never reaches another member or a visitor;
 * every field below the root still resolves for the request's own viewer.
 */
export async function publicQueryCache(app: FastifyInstance, db: Db): Promise<void> {
  const visitorsOnly = {
    ttl: publicCacheSeconds,
    skip: (_self: unknown, _args: unknown, ctx: MercuriusContext) => ctx.viewer !== null,
    // Upcoming events and featured case studies change with the calendar day.
    extendKey: (_self: unknown, _args: unknown, ctx: MercuriusContext) => ctx.now().toISOString().slice(0, 10),
  };
  const options: MercuriusCacheOptions = {
    storage: { type: 'memory', options: { size: 2048 } },
    policy: { Query: Object.fromEntries(publicQueries.map((name) => [name, visitorsOnly])) },
  };
  // A CommonJS module: its plugin is also its `default` export, which is what TypeScript sees.
  await app.register(mercuriusCache.default, options);

  // Any change may touch what visitors see (a write-up published, hidden, featured): once a
  // mutation has run, this instance forgets every cached answer and memo. Other instances catch up
  // within publicCacheSeconds (memos: their own seconds).
  const mutations = new WeakSet<object>();
  app.graphql.addHook('preExecution', async (_schema, document, context) => {
    if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')) mutations.add(context);
  });
  app.graphql.addHook('onResolution', async (_execution, context) => {
    if (mutations.has(context)) {
      app.graphql.cache?.clear();
      memos.delete(db);
    }
  });
}
