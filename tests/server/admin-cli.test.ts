import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, createDb, users } from '@muster/db';
import { gql, signIn, signInMutation, testApp } from '../helpers/app.ts';
import { tempDataDir } from '../helpers/server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const publicUrl = 'https://muster.example.org';
const resetPassword = `mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;

/** `pnpm admin …` as an operator runs it, with the server stopped; answers its exit code and output. */
async function admin(dataDir: string, ...args: string[]): Promise<{ code: number; output: string; token?: string }> {
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'api/src/admin.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: publicUrl, NODE_ENV: '' },
  });
  try {
    const { stdout, stderr } = await run;
    const output = stdout + stderr;
    return { code: 0, output, token: output.match(new RegExp(`${publicUrl}/reset-password/([A-Za-z0-9_-]{43})\\n`))?.[1] };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** Opens the embedded database the way the server would, runs `use` against the API on it, and closes it again. */
async function withServer<T>(dataDir: string, use: (app: Awaited<ReturnType<typeof testApp>>) => Promise<T>): Promise<T> {
  const database = await createDb({ dataDir });
  const app = await testApp(database, { auth: { signInsPerMinute: 1000 } as never });
  try {
    return await use(app);
  } finally {
    await app.close();
    await database.close();
  }
}

// Each run opens (and on first use creates) an embedded database in a new process: minutes on a busy machine.
describe('pnpm admin', { timeout: 300_000 }, () => {
  it('creates an administrator on a new PGlite database and prints a one-time link to set the password', async () => {
    const dataDir = tempDataDir();
    const created = await admin(dataDir, 'create-admin', 'Chief.Operator@Example.gov');
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Created the administrator chief.operator@example.gov.');
    expect(created.token).toBeDefined();

    await withServer(dataDir, async (app) => {
      const done = await gql(app, resetPassword, { token: created.token, newPassword: 'granite meadow lantern ferry' });
      expect(done.data).toEqual({ resetPassword: true });
      const session = await signIn(app, 'chief.operator@example.gov', 'granite meadow lantern ferry');
      expect((await gql(app, `{ me { role verification } }`, {}, { session })).data!.me).toEqual({
        role: 'ADMIN',
        verification: 'VERIFIED',
      });
    });
  });

  it('prints a reset link that lets the only administrator, locked out, back in; the older link stops working', async () => {
    const dataDir = tempDataDir();
    const email = 'only.admin@example.gov';
    const first = await admin(dataDir, 'create-admin', email);
    await withServer(dataDir, async (app) => {
      expect((await gql(app, resetPassword, { token: first.token, newPassword: 'first password of the site' })).data).toEqual({
        resetPassword: true,
      });
      for (let i = 0; i < 5; i++) await gql(app, signInMutation, { input: { email, password: `forgotten ${i}` } });
      await app.mailer.idle();
    });

    const link = await admin(dataDir, 'reset-link', email);
    expect(link.code, link.output).toBe(0);
    const newer = await admin(dataDir, 'reset-link', email);
    expect(newer.token).not.toBe(link.token);

    await withServer(dataDir, async (app) => {
      const stale = await gql(app, resetPassword, { token: link.token, newPassword: 'second password of the site' });
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect((await gql(app, resetPassword, { token: newer.token, newPassword: 'second password of the site' })).data).toEqual({
        resetPassword: true,
      });
      await expect(signIn(app, email, 'second password of the site')).resolves.toBeTruthy();
      const [user] = await app.database.db.select().from(users).where(eq(users.email, email));
      expect(user!.lockedAt).toBeNull();
      const entries = await app.database.db.select().from(auditLog).where(eq(auditLog.subjectId, user!.id));
      expect(entries.filter((e) => e.source === 'cli').map((e) => e.action)).toEqual([
        'ADMIN_CREATED',
        'PASSWORD_RESET_SENT',
        'PASSWORD_RESET_SENT',
        'PASSWORD_RESET_SENT',
      ]);
    });
  });

  it('says what is wrong, and exits 1, for an unknown account or a wrong command', async () => {
    const dataDir = tempDataDir();
    const unknown = await admin(dataDir, 'reset-link', 'nobody@example.gov');
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.output).toContain(
      'There is no account with the address nobody@example.gov. To make one, run: pnpm admin create-admin nobody@example.gov',
    );
    const wrong = await admin(dataDir, 'make-admin', 'x@example.gov');
    expect(wrong).toMatchObject({ code: 1 });
    expect(wrong.output).toContain('Usage: pnpm admin create-admin <email> | pnpm admin reset-link <email>');
  });
});
