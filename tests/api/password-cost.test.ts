import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, owaspPasswordHash } from '@muster/api/config';
import { users } from '@muster/db';
import { gql, signInMutation, signUpWith, testApp } from '../helpers/app.ts';
import { testDatabase, type TestDatabase } from '../helpers/database.ts';

describe('PASSWORD_HASH_MEMORY_KIB and PASSWORD_HASH_ITERATIONS', () => {
  it("are OWASP's argon2id cost unless set, in production and out of it", () => {
    expect(owaspPasswordHash).toEqual({ memoryKib: 19456, iterations: 2 });
    expect(loadConfig({}).auth.passwordHash).toEqual(owaspPasswordHash);
    expect(loadConfig({ NODE_ENV: 'production' }).auth.passwordHash).toEqual(owaspPasswordHash);
  });

  it('take a higher cost in production and refuse a lower one, naming the variable', () => {
    const production = { NODE_ENV: 'production' };
    expect(loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '65536', PASSWORD_HASH_ITERATIONS: '3' }).auth.passwordHash).toEqual({
      memoryKib: 65536,
      iterations: 3,
    });
    for (const [name, value] of [
      ['PASSWORD_HASH_MEMORY_KIB', '19455'],
      ['PASSWORD_HASH_MEMORY_KIB', '8'],
      ['PASSWORD_HASH_ITERATIONS', '1'],
    ] as const) {
      expect(() => loadConfig({ ...production, [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, [name]: value })).toThrow(new RegExp(`^${name} must be a whole number from \\d+`));
    }
  });

  it("go down to argon2's minimum outside production, and no further", () => {
    for (const NODE_ENV of ['', 'development', 'test']) {
      expect(loadConfig({ NODE_ENV, PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_ITERATIONS: '1' }).auth.passwordHash).toEqual({
        memoryKib: 8,
        iterations: 1,
      });
      expect(() => loadConfig({ NODE_ENV, PASSWORD_HASH_MEMORY_KIB: '7' })).toThrow(/^PASSWORD_HASH_MEMORY_KIB must be/);
      expect(() => loadConfig({ NODE_ENV, PASSWORD_HASH_ITERATIONS: '0' })).toThrow(/^PASSWORD_HASH_ITERATIONS must be/);
    }
  });
});

describe('a change of password cost', () => {
  let database: TestDatabase;
  let cheap: FastifyInstance;
  let owasp: FastifyInstance;

  beforeAll(async () => {
    database = await testDatabase('demo');
    const auth = { signUpsPerHour: 1000 } as never;
    // Two servers on one database, as before and after the setting changes.
    cheap = await testApp(database, { auth });
    owasp = await testApp(database, { auth: { ...(auth as object), passwordHash: owaspPasswordHash } as never });
  });

  afterAll(async () => {
    await cheap?.close();
    await owasp?.close();
    await database?.close();
  });

  const storedHash = async (email: string) =>
    (await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, email)))[0]!.hash!;
  const signInWith = (app: FastifyInstance, email: string, password: string) => gql(app, signInMutation, { input: { email, password } });

  it('keeps every password working: each hash names its own cost, and a new one is made at the new cost', async () => {
    const email = 'cost.change@memphis-pd.example.gov';
    const first = 'a lantern on the harbour wall';
    const { session } = await signUpWith(cheap, {
      email,
      password: first,
      displayName: 'Cost Change',
      title: 'Officer',
      departmentSlug: 'memphis-pd',
    });
    expect(await storedHash(email)).toMatch(/^\$argon2id\$v=19\$m=8,t=1,p=1\$/);

    // After the cost goes up: the old hash still lets the member in, and still refuses a wrong password.
    expect((await signInWith(owasp, email, first)).setCookie?.value).toBeTruthy();
    const wrong = await signInWith(owasp, email, 'a lantern on the harbour walls');
    expect(wrong.setCookie).toBeUndefined();
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A password chosen now is hashed at the new cost; the old one no longer works.
    const second = 'seven gulls over the breakwater';
    const changed = await gql(
      owasp,
      `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`,
      { current: first, next: second },
      { session },
    );
    expect(changed.errors).toBeUndefined();
    expect(await storedHash(email)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    // And back down again: the server at the lower cost verifies the higher-cost hash.
    expect((await signInWith(cheap, email, second)).setCookie?.value).toBeTruthy();
    expect((await signInWith(cheap, email, first)).setCookie).toBeUndefined();
  });
});
