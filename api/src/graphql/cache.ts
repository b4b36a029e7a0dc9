import type { FastifyInstance } from 'fastify';
import mercuriusCache, { type MercuriusCacheOptions } from 'mercurius-cache';
import type { MercuriusContext } from 'mercurius';

/** How long a visitor's answer is reused. Short: a write-up hidden or published shows within this. */
export const publicCacheSeconds = 10;

/** The public read queries: what a visitor who has not signed in sees, the same for every visitor. */
const publicQueries = ['topics', 'topic', 'departments', 'department', 'practice', 'practices', 'search', 'events', 'event', 'featured'];

/**
 * Caches the root of public read queries for visitors only, for a few seconds. A signed-in member's request neither
 * reads nor fills the cache, so one member's view never reaches another member or a visitor;
 * every field below the root still resolves for the request's own viewer.
 */
export async function publicQueryCache(app: FastifyInstance): Promise<void> {
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
  // mutation has run, this instance forgets every cached answer. Other instances catch up within
  // publicCacheSeconds.
  const mutations = new WeakSet<object>();
  app.graphql.addHook('preExecution', async (_schema, document, context) => {
    if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')) mutations.add(context);
  });
  app.graphql.addHook('onResolution', async (_execution, context) => {
    if (mutations.has(context)) app.graphql.cache?.clear();
  });
}
