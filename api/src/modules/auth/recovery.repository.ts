import { and, eq, gt, sql } from 'drizzle-orm';
import { passwordResets, users, type Db, type User } from '@muster/db';
import { sha256 } from './tokens.ts';

/** How long a reset link works: long enough to open the mail, short enough that an old mail is useless. */
export const resetLinkMinutes = 30;

export const resetLinkUrl = (publicUrl: string, token: string) => `${publicUrl}/reset-password/${token}`;

/** Keeps a new link for the member (its hash); the older one, if any, stops working. */
export async function storeResetLink(
  db: Db,
  input: { userId: string; tokenHash: string; now: Date; sentById: string | null },
): Promise<void> {
  const values = {
    tokenHash: input.tokenHash,
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + resetLinkMinutes * 60_000),
    sentById: input.sentById,
  };
  await db
    .insert(passwordResets)
    .values({ userId: input.userId, ...values })
    .onConflictDoUpdate({ target: passwordResets.userId, set: values });
}

/** The live link a token opens, or null when it is unknown, expired or already used. */
export async function findResetLink(db: Db, token: string, now: Date): Promise<{ userId: string; expiresAt: Date } | null> {
  const [row] = await db
    .select({ userId: passwordResets.userId, expiresAt: passwordResets.expiresAt })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, sha256(token)), gt(passwordResets.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/** Uses a link up, in one statement (two submissions at once cannot both use it); answers whether it was live. */
export async function spendResetLink(db: Db, token: string, now: Date): Promise<boolean> {
  const rows = await db
    .delete(passwordResets)
    .where(and(eq(passwordResets.tokenHash, sha256(token)), gt(passwordResets.expiresAt, now)))
    .returning({ id: passwordResets.id });
  return rows.length === 1;
}

/** The new password; whoever sets it proved they read the member's mail, so a lockout ends too. */
export async function setNewPassword(db: Db, userId: string, passwordHash: string, now: Date): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: now,
      lockedAt: null,
      failedSignIns: 0,
      lastFailedSignInAt: null,
      // The link came to this address: following it proves the member owns it.
      emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, ${now})`,
    })
    .where(eq(users.id, userId))
    .returning();
  return row ?? null;
}
