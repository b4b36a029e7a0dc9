import { eq } from 'drizzle-orm';
import { createDb, users, type Db, returnedRow } from '@muster/db';
import { ConfigError, loadConfig } from './config.ts';
import { recordAudit } from './modules/audit/index.ts';
import { resetLinkMinutes, resetLinkUrl, storeResetLink, randomToken, sha256 } from './modules/auth/index.ts';
import { findUserByEmail, uniqueHandle } from './modules/users/index.ts';

/**
 * `pnpm admin create-admin <email>` and `pnpm admin reset-link <email>`: what an operator runs when
 * no administrator can sign in (the only one forgot the password, or is locked out), so that a site
 * is never stuck. Each prints a one-time link to set a password; the link is not mailed. It reads
 * the configuration the server reads (DATABASE_URL, or DATA_DIR for the embedded database, and
 * PUBLIC_URL for the link). PGlite opens in one process at a time: stop the server first.
 */
const usage = 'Usage: pnpm admin create-admin <email> | pnpm admin reset-link <email>';

class UsageError extends Error {}

/** An operator's action, in the audit log like any other: source "cli", no actor, the account as subject. */
const record = (db: Db, action: string, subjectId: string, email: string, detail: string, now: Date) =>
  recordAudit(db, { action, outcome: 'SUCCESS', actorId: null, subjectId, email, detail, at: now, ip: null, source: 'cli' });

async function createAdmin(db: Db, email: string, now: Date): Promise<{ id: string; created: boolean }> {
  return db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      await tx.update(users).set({ role: 'ADMIN', verification: 'VERIFIED', disabledAt: null }).where(eq(users.id, existing.id));
      await record(tx, 'ROLE_CHANGED', existing.id, email, `${existing.role} → ADMIN by an operator (pnpm admin create-admin)`, now);
      return { id: existing.id, created: false };
    }
    const displayName = email.split('@')[0]!;
    const created = returnedRow(
      await tx
        .insert(users)
        .values({
          email,
          displayName,
          handle: await uniqueHandle(tx, displayName),
          title: 'Administrator',
          role: 'ADMIN',
          verification: 'VERIFIED',
          emailConfirmedAt: now,
          createdAt: now,
        })
        .returning({ id: users.id }),
    );
    await record(
      tx,
      'ADMIN_CREATED',
      created.id,
      email,
      'by an operator (pnpm admin create-admin); no password until the link is used',
      now,
    );
    return { id: created.id, created: true };
  });
}

async function main(argv: string[]): Promise<void> {
  const [command, given, ...rest] = argv;
  if ((command !== 'create-admin' && command !== 'reset-link') || !given || rest.length > 0) throw new UsageError(usage);
  const email = given.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`"${given}" is not an email address. ${usage}`);
  const config = loadConfig(process.env);
  const database = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const now = new Date();
    let userId: string;
    if (command === 'create-admin') {
      const { id, created } = await createAdmin(database.db, email, now);
      console.log(created ? `Created the administrator ${email}.` : `${email} is now an administrator.`);
      userId = id;
    } else {
      const user = await findUserByEmail(database.db, email);
      if (!user) throw new UsageError(`There is no account with the address ${email}. To make one, run: pnpm admin create-admin ${email}`);
      if (user.disabledAt) console.log(`Note: ${email} is disabled; an administrator must enable it before it can sign in.`);
      userId = user.id;
    }
    const token = randomToken();
    await database.db.transaction(async (tx) => {
      await storeResetLink(tx, { userId, tokenHash: sha256(token), now, sentById: null });
      await record(tx, 'PASSWORD_RESET_SENT', userId, email, 'printed for an operator (pnpm admin)', now);
    });
    console.log(`Open this link within ${resetLinkMinutes} minutes to set the password (it works once, and ends a lockout):`);
    console.log(resetLinkUrl(config.mail.publicUrl, token));
  } finally {
    await database.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const known = error instanceof UsageError || error instanceof ConfigError;
  console.error(known ? (error as Error).message : `pnpm admin failed: ${(error as Error).message}`);
  process.exit(1);
}
