import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import mercurius, { type MercuriusContext } from 'mercurius';

/** Codes of documents a limit refused (see limits.ts). */
const refusals = new Set(['QUERY_TOO_LARGE', 'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'TOO_MANY_DIRECTIVES']);

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
  const errors = execution.errors.flatMap((error): GraphQLFormattedError[] => {
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
    ctx.reply?.request.log.error({ err: cause, path: error.path }, 'unexpected error in a GraphQL operation');
    return [{ message: internalMessage, locations: error.locations, path: error.path, extensions: { code: 'INTERNAL' } }];
  });
  // A document refused by a limit never ran: the request itself was wrong.
  const refused = errors.length > 0 && errors.every((e) => typeof e.extensions?.code === 'string' && refusals.has(e.extensions.code));
  return { statusCode: refused ? 400 : statusCode, response: { data: execution.data ?? null, errors } };
}
