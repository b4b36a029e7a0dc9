import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ data: null, errors: [{ message, extensions: { code } }] });
}

/**
 * CSRF stays closed at the door: GraphQL POSTs must be application/json (which a cross-site
 * form cannot send without a preflight), and a browser's Origin must be this server's own or
 * one configured as allowed. Clients that send no Origin (curl, servers) are not browsers.
 */
export function requestGuard(app: FastifyInstance, allowedOrigins: string[], isInternal: (request: FastifyRequest) => boolean) {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== '/graphql') return;
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return refuse(reply, 415, 'BAD_REQUEST', 'Send GraphQL requests as POST with Content-Type: application/json.');
    }
    const origin = request.headers.origin;
    // A page's in-process call carries the page's own origin, which SvelteKit has checked; the
    // call itself comes over no socket, so behind a proxy that ends TLS its protocol would not match.
    if (origin && !isInternal(request) && origin !== `${request.protocol}://${request.host}` && !allowed.has(origin)) {
      return refuse(reply, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
    }
  });
  // One operation per request: a batch would multiply what one request may cost.
  app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== '/graphql') return;
    if (Array.isArray(request.body)) {
      return refuse(
        reply,
        400,
        'BATCH_NOT_ALLOWED',
        'Send one GraphQL operation per request, as a JSON object with "query"; batches are not accepted.',
      );
    }
    // GraphQL over HTTP lets a client send "extensions": null, meaning none.
    const body = request.body as { extensions?: unknown } | null;
    if (body && typeof body === 'object' && body.extensions === null) delete body.extensions;
  });
}

/**
 * The WebSocket twin of the Origin check: a browser opening a subscription socket must be on
 * this server's host (any scheme, since TLS may end at a proxy) or on an allowed origin.
 */
export function socketOriginAllowed(origin: string | undefined, host: string | undefined, allowedOrigins: string[]): boolean {
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}
