import type { RequestEvent } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';

/** How long a page is reused for visitors: as long as the API reuses their answers. */
export const pageCacheSeconds = 10;

interface CachedPage {
  body: string;
  status: number;
  headers: [string, string][];
  /** The API's count of changes when the page was made: once it moves, the page is stale. */
  changes: number;
}

const pages = new LRUCache<string, CachedPage>({
  ttl: pageCacheSeconds * 1000,
  // At most 32 MB of pages.
  maxSize: 32 * 2 ** 20,
  sizeCalculation: (page) => page.body.length + 512,
  max: 2048,
});
/** Pages being made, by key, for visitors who ask for the same one meanwhile. */
const making = new Map<string, Promise<CachedPage | null>>();

/**
 * Which cache entry a request may share, or null when it must be made for this request alone: only
 * a GET carrying no cookie at all (a visitor; a session, a half-finished sign-in or anything else
 * cookie-borne keeps a page personal), and only when Fastify serves the app (it tells when the API
 * has changed anything). Pages then differ by URL only; the Accept header is kept in the key too.
 */
export function visitorPageKey(event: RequestEvent): string | null {
  const { request } = event;
  const muster = event.platform?.req?.muster;
  if (request.method !== 'GET' || request.headers.get('cookie') || !muster?.sharesVisitorPages) return null;
  // The whole URL, origin included: a page may name its own address (a host behind another name gets its own copy).
  return `${request.headers.get('accept') ?? ''}\n${event.url.href}`;
}

function answer(page: CachedPage): Response {
  return new Response(page.body, { status: page.status, headers: page.headers });
}

/**
 * A visitor's page (and the data requests of client-side navigation) is made once and reused for
 * `pageCacheSeconds` by every visitor, or until the API runs a mutation (on this instance, or on
 * another that told it through Redis). What is
 * kept is the whole response, its Content-Security-Policy included: its hashes match its scripts,
 * so a reused page is as strict as a fresh one. Only 200s that set no cookie are kept, and never a
 * page that says `Cache-Control: no-store` or `private` (one opened from a link carrying a secret). Visitors
 * asking for a page while it is being made wait for it.
 */
export async function sharedVisitorPage(event: RequestEvent, key: string, make: () => Promise<Response>): Promise<Response> {
  const changes = event.platform!.req!.muster!.changes();
  const kept = pages.get(key);
  if (kept && kept.changes === changes) return answer(kept);
  const pending = making.get(key);
  if (pending) {
    const page = await pending;
    if (page) return answer(page);
    return make();
  }

  let settle!: (page: CachedPage | null) => void;
  making.set(key, new Promise((resolve) => (settle = resolve)));
  try {
    const response = await make();
    if (
      response.status !== 200 ||
      response.headers.has('set-cookie') ||
      /no-store|private/.test(response.headers.get('cache-control') ?? '')
    ) {
      settle(null);
      return response;
    }
    const page: CachedPage = { body: await response.text(), status: response.status, headers: [...response.headers], changes };
    // A mutation while the page was being made: it may show either side of the change.
    if (event.platform!.req!.muster!.changes() === changes) pages.set(key, page);
    settle(page);
    return answer(page);
  } catch (error) {
    settle(null);
    throw error;
  } finally {
    making.delete(key);
  }
}
