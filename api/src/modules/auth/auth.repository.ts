import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { recoveryCodes, signInChallenges, users, type Db, type User } from '@muster/db';
import { randomToken, sha256 } from './tokens.ts';

/** Failed sign-ins inside this window count toward a lockout (CJIS AC-7: 5 in 15 minutes). */
export const failureWindowMinutes = 15;
export const failuresBeforeLock = 5;

/**
 * Counts a failed sign-in in one statement (two attempts at once cannot both read the old count)
 * and locks the account on the fifth inside the window. Answers whether this failure locked it.
 */
export async function countFailedSignIn(db: Db, userId: string, now: Date): Promise<{ locked: boolean; justLocked: boolean }> {
  const windowStart = new Date(now.getTime() - failureWindowMinutes * 60_000);
  const next = sql`case when ${users.lastFailedSignInAt} is null or ${users.lastFailedSignInAt} < ${windowStart} then 1 else ${users.failedSignIns} + 1 end`;
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: sql`${next}`,
      lastFailedSignInAt: now,
      lockedAt: sql`case when ${users.lockedAt} is null and ${next} >= ${failuresBeforeLock} then ${now} else ${users.lockedAt} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedAt: users.lockedAt });
  const lockedAt = row?.lockedAt ?? null;
  return { locked: lockedAt !== null, justLocked: lockedAt?.getTime() === now.getTime() };
}

export async function clearFailedSignIns(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedSignIns: 0, lastFailedSignInAt: null }).where(eq(users.id, userId));
}

export async function releaseLock(db: Db, userId: string): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({ lockedAt: null, failedSignIns: 0, lastFailedSignInAt: null })
    .where(eq(users.id, userId))
    .returning();
  return row ?? null;
}

/** Accepts a TOTP step only if it is newer than the last accepted one, atomically. */
export async function acceptTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), sql`(${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function createChallenge(db: Db, userId: string, now: Date): Promise<string> {
  const token = randomToken();
  await db.insert(signInChallenges).values({ userId, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + 5 * 60_000) });
  return token;
}

export async function findChallenge(db: Db, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(signInChallenges)
    .where(and(eq(signInChallenges.tokenHash, sha256(token)), isNull(signInChallenges.usedAt), gt(signInChallenges.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function closeChallenge(db: Db, id: string, now: Date): Promise<void> {
  await db.update(signInChallenges).set({ usedAt: now }).where(eq(signInChallenges.id, id));
}

/** A wrong code on a challenge; after five the challenge is spent and the member starts again. */
export async function failChallenge(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(signInChallenges)
    .set({
      failedAttempts: sql`${signInChallenges.failedAttempts} + 1`,
      usedAt: sql`case when ${signInChallenges.failedAttempts} + 1 >= 5 then ${now}::timestamptz else null end`,
    })
    .where(eq(signInChallenges.id, id));
}

export async function replaceRecoveryCodes(db: Db, userId: string, codes: string[]): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codes.length) await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: sha256(code) })));
}

/** Spends a recovery code; answers whether it was a live one. */
export async function useRecoveryCode(db: Db, userId: string, code: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, sha256(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function setPassword(db: Db, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, userId));
}

/** Keeps a second-factor secret aside until the member proves their app holds it. */
export async function setPendingTotpSecret(db: Db, userId: string, secret: string): Promise<void> {
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId));
}

export async function enableTotp(db: Db, userId: string, secret: string, step: number, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: secret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step })
    .where(eq(users.id, userId));
}

export async function disableTotp(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null })
    .where(eq(users.id, userId));
}
