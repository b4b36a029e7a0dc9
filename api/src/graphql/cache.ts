import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Db } from '@muster/db';
import type { Config } from '../config.ts';
import type { ChangeNotices } from '../plugins/emitter.ts';
import { readSessionToken } from '../modules/auth/index.ts';
import { documentLimits } from './limits.ts';

/** How long a visitor's answer is reused. Short: a write-up hidden or published shows within this. */
export const publicCacheSeconds = 10;

/**
 * The public read queries: what a visitor who has not signed in sees, the same for every visitor
 * (`me` is null for all of them).
 */
const publicQueries = new Set([
  'topics',
  'topic',
  'departments',
  'department',
  'practice',
  'practices',
  'search',
  'events',
  'event',
  'featured',
  'me',
  '__typename',
]);

/** Whether a document's operation only reads public queries; documents are few, so the verdict is kept per text. */
const verdicts = new LRUCache<string, boolean>({ max: 1000, maxSize: 2 * 2 ** 20, sizeCalculation: (_verdict, key) => key.length + 1 });
function readsOnlyPublicQueries(query: string, operationName: string | undefined): boolean {
  // Documents over the limits are refused further on; they are not parsed here either.
  if (query.length > documentLimits.characters) return false;
  const key = `${operationName ?? ''}\n${query}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = false;
    try {
      const operations = parse(query, { maxTokens: documentLimits.tokens, noLocation: true }).definitions.filter(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = operationName
        ? operations.find((o) => o.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
      verdict =
        operation?.operation === 'query' &&
        operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && publicQueries.has(s.name.value) && !s.directives?.length);
    } catch {
      // Not GraphQL: Mercurius answers it with the error.
    }
    verdicts.set(key, verdict);
  }
  return verdict;
}

export interface PublicAnswers {
  /**
   * Counts the changes this instance knows of (its own mutations, and those other instances
   * announced through Redis): what is cached from before a change is stale once it moves.
   */
  generation(): number;
}

interface CachedAnswer {
  payload: string;
  contentType: string;
  /** Until when the answer is fresh; after it, one request asks again while the rest get this one. */
  freshUntil: number;
}

/**
 * Visitors' whole answers to public read queries, reused for `publicCacheSeconds`. A visitor
 * (no session cookie) asking only public queries gets the answer another visitor got moments ago
 * without the query being parsed, checked or run again: this is what most traffic is, and what a
 * burst of it costs. A request with a session never reads or fills this cache, so one member's
 * view never reaches another member or a visitor. Answers with errors are not kept.
 *
 * When an answer goes stale, the first visitor to ask runs the query again while the others are
 * given the stale answer (for at most another `publicCacheSeconds`), and visitors asking a query
 * no one has asked yet wait for the one run of it already under way: a busy page costs one run
 * per interval, not one per visitor at the moment it expires.
 *
 * With `changes` (several instances sharing Redis), a mutation here clears the other instances'
 * answers as well, and theirs clear this one's.
 */
export function publicAnswerCache(app: FastifyInstance, db: Db, config: Config, now: () => Date, changes?: ChangeNotices): PublicAnswers {
  const answers = new LRUCache<string, CachedAnswer>({
    ttl: 2 * publicCacheSeconds * 1000,
    // Bounded by size as well as count: a busy instance keeps at most 16 MB of answers.
    maxSize: 16 * 2 ** 20,
    sizeCalculation: (answer) => answer.payload.length + 64,
    max: 4096,
  });
  /** Runs under way, by key: settled with the answer, or null when it was not one to keep. */
  const running = new Map<string, { settle: (answer: CachedAnswer | null) => void; answer: Promise<CachedAnswer | null> }>();
  const runs = new WeakMap<FastifyRequest, { key: string; generation: number }>();
  // Bumped whenever a mutation clears the cache: a run begun before it keeps nothing.
  let generation = 0;

  const reuse = (reply: FastifyReply, answer: CachedAnswer) => reply.type(answer.contentType).send(answer.payload);

  app.addHook('preHandler', async (request, reply) => {
    if (!config.visitorCache || request.routeOptions.url !== '/graphql' || readSessionToken(request, config)) return;
    const params = (request.method === 'GET' ? request.query : request.body) as {
      query?: unknown;
      operationName?: unknown;
      variables?: unknown;
    } | null;
    if (!params || typeof params.query !== 'string') return;
    const operationName = typeof params.operationName === 'string' ? params.operationName : undefined;
    if (!readsOnlyPublicQueries(params.query, operationName)) return;
    // Upcoming events and featured case studies change with the calendar day.
    const variables = typeof params.variables === 'string' ? params.variables : JSON.stringify(params.variables ?? null);
    const key = [now().toISOString().slice(0, 10), request.headers.accept ?? '', operationName ?? '', variables, params.query].join('\n');

    const cached = answers.get(key);
    const underWay = running.get(key);
    if (cached && (cached.freshUntil > now().getTime() || underWay)) return reuse(reply, cached);
    if (underWay) {
      const answer = await underWay.answer;
      if (answer) return reuse(reply, answer);
      return; // That run's answer was not one to keep (an error): this request runs its own.
    }
    let settle!: (answer: CachedAnswer | null) => void;
    const answer = new Promise<CachedAnswer | null>((resolve) => (settle = resolve));
    running.set(key, { settle, answer });
    runs.set(request, { key, generation });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const run = runs.get(request);
    if (run === undefined) return payload;
    runs.delete(request);
    const { key } = run;
    let answer: CachedAnswer | null = null;
    // Mercurius puts "errors" after "data"; a string inside the data has its quotes escaped.
    if (run.generation === generation && reply.statusCode === 200 && typeof payload === 'string' && !payload.includes('"errors":[')) {
      answer = {
        payload,
        contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
        freshUntil: now().getTime() + publicCacheSeconds * 1000,
      };
      answers.set(key, answer);
    }
    running.get(key)?.settle(answer);
    running.delete(key);
    return payload;
  });
  // A run that ended without a reply (the client went away) lets its waiters go on.
  const abandon = async (request: FastifyRequest) => {
    const run = runs.get(request);
    if (run === undefined) return;
    runs.delete(request);
    running.get(run.key)?.settle(null);
    running.delete(run.key);
  };
  app.addHook('onResponse', abandon);
  app.addHook('onRequestAbort', abandon);

  const forget = () => {
    generation++;
    answers.clear();
  };
  // Any change may touch what visitors see (a write-up published, hidden, featured): once a
  // mutation has run, this instance forgets every cached answer at once and, with Redis, tells the
  // others, which forget theirs as soon as they hear (a few milliseconds). Should the word not get
  // through (Redis away), they catch up within publicCacheSeconds. Registered once Mercurius is.
  app.addHook('onReady', async () => {
    const mutations = new WeakSet<object>();
    app.graphql.addHook('preExecution', async (_schema, document, context) => {
      if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')) mutations.add(context);
    });
    app.graphql.addHook('onResolution', async (_execution, context) => {
      if (mutations.has(context)) {
        forget();
        changes?.announce();
      }
    });
    await changes?.listen(forget);
  });
  return { generation: () => generation };
}
