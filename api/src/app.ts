import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { Redis } from 'ioredis';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import type { Database } from '@muster/db';
import type { Config } from './config.ts';
import { buildContext } from './graphql/context.ts';
import { formatErrors } from './graphql/error-formatter.ts';
import { publicAnswerCache, type PublicAnswers } from './graphql/cache.ts';
import { checkCost, checkDocumentSize, limitRules } from './graphql/limits.ts';
import { loaders, resolvers, schema } from './schema.ts';
import { createRateLimits, scheduleUnconfirmedRemoval } from './modules/auth/index.ts';
import { calendarRoutes } from './modules/events/index.ts';
import { scheduleDailyDigest, FanOut, Mailer } from './modules/notifications/index.ts';
import { scheduleSearchWords } from './modules/search/index.ts';
import { databasePlugin } from './plugins/database.ts';
import { hardening } from './plugins/hardening.ts';
import { requestGuard, socketOriginAllowed } from './plugins/request-guard.ts';
import { createEmitter, redisOutages } from './plugins/emitter.ts';
import { compressAnswers } from './plugins/compression.ts';
import { webPlugin } from './plugins/web.ts';

export type { Config } from './config.ts';
export { loadConfig, ConfigError } from './config.ts';
export { sendDailyDigest } from './modules/notifications/index.ts';
export { removeUnconfirmedAccounts } from './modules/auth/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    fanOut: FanOut;
    mailer: Mailer;
    /** Visitors' shared answers; its generation moves with every change this instance knows of. */
    publicAnswers: PublicAnswers;
  }
}

/** The part of a `ws` WebSocket that shutdown uses. */
interface SubscriptionSocket {
  readonly readyState: number;
  once(event: 'close', listener: () => void): unknown;
  terminate(): void;
}

/** Ends the sockets still open and resolves once each has closed. */
function endSockets(sockets: Iterable<SubscriptionSocket>): Promise<void[]> {
  const closed = 3;
  const open = [...sockets].filter((socket) => socket.readyState !== closed);
  return Promise.all(
    open.map(
      (socket) =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.terminate();
        }),
    ),
  );
}

export interface AppOptions {
  /** A database the caller opened and will close (tests share migrated, seeded ones). */
  database?: Database;
  /** A database the server began opening before loading the app; the app migrates, seeds and closes it. */
  opening?: Promise<Database>;
  /** Pino logger options; false for silence. */
  logger?: boolean | { level: string };
  /** The clock for sessions and lockouts; tests move it. */
  now?: () => Date;
  /** Run the timers (fan-out sweep, daily digest, common search words) a long-running server needs; tests drive them by hand. */
  background?: boolean;
}

/**
 * A Redis connection for counting, ready before the first request. Commands fail fast rather than
 * queue while Redis is away; the limits then count in memory until it returns. The connect
 * timeout is generous: a start on a busy machine should not fail because a timer fired before
 * the answer was read, and a Redis that is really away is reported after it all the same.
 */
async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  // Loaded only here: an instance without Redis starts without reading its client.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { connectTimeout: 10_000, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  try {
    await redis.connect();
  } catch (cause) {
    redis.disconnect();
    throw new Error(`Could not reach Redis at REDIS_URL: ${(cause as Error).message}`, { cause });
  }
  // ioredis keeps reconnecting; each failed attempt is an error event, reported once per outage.
  const outage = redisOutages(
    log,
    'the request budget lets requests through and sign-in and comment limits count on each instance alone until it returns',
  );
  redis.on('error', outage.lost);
  redis.on('ready', outage.back);
  return redis;
}

/** What a request id taken from X-Request-Id may hold: a UUID, a load balancer's trace id. */
const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Believes the nearest `hops` addresses (the connecting one first) to be proxies. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** Builds the whole Muster server: database, GraphQL API, health check and (when built) the web app. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // X-Forwarded-* is believed only from the proxies TRUST_PROXY names; otherwise the connecting
    // address is the client, since any client can write the header (see config.ts). Fastify takes
    // a bare hop count as "trust nothing" (it cannot tell a proxy from a client connecting
    // directly); an operator who set one has said that only proxies reach Muster, so it is a rule.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // A request id the load balancer set is kept, so one id follows the request through the logs;
    // anything else in the header (a client's log forgery, a megabyte) is replaced by a new id.
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    // No time limit on a plugin's start (Fastify's default is 10 s): the first start migrates and
    // seeds inside the database plugin, and on a loaded machine that, compiling the schema or
    // loading the web app's handler can take longer. Each is bounded by its own work (a
    // database that does not answer fails its connection), and failing a start for being slow
    // would only make the next start do it all again.
    pluginTimeout: 0,
    // Room for a long write-up with its outcome table; nothing a member sends is larger.
    bodyLimit: 512 * 1024,
    // A client that trickles its request, or a request that hangs, is cut off.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
  });

  // Anything that escapes a route (a malformed body, a refused request, a bug) answers without
  // internals; GraphQL clients get the error in GraphQL's shape, with a code.
  app.setErrorHandler((error: { statusCode?: number; message: string; code?: string; retryAfterSeconds?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message = status >= 500 ? 'Internal server error' : error.message;
    if (request.url.split('?')[0] !== '/graphql') return reply.status(status).send({ error: message });
    const code = status === 429 ? 'RATE_LIMITED' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
    return reply.status(status).send({
      data: null,
      errors: [{ message, extensions: { code, ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}) } }],
    });
  });

  if (config.auth.lockoutFromOldName)
    app.log.warn('LOCKOUT_RELEASE_MINUTES is read as LOCKOUT_MINUTES, its new name; rename it, as the old name will stop working.');

  await app.register(databasePlugin, {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    seed: config.seed,
    database: options.database,
    opening: options.opening,
  });

  await app.register(cookie);
  await compressAnswers(app);
  // With REDIS_URL, request budgets and rate limits count across every instance.
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, app.log) : null;
  const defences = await hardening(app, config, redis);
  requestGuard(app, config.auth.allowedOrigins, defences.isInternal);

  const now = options.now ?? (() => new Date());
  const db = app.database.db;
  // With REDIS_URL, every instance hears every publish: a comment posted here reaches a subscriber
  // connected there, and a change made here clears the visitor caches there.
  const emitter = await createEmitter(config.redisUrl, config.redisPrefix, app.log);
  const publicAnswers = publicAnswerCache(app, db, config, now, emitter.changes);
  const mailer = new Mailer(db, config.mail, app.log);
  const publish = (topic: string, payload: unknown) =>
    new Promise<void>((resolve) => {
      app.graphql.pubsub.publish({ topic, payload }, () => resolve());
    });
  const fanOut = new FanOut({ db, mailer, publish, log: app.log, now });
  app.decorate('fanOut', fanOut);
  app.decorate('mailer', mailer);
  app.decorate('publicAnswers', publicAnswers);
  const context = buildContext(
    {
      db,
      config,
      limits: createRateLimits(config.auth, config.commentsPerMinute, redis, config.redisPrefix),
      now,
      fanOut,
      publish,
      mailer,
    },
    defences.isInternal,
  );
  // Open subscription sockets, so shutdown can end them before it closes the bus they listen on.
  const sockets = new Set<SubscriptionSocket>();

  await app.register(mercurius, {
    schema,
    resolvers,
    loaders,
    context,
    subscription: {
      emitter: emitter.emitter,
      // The session cookie rides on the WebSocket upgrade; a page from another site may not open one.
      verifyClient: (info, next) => next(socketOriginAllowed(info.origin, info.req.headers.host, config.auth.allowedOrigins), 403),
      context: (socket, request) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return context(request);
      },
      keepAlive: 25_000,
    },
    graphiql: !config.production,
    errorFormatter: formatErrors,
    validationRules: limitRules(config.production),
  });
  app.graphql.addHook('preParsing', async (_schema, source) => checkDocumentSize(source));
  app.graphql.addHook('preExecution', async (schema, document, _context, variables) => checkCost(schema, document, variables));
  app.graphql.addHook('preSubscriptionParsing', async (_schema, source) => checkDocumentSize(source));

  const stopDigest =
    options.background === false ? null : scheduleDailyDigest({ db, mailer, log: app.log, now, hour: config.mail.digestHour });
  const stopSearchWords = options.background === false ? null : scheduleSearchWords({ db, log: app.log });
  if (options.background !== false) fanOut.startSweeping(30_000);
  const stopRemoving = options.background === false ? null : scheduleUnconfirmedRemoval({ db, log: app.log, now });
  app.addHook('onReady', async () => fanOut.kick());
  app.addHook('onClose', async () => {
    stopDigest?.();
    stopSearchWords?.();
    stopRemoving?.();
    await fanOut.stop();
    await mailer.idle();
    mailer.close();
    // Mercurius unsubscribes a socket's subscriptions as it closes; with Redis, an UNSUBSCRIBE sent
    // after the emitter's QUIT leaves QUIT's promise rejected and unhandled, which ends the process.
    await endSockets(sockets);
    await emitter.close();
    if (redis) await redis.quit().catch(() => redis.disconnect());
  });

  app.get('/healthz', async (_request, reply) => {
    const database = app.database.kind;
    try {
      await app.database.ping();
      return { status: 'ok', database };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database });
    }
  });

  await app.register(calendarRoutes, { db, publicUrl: config.mail.publicUrl });

  if (config.webBuildDir)
    await app.register(webPlugin, {
      buildDir: config.webBuildDir,
      internalToken: defences.internalToken,
      publicAnswers,
      sharesVisitorPages: config.visitorCache,
    });

  return app;
}
