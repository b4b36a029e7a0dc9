import { randomUUID } from 'node:crypto';
import type { Db, Department, User } from '@muster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { type RateLimits, readSessionToken, findViewer, sessionStands } from '../modules/auth/index.ts';
import type { FanOut, Mailer } from '../modules/notifications/index.ts';
import type { Viewer } from '../policy.ts';

/** Where a request came from, for the audit log and rate limits. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  source: 'web' | 'api';
}

export interface AppContext {
  db: Db;
  config: Config;
  viewer: Viewer | null;
  /**
   * A member signed in whose address is not confirmed yet: `viewer` stays null (they are a visitor
   * everywhere) and only `me`, signing out and confirming the address read this.
   */
  unconfirmed: Viewer | null;
  /**
   * The signed-in account (confirmed or not) and its department, as read with the session: `me`
   * and the header's department answer from these without reading them again.
   */
  account: { user: User; department: Department | null } | null;
  client: ClientInfo;
  limits: RateLimits;
  /** The clock; tests move it to expire sessions. */
  now: () => Date;
  /** Kick it after committing an activity: it writes the notifications and delivers them. */
  fanOut: FanOut;
  /** Account mail (reset links, lockouts) that does not wait for fan-out. */
  mailer: Mailer;
  /** Tells live subscribers (on every instance) about a new row, by id. */
  publish: (topic: string, payload: unknown) => Promise<void>;
  /** Whether the viewer's session still stands: a live subscription asks before each event, so that a member who signed out hears nothing more. */
  sessionStands: (viewer: Viewer) => Promise<boolean>;
}

declare module 'mercurius' {
  interface MercuriusContext extends AppContext {}
}

export type ContextDeps = Omit<AppContext, 'viewer' | 'unconfirmed' | 'account' | 'client' | 'sessionStands'>;

/** The header the web app's in-process calls name their page request with (believed only on internal calls). */
export const pageHeader = 'x-muster-page';

/**
 * Session look-ups shared by the in-process calls of one page request, by page and session token:
 * the layout's `me` and each of the page's documents would otherwise read the same session again.
 */
const pageViewers = new Map<string, Map<string, ReturnType<typeof findViewer>>>();

/**
 * Opened by the web bridge for a page request. `forget` drops what was looked up (the bridge calls
 * it around every mutation, which may change who the viewer is); `close` when the page is sent.
 */
export function openPageViewers(): { id: string; forget(): void; close(): void } {
  const id = randomUUID();
  pageViewers.set(id, new Map());
  return { id, forget: () => pageViewers.get(id)?.clear(), close: () => pageViewers.delete(id) };
}

/** Resolves the session once per request (once per page for the web app's calls); every resolver then asks policy.ts about ctx.viewer. */
export function buildContext(deps: ContextDeps, isInternal: (request: FastifyRequest) => boolean = () => false) {
  type Found = Awaited<ReturnType<typeof findViewer>>;
  const lookUp = (request: FastifyRequest, token: string): Promise<Found> => {
    const page = isInternal(request) ? pageViewers.get(String(request.headers[pageHeader] ?? '')) : undefined;
    const known = page?.get(token);
    if (known) return known;
    const found = findViewer(deps.db, token, deps.now(), deps.config.auth);
    if (page) {
      page.set(token, found);
      found.catch(() => page.delete(token));
    }
    return found;
  };
  return async (request: FastifyRequest, _reply?: FastifyReply): Promise<AppContext> => {
    const token = readSessionToken(request, deps.config);
    const found = token ? await lookUp(request, token) : null;
    return {
      ...deps,
      viewer: found?.emailConfirmed ? found.viewer : null,
      unconfirmed: found && !found.emailConfirmed ? found.viewer : null,
      account: found ? { user: found.account, department: found.department } : null,
      sessionStands: (viewer) => sessionStands(deps.db, viewer.sessionId, deps.now()),
      client: {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        // The web app says so on its in-process calls; anything else is a direct API client.
        source: request.headers['x-muster-source'] === 'web' ? 'web' : 'api',
      },
    };
  };
}
