// The web app's one GraphQL client. Server-only: it carries the visitor's session cookie.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { signInHref } from '$lib/url';
import { env } from '$env/dynamic/private';

const DEFAULT_API_ORIGIN = 'http://127.0.0.1:3000';
const FETCH_TIMEOUT_MS = 15_000;

export interface ApiErrorDetail {
  message: string;
  /** `extensions.code` from the API, or one of this client's own: API_UNREACHABLE, BAD_RESPONSE. */
  code: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The API answered with GraphQL errors, or could not be reached or understood. */
export class ApiError extends Error {
  readonly errors: readonly ApiErrorDetail[];
  readonly codes: readonly string[];
  /** The HTTP status the API answered with, when there was an answer. */
  readonly status: number | undefined;

  constructor(errors: ApiErrorDetail[], status?: number, options?: { cause?: unknown }) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'GraphQL request failed', options);
    this.name = 'ApiError';
    this.errors = errors;
    this.codes = [...new Set(errors.map((e) => e.code))];
    this.status = status;
  }

  has(code: string): boolean {
    return this.codes.includes(code);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message?: string;
    path?: (string | number)[];
    extensions?: { code?: unknown } & Record<string, unknown>;
  }[];
}

/**
 * Runs one GraphQL operation as the visitor (their cookie goes along) and returns its `data`.
 * Throws ApiError when the answer carries any error, so a page never renders half an answer.
 */
export async function gql<T>(event: RequestEvent, query: string, variables?: Record<string, unknown>): Promise<T> {
  return (await gqlWithHeaders<T>(event, query, variables)).data;
}

/**
 * As `gql`, and also answers the API's response headers: the account mutations answer with a
 * Set-Cookie that the browser must receive (see passOnCookies in ./session.ts).
 */
export async function gqlWithHeaders<T>(
  event: RequestEvent,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    // The API refuses cross-origin requests; the page's own origin is the honest answer.
    origin: event.url.origin,
    // The audit log records whether an action came through the pages or straight to the API.
    'x-muster-source': 'web',
  };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  // The member's sessions list shows the browser, not this server's HTTP client.
  const userAgent = event.request.headers.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent;

  const body = variables ? { query, variables } : { query };
  const answer = await send(event, body, headers);
  return { data: parseAnswer<T>(answer), headers: answer.headers };
}

interface Answer {
  status: number;
  payload: string;
  headers: Headers;
}

function parseAnswer<T>({ status, payload }: Answer): T {
  let parsed: GraphQLResponse<T>;
  try {
    parsed = JSON.parse(payload) as GraphQLResponse<T>;
  } catch (cause) {
    throw new ApiError([{ code: 'BAD_RESPONSE', message: `The API answered ${status} with a body that is not JSON` }], status, { cause });
  }

  if (parsed.errors?.length) {
    throw new ApiError(
      parsed.errors.map((e) => ({
        message: e.message ?? 'Unknown error',
        code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL',
        path: e.path,
        extensions: e.extensions,
      })),
      status,
    );
  }
  if (parsed.data === undefined || parsed.data === null) {
    throw new ApiError([{ code: 'BAD_RESPONSE', message: `The API answered ${status} without data` }], status);
  }
  return parsed.data;
}

async function send(
  event: RequestEvent,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string>,
): Promise<Answer> {
  // In production Fastify serves this app in its own process and lends us its GraphQL
  // endpoint directly: no socket, no second trip through the HTTP stack.
  const muster = event.platform?.req?.muster;
  if (muster) {
    const answer = await muster.graphql(body, headers);
    return { status: answer.statusCode, payload: answer.payload, headers: toHeaders(answer.headers) };
  }

  const endpoint = new URL('/graphql', env.API_ORIGIN || DEFAULT_API_ORIGIN);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    return { status: response.status, payload: await response.text(), headers: response.headers };
  } catch (cause) {
    throw new ApiError([{ code: 'API_UNREACHABLE', message: `Could not reach the API at ${endpoint.origin}` }], undefined, { cause });
  }
}

/** Node's header record (set-cookie as a string or an array of them) as fetch's Headers. */
function toHeaders(raw: Record<string, string | string[] | number | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  return headers;
}

/**
 * For a page's `load`: turns the API errors a visitor can cause into the matching HTTP error
 * page, and lets anything else through as an unexpected (500) error. Pass `signInFrom` (the
 * page's URL) on pages that need an account: there UNAUTHENTICATED sends the visitor to sign in
 * and back, rather than to an error page.
 */
export function toPageError(err: unknown, signInFrom?: URL): never {
  if (err instanceof ApiError) {
    if (err.has('UNAUTHENTICATED') && signInFrom) redirect(303, signInHref(signInFrom));
    if (err.has('NOT_FOUND')) error(404, 'Not found');
    if (err.has('BAD_USER_INPUT')) error(400, err.errors[0]?.message ?? 'That request is not valid');
    if (err.has('UNAUTHENTICATED')) error(401, 'Please sign in to see this page');
    // The API says why (the role it takes, a second factor to set up first), for people.
    if (err.has('FORBIDDEN')) {
      error(403, err.errors.find((e) => e.code === 'FORBIDDEN')?.message ?? 'You do not have access to this page');
    }
    if (err.has('RATE_LIMITED')) error(429, 'Too many requests; please wait a moment and try again');
    if (err.has('API_UNREACHABLE') || err.has('SERVICE_UNAVAILABLE')) error(503, 'Muster is temporarily unavailable');
  }
  throw err;
}
