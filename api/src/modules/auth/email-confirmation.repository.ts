import type { FastifyBaseLogger } from 'fastify';
import { and, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import { auditLog, departments, emailConfirmations, users, type Db, type NewDepartment, type User, returnedRow } from '@muster/db';
import { recordAudit } from '../audit/index.ts';
import { uniqueDepartmentSlug } from '../departments/index.ts';
import { insertUser } from '../users/index.ts';
import { sha256 } from './tokens.ts';

/** How long a confirmation link works, and how long an account waits for its address to be confirmed. */
export const confirmationDays = 7;
const days = (n: number) => n * 24 * 60 * 60_000;

export const confirmationUrl = (publicUrl: string, token: string) => `${publicUrl}/confirm-email/${token}`;

export interface ConfirmationLink {
  userId: string;
  /** The address the link was mailed to: the account's own at sign-up, the new one for a change. */
  email: string;
  expiresAt: Date;
}

/** Keeps a new link for the member (its hash); an older one, for whichever address, stops working. */
export async function storeConfirmation(db: Db, input: { userId: string; email: string; tokenHash: string; now: Date }): Promise<void> {
  const values = {
    email: input.email,
    tokenHash: input.tokenHash,
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + days(confirmationDays)),
  };
  await db
    .insert(emailConfirmations)
    .values({ userId: input.userId, ...values })
    .onConflictDoUpdate({ target: emailConfirmations.userId, set: values });
}

/** The live link a token opens; null when unknown, expired, used or replaced. */
export async function findConfirmation(db: Db, token: string, now: Date): Promise<ConfirmationLink | null> {
  const [row] = await db
    .select({ userId: emailConfirmations.userId, email: emailConfirmations.email, expiresAt: emailConfirmations.expiresAt })
    .from(emailConfirmations)
    .where(and(eq(emailConfirmations.tokenHash, sha256(token)), gt(emailConfirmations.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/** Uses a link up in one statement (two clicks at once cannot both use it); answers whether it was live. */
export async function spendConfirmation(db: Db, token: string, now: Date): Promise<boolean> {
  const rows = await db
    .delete(emailConfirmations)
    .where(and(eq(emailConfirmations.tokenHash, sha256(token)), gt(emailConfirmations.expiresAt, now)))
    .returning({ id: emailConfirmations.id });
  return rows.length === 1;
}

export interface NewAccount {
  email: string;
  displayName: string;
  title: string;
  passwordHash: string;
  departmentId?: string;
  requestedDepartment?: Omit<NewDepartment, 'slug'>;
}

/**
 * Creates an account whose address is not confirmed yet (and the department it asked for), with
 * its confirmation link; null when the address was registered meanwhile (nothing is written).
 */
export async function createUnconfirmedAccount(db: Db, account: NewAccount, tokenHash: string, now: Date): Promise<User | null> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).limit(1);
  if (existing) return null;
  let departmentId = account.departmentId;
  if (account.requestedDepartment) {
    const slug = await uniqueDepartmentSlug(db, account.requestedDepartment.name);
    const created = returnedRow(
      await db
        .insert(departments)
        .values({ ...account.requestedDepartment, slug, verified: false })
        .returning(),
    );
    departmentId = created.id;
  }
  const created = await insertUser(db, {
    email: account.email,
    displayName: account.displayName,
    title: account.title,
    departmentId,
    passwordHash: account.passwordHash,
    passwordChangedAt: now,
    emailConfirmedAt: null,
    createdAt: now,
  });
  if (!created) return null;
  await storeConfirmation(db, { userId: created.id, email: created.email, tokenHash, now });
  return created;
}

/**
 * The member proved they read `email`: it becomes (or stays) their address, confirmed now. With
 * `join`, the member moves to the department that lists the address's domain, verified at once
 * when that department asked for it.
 */
export async function confirmAddress(
  db: Db,
  userId: string,
  email: string,
  now: Date,
  join: { departmentId: string; autoVerify: boolean } | null,
): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({
      email,
      emailConfirmedAt: now,
      ...(join ? { departmentId: join.departmentId, verification: join.autoVerify ? 'VERIFIED' : 'UNVERIFIED' } : {}),
    })
    .where(eq(users.id, userId))
    .returning();
  return row ?? null;
}

/**
 * Removes the accounts whose address was not confirmed within seven days of signing up, and
 * records it; answers the addresses removed. An account the audit log already names (it tried
 * to sign in with a wrong password, say) cannot be deleted, as the log is append-only: it is
 * emptied instead (no address, no password, disabled), which frees the address just the same.
 */
export async function removeUnconfirmedAccounts(db: Db, now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - days(confirmationDays));
  return db.transaction(async (tx) => {
    const stale = and(isNull(users.emailConfirmedAt), isNull(users.disabledAt), lte(users.createdAt, cutoff));
    const named = sql`exists (select 1 from ${auditLog} where ${auditLog.actorId} = ${users.id} or ${auditLog.subjectId} = ${users.id})`;
    const deleted = await tx
      .delete(users)
      .where(and(stale, sql`not ${named}`))
      .returning({ email: users.email });
    const emptied = await tx
      .update(users)
      .set({
        email: sql`'removed-' || ${users.id} || '@removed.invalid'`,
        handle: sql`'removed-' || replace(${users.id}::text, '-', '')`,
        displayName: 'Removed account',
        passwordHash: null,
        disabledAt: now,
      })
      .where(and(stale, named))
      .returning({
        id: users.id,
        email: sql<string>`(select ${emailConfirmations.email} from ${emailConfirmations} where ${emailConfirmations.userId} = ${users.id})`,
      });
    if (emptied.length) await tx.delete(emailConfirmations).where(sql`${emailConfirmations.userId} in ${emptied.map((r) => r.id)}`);
    const removed = [...deleted.map((r) => r.email), ...emptied.map((r) => r.email ?? `account ${r.id}`)];
    if (removed.length) {
      await recordAudit(tx, {
        action: 'UNCONFIRMED_ACCOUNTS_REMOVED',
        outcome: 'SUCCESS',
        actorId: null,
        at: now,
        ip: null,
        source: 'api',
        detail: `${removed.length} accounts not confirmed within ${confirmationDays} days: ${removed.join(', ')}`,
      });
    }
    return removed;
  });
}

/** Runs the removal once an hour (and a minute after start) on a long-running server; answers a stop function. */
export function scheduleUnconfirmedRemoval(deps: { db: Db; log: Pick<FastifyBaseLogger, 'info' | 'error'>; now: () => Date }): () => void {
  const run = () =>
    void removeUnconfirmedAccounts(deps.db, deps.now())
      .then((removed) => removed.length > 0 && deps.log.info({ removed: removed.length }, 'unconfirmed accounts removed'))
      .catch((error) => deps.log.error({ err: error }, 'removing unconfirmed accounts failed'));
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 60 * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
