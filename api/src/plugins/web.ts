import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PublicAnswers } from '../graphql/cache.ts';
import { openPageViewers, pageHeader } from '../graphql/context.ts';
import { compressPage } from './compression.ts';
import { internalHeader } from './hardening.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What the SvelteKit app finds on `event.platform.req.muster`: the API, called in-process. */
export interface InProcessApi {
  graphql(
    body: { query: string; variables?: Record<string, unknown> },
    headers: Record<string, string>,
  ): Promise<{ statusCode: number; headers: Record<string, string | string[] | number | undefined>; payload: string }>;
  /**
   * Moves whenever this instance runs a mutation, or hears through Redis that another did: pages
   * kept for visitors from before it are stale.
   */
  changes(): number;
  /** False with VISITOR_CACHE=off: the web app makes every visitor's page for them alone. */
  sharesVisitorPages: boolean;
}

const protocolHeader = 'x-muster-protocol';
const immutableAssets = '/_app/immutable/';
const assetHeaders = new Set(['x-content-type-options', 'cross-origin-resource-policy', 'strict-transport-security']);
const hostHeader = 'x-muster-host';

export function webHandlerPath(buildDir: string): string {
  return join(buildDir, 'handler.js');
}

/**
 * Hands every URL the API does not own to the SvelteKit app built by adapter-node, so pages and
 * /graphql share one origin and one port. Registered in its own scope: its catch-all route
 * leaves request bodies unread (form posts are SvelteKit's to parse).
 */
export async function webPlugin(
  app: FastifyInstance,
  options: { buildDir: string; internalToken: string; publicAnswers: PublicAnswers; sharesVisitorPages: boolean },
) {
  const handlerFile = webHandlerPath(options.buildDir);
  if (!existsSync(handlerFile)) {
    throw new Error(`The web app is not built (${handlerFile} is missing): run "pnpm build".`);
  }
  // adapter-node assumes https unless told; Fastify knows the protocol and host the request really
  // came with (X-Forwarded-* behind a trusted proxy), so it tells the handler through headers of
  // its own, set below on every request and never taken from the client. adapter-node reads these
  // variables when the handler loads; an explicit ORIGIN still wins.
  process.env.PROTOCOL_HEADER ??= protocolHeader;
  process.env.HOST_HEADER ??= hostHeader;
  const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: NodeHandler };
  const root = app;

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));

  app.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    url: '/*',
    handler: (request, reply) => {
      // The page's calls look its session up once between them.
      const viewers = openPageViewers();
      reply.raw.once('close', viewers.close);
      const api: InProcessApi = {
        graphql: async (body, headers) => {
          // A mutation may change who the viewer is (signing in or out, a new department): it and
          // the calls after it look the session up afresh.
          const mutates = /\bmutation\b/.test(body.query);
          if (mutates) viewers.forget();
          const response = await root.inject({
            method: 'POST',
            url: '/graphql',
            payload: body,
            // The page's own Host, so the API sees the same origin the browser used.
            headers: {
              ...headers,
              host: request.headers.host ?? 'localhost',
              'content-type': 'application/json',
              [internalHeader]: options.internalToken,
              [pageHeader]: viewers.id,
            },
            remoteAddress: request.ip,
          });
          if (mutates) viewers.forget();
          return { statusCode: response.statusCode, headers: response.headers, payload: response.payload };
        },
        changes: options.publicAnswers.generation,
        sharesVisitorPages: options.sharesVisitorPages,
      };
      request.raw.headers[protocolHeader] = request.protocol;
      request.raw.headers[hostHeader] = request.host;
      Object.assign(request.raw, { muster: api });
      // Headers hooks set (security headers, the request id, the rate limit's count) go out with the page.
      // A built script or stylesheet (named by its content, cached for a year) takes only those that
      // mean something for it: a page loads dozens, and the rest were most of each one's bytes.
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
      if (request.url.startsWith(immutableAssets)) {
        for (const name of reply.raw.getHeaderNames()) if (!assetHeaders.has(name)) reply.raw.removeHeader(name);
      }
      reply.hijack();
      compressPage(request.raw, reply.raw, () =>
        handler(request.raw, reply.raw, () => {
          reply.raw.statusCode = 404;
          reply.raw.end('Not found');
        }),
      );
    },
  });
}
