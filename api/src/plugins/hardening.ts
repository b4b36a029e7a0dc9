import { randomBytes, timingSafeEqual } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';

// A CommonJS module whose plugin is its `default` export.
const metricsPlugin = fastifyMetrics.default;

/** Sent by the server to itself when a page calls the API in-process: those calls were counted as the page. */
export const internalHeader = 'x-muster-internal';

/** Paths that never count against a client's request budget. */
function exempt(url: string, metricsServed: boolean): boolean {
  // Hashed build assets, the health check (load balancers poll it) and metrics (Prometheus scrapes it).
  return url.startsWith('/_app/immutable/') || url === '/healthz' || (metricsServed && url === '/metrics') || url === '/favicon.svg';
}

/**
 * The HTTP defences every response gets: security headers, a per-client request budget (shared
 * through Redis when there is one), and the Prometheus endpoint. Answers the secret that marks the server's own in-process API calls.
 */
export async function hardening(
  app: FastifyInstance,
  config: Config,
  redis: Redis | null,
): Promise<{ internalToken: string; isInternal: (request: FastifyRequest) => boolean }> {
  const internalToken = randomBytes(24).toString('base64url');
  // In production /metrics exists only with its token: figures about the server are not for the
  // public, and a deployment that forgot METRICS_TOKEN fails closed rather than open.
  const metricsServed = !config.production || config.metricsToken !== undefined;
  const isInternal = (request: FastifyRequest) => {
    const given = request.headers[internalHeader];
    return (
      typeof given === 'string' && given.length === internalToken.length && timingSafeEqual(Buffer.from(given), Buffer.from(internalToken))
    );
  };

  // Pages carry SvelteKit's own Content-Security-Policy (hashes of their inline scripts); the JSON API
  // and calendar files get the strictest one below.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    // Calendar programs fetch the .ics feeds from other origins.
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Not helmet's no-referrer: with it a browser sends "Origin: null" on a form post, and
    // SvelteKit's CSRF check refuses every form sent without JavaScript.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  // Logs and the client name a request alike; a page passes its headers on to the reply it hijacks.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (_request, reply) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!reply.hasHeader('content-security-policy') && !type.startsWith('text/html')) {
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    }
  });

  await app.register(rateLimit, {
    global: true,
    max: config.requestsPerMinute,
    timeWindow: 60_000,
    // With several instances the budget is shared through Redis; a Redis outage lets requests through.
    redis: redis ?? undefined,
    skipOnError: true,
    nameSpace: `${config.redisPrefix}-rate:`,
    allowList: (request) => isInternal(request) || exempt(request.url, metricsServed),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.ceil(context.ttl / 1000);
      return Object.assign(new Error(`Too many requests from your network. Try again in ${seconds} seconds.`), {
        statusCode: 429,
        code: 'RATE_LIMITED',
        retryAfterSeconds: seconds,
      });
    },
  });

  // With METRICS_TOKEN set, Prometheus sends it as a bearer token; without, the endpoint is open
  // outside production and absent (404) in production. The plugin puts its own handler on this route.
  const endpoint: RouteOptions = {
    url: '/metrics',
    method: 'GET',
    handler: async () => undefined,
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (config.metricsToken && request.headers.authorization !== `Bearer ${config.metricsToken}`) {
        return reply.code(401).send({ error: 'Send the metrics token as: Authorization: Bearer <METRICS_TOKEN>.' });
      }
    },
  };
  await app.register(metricsPlugin, {
    endpoint: metricsServed ? endpoint : null,
    // Every app in a process (tests build many) starts from a clean registry.
    clearRegisterOnInit: true,
    routeMetrics: { enabled: true, routeBlacklist: ['/metrics', '/healthz'] },
  });

  return { internalToken, isInternal };
}
