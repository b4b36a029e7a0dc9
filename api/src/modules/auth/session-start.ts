import type { MercuriusContext } from 'mercurius';
import type { User } from '@muster/db';
import { audit } from '../audit/index.ts';
import { clearFailedSignIns } from './auth.repository.ts';
import { setSessionCookie } from './session-cookie.ts';
import { createSession, getSecuritySettings, viewerOf } from './sessions.repository.ts';

/** What a sign-in that went through answers, as the schema's AuthPayload. */
export interface SignedIn {
  status: 'SIGNED_IN';
  user: User;
  challenge: null;
  mustEnrollTotp: boolean;
}

/** A new session (and token) at every sign-in; the rest of this operation sees the member as the viewer. */
export async function startSession(ctx: MercuriusContext, user: User, action = 'SIGN_IN'): Promise<SignedIn> {
  if (user.failedSignIns > 0) await clearFailedSignIns(ctx.db, user.id);
  const { token, sessionId } = await createSession(ctx.db, {
    userId: user.id,
    now: ctx.now(),
    auth: ctx.config.auth,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
  });
  setSessionCookie(ctx.reply, ctx.config, token);
  const { requireTotpForPrivileged } = await getSecuritySettings(ctx.db);
  const viewer = viewerOf(user, sessionId, requireTotpForPrivileged, ctx.now());
  // Until the address is confirmed the member is a visitor to everything but their own account;
  // and the audit names them by address only, so the account can be removed if it never is.
  const confirmed = user.emailConfirmedAt !== null;
  ctx.viewer = confirmed ? viewer : null;
  ctx.unconfirmed = confirmed ? null : viewer;
  await audit(ctx, {
    action,
    outcome: 'SUCCESS',
    actorId: confirmed ? user.id : null,
    email: user.email,
    detail: confirmed ? null : 'address not confirmed yet',
  });
  return { status: 'SIGNED_IN', user, challenge: null, mustEnrollTotp: viewer.mustEnrollTotp };
}
