import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';

/** Codes of documents a limit refused (see limits.ts). */
const refusals = new Set(['QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES']);

/** Codes of a database that cannot be reached or is shutting down, from pg, PGlite or the socket. */
const unreachable = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Whether an error, or one it was caused by, says the database is out of reach (not a bug). */
function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && unreachable.has(code)) return true;
  if (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|the database system is (starting up|shutting down)/i.test(message)
  )
    return true;
  return databaseUnavailable(cause, depth + 1);
}

/**
 * A value the database could not read (SQLSTATE class 22: a malformed id, date or number) came
 * from the request unchecked: the client's mistake, though one validation should have caught.
 */
function dataException(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  return dataException(cause, depth + 1);
}

const dataExceptionMessage = 'A value in this request is not one Muster can read; check the IDs, dates and cursors it sends.';

/**
 * graphql's "Did you mean …?" names fields, arguments, types and enum values like the one sent:
 * asked again and again, it rebuilds the schema that production keeps from introspection.
 */
const suggestion = / ?Did you mean [^?]*\?/g;

const unavailableMessage = 'Muster cannot reach its database just now. Please try again in a minute.';

const internalMessage = 'Something went wrong on our side. Please try again; if it keeps happening, tell us.';

type Cause = Error & { errors?: unknown[]; statusCode?: number };

/** The code one of our scalars gave a variable it refused (graphql wraps it once). */
function ownCode(error: unknown): string | undefined {
  const candidates = [error, (error as { originalError?: unknown })?.originalError];
  for (const candidate of candidates) {
    const code = (candidate as { extensions?: { code?: unknown } })?.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Errors a client caused keep their code and message. Anything else (a database failure, a bug)
 * is logged with the request id and reaches the client only as a masked INTERNAL error, so no
 * stack trace, SQL or internal detail ever leaves the server.
 */
export function formatErrors(execution: ExecutionResult & { errors: readonly GraphQLError[] }, ctx: MercuriusContext) {
  const { statusCode } = mercurius.defaultErrorFormatter(execution, ctx);
  const formatted = execution.errors.flatMap((error): GraphQLFormattedError[] => {
    const cause = error.originalError as Cause | undefined;
    // Mercurius wraps a document that fails validation in one error holding the GraphQL errors.
    if (Array.isArray(cause?.errors)) {
      return cause.errors.map((inner) => ({
        message: inner instanceof Error ? inner.message : String(inner),
        locations: inner instanceof GraphQLError ? inner.locations : undefined,
        // A variable our own scalar refused (an impossible date) keeps its BAD_USER_INPUT.
        extensions: { code: ownCode(inner) ?? 'GRAPHQL_VALIDATION_FAILED' },
      }));
    }
    if (typeof error.extensions?.code === 'string') return [error.toJSON()];
    // The request budget ran out before the operation ran.
    if (cause?.statusCode === 429) {
      const retryAfterSeconds = (cause as { retryAfterSeconds?: number }).retryAfterSeconds;
      return [{ message: cause.message, extensions: { code: 'RATE_LIMITED', ...(retryAfterSeconds ? { retryAfterSeconds } : {}) } }];
    }
    if (!cause || cause instanceof GraphQLError || (cause.statusCode !== undefined && cause.statusCode < 500)) {
      // Parsing and variable coercion: the message says what is wrong with the request.
      return [{ ...error.toJSON(), extensions: { code: 'BAD_USER_INPUT' } }];
    }
    if (databaseUnavailable(cause)) {
      ctx.reply?.request.log.warn({ err: cause, path: error.path }, 'the database is unreachable');
      return [{ message: unavailableMessage, locations: error.locations, path: error.path, extensions: { code: 'SERVICE_UNAVAILABLE' } }];
    }
    if (dataException(cause)) {
      // Logged to be fixed at the edge, not at error level: a client can send these at will.
      ctx.reply?.request.log.warn({ err: cause, path: error.path }, 'the database refused a value from the request');
      return [{ message: dataExceptionMessage, locations: error.locations, path: error.path, extensions: { code: 'BAD_USER_INPUT' } }];
    }
    ctx.reply?.request.log.error({ err: cause, path: error.path }, 'unexpected error in a GraphQL operation');
    return [{ message: internalMessage, locations: error.locations, path: error.path, extensions: { code: 'INTERNAL' } }];
  });
  const errors = ctx.config?.production ? formatted.map((e) => ({ ...e, message: e.message.replace(suggestion, '') })) : formatted;
  // A document refused by a limit never ran: the request itself was wrong. Without a database
  // nothing could be answered: 503, so clients and load balancers retry rather than report a bug.
  const refused = errors.length > 0 && errors.every((e) => typeof e.extensions?.code === 'string' && refusals.has(e.extensions.code));
  const unavailable = errors.length > 0 && errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  return { statusCode: refused ? 400 : unavailable ? 503 : statusCode, response: { data: execution.data ?? null, errors } };
}
