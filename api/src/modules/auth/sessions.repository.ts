import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { departments, sessions, settings, users, type Db, type Department, type User, returnedRow } from '@muster/db';
import type { AuthConfig } from '../../config.ts';
import { isPrivilegedRole, type Viewer } from '../../policy.ts';
import { randomToken, sha256 } from './tokens.ts';

const minutes = (n: number) => n * 60_000;

/** Starts a session; answers the token for the cookie. Only its hash is stored. */
export async function createSession(
  db: Db,
  input: { userId: string; now: Date; auth: AuthConfig; ip: string | null; userAgent: string | null },
): Promise<{ token: string; sessionId: string }> {
  const token = randomToken();
  const row = returnedRow(
    await db
      .insert(sessions)
      .values({
        userId: input.userId,
        tokenHash: sha256(token),
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt: new Date(input.now.getTime() + input.auth.sessionMaxHours * 3_600_000),
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .returning({ id: sessions.id }),
  );
  return { token, sessionId: row.id };
}

const requireTotpSetting = sql<boolean>`coalesce((select (${settings.value}->>'requireTotpForPrivileged')::boolean from ${settings} where ${settings.key} = 'security'), false)`;

/**
 * The viewer behind a session token, in one query with their account and department (every page
 * shows both in its header); null when the session is unknown, revoked, idle too long, past its
 * absolute end, or its account is disabled. A live session is marked seen (at most once a
 * minute, to spare writes).
 */
/** Who a session belongs to, with their account row and department as read in the same statement. */
export interface SessionHolder {
  viewer: Viewer;
  emailConfirmed: boolean;
  /** The account as it was when the session was looked up: `me` answers from it. */
  account: User;
  department: Department | null;
}

export async function findViewer(db: Db, token: string, now: Date, auth: AuthConfig): Promise<SessionHolder | null> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      account: users,
      department: departments,
      requireTotp: requireTotpSetting,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - minutes(auth.sessionIdleMinutes))),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > minutes(1)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  const { account } = row;
  return {
    viewer: viewerOf(account, row.sessionId, Boolean(row.requireTotp), now),
    emailConfirmed: account.emailConfirmedAt !== null,
    account,
    department: row.department,
  };
}

/** The member behind a session, as every resolver asks policy.ts about them. */
export function viewerOf(user: User, sessionId: string, requireTotpForPrivileged: boolean, now: Date): Viewer {
  const totpEnabled = user.totpEnabledAt !== null;
  const secondFactorRequired = requireTotpForPrivileged && isPrivilegedRole(user.role);
  return {
    id: user.id,
    sessionId,
    role: user.role,
    departmentId: user.departmentId,
    verified: user.verification === 'VERIFIED',
    totpEnabled,
    secondFactorRequired,
    mustEnrollTotp: secondFactorRequired && !totpEnabled,
    suspended: user.suspendedUntil && user.suspendedUntil > now ? user.suspendedUntil : null,
  };
}

/** Ends sessions of a member: one, all, or all but one. Answers how many ended. */
export async function revokeSessions(
  db: Db,
  input: { userId: string; now: Date; sessionId?: string; exceptSessionId?: string },
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: input.now })
    .where(
      and(
        eq(sessions.userId, input.userId),
        isNull(sessions.revokedAt),
        input.sessionId ? eq(sessions.id, input.sessionId) : undefined,
        input.exceptSessionId ? ne(sessions.id, input.exceptSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

export async function liveSessions(db: Db, userId: string, now: Date, auth: AuthConfig) {
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - minutes(auth.sessionIdleMinutes))),
      ),
    )
    .orderBy(sql`${sessions.lastSeenAt} desc`);
}

export async function getSecuritySettings(db: Db): Promise<{ requireTotpForPrivileged: boolean }> {
  const [row] = await db.select({ on: requireTotpSetting }).from(sql`(select 1) as one`);
  return { requireTotpForPrivileged: Boolean(row?.on) };
}

export async function setSecuritySettings(db: Db, value: { requireTotpForPrivileged: boolean }, now: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: 'security', value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } });
}

/**
 * Whether the session behind a long-lived subscription still stands (not signed out, revoked or
 * expired, its account not disabled): sockets are authorised once, so each event asks again.
 */
export async function sessionStands(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return rows.length > 0;
}
