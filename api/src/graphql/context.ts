import type { Db } from '@muster/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { RateLimits } from '../modules/auth/rate-limits.ts';
import type { FanOut } from '../modules/notifications/fan-out.ts';
import type { Mailer } from '../modules/notifications/mail.ts';
import { readSessionToken } from '../modules/auth/session-cookie.ts';
import { findViewer } from '../modules/auth/sessions.repository.ts';
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
}

declare module 'mercurius' {
  interface MercuriusContext extends AppContext {}
}

export type ContextDeps = Omit<AppContext, 'viewer' | 'unconfirmed' | 'client'>;

/** Resolves the session once per request; every resolver then asks policy.ts about ctx.viewer. */
export function buildContext(deps: ContextDeps) {
  return async (request: FastifyRequest, _reply?: FastifyReply): Promise<AppContext> => {
    const token = readSessionToken(request, deps.config);
    const found = token ? await findViewer(deps.db, token, deps.now(), deps.config.auth) : null;
    const { emailConfirmed, ...viewer } = found ?? { emailConfirmed: true };
    return {
      ...deps,
      viewer: found && emailConfirmed ? (viewer as Viewer) : null,
      unconfirmed: found && !emailConfirmed ? (viewer as Viewer) : null,
      client: {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        // The web app says so on its in-process calls; anything else is a direct API client.
        source: request.headers['x-muster-source'] === 'web' ? 'web' : 'api',
      },
    };
  };
}
