import { createHash } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';
import { count, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { owaspPasswordHash } from '@muster/api/config';
import { auditLog, sessions, users } from '@muster/db';
import { demoPassword, demoPractices } from '@muster/db/seed';
import { currentTotp } from '../../api/src/modules/auth/totp.ts';
import { confirmEmailMutation, confirmationToken, gql, signIn, signInMutation, testApp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const publicCount = demoPractices.filter((p) => p.visibility === 'PUBLIC').length;
const membersOnly = demoPractices.find((p) => p.visibility === 'MEMBERS')!;
const chief = (department: string) => `chief@${department}.muster.demo`;
const member = (department: string) => `member@${department}.muster.demo`;

const signUpMutation = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      status
      user {
        id
        email
        verification
        role
        department {
          slug
        }
        requestedDepartment
      }
    }
  }
`;
const meQuery = `{ me { id email role verification totpEnabled } practices { totalCount } }`;

let database: TestDatabase;
let app: FastifyInstance;
let clock = new Date('2026-11-01T09:00:00Z');
const minutes = (n: number) => n * 60_000;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

useTestApp(
  // OWASP's cost, as a fresh install hashes: the stored hash below names it.
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000, passwordHash: owaspPasswordHash } as never }, now: () => clock },
  (opened) => ({ app, database } = opened),
);

async function userId(email: string): Promise<string> {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function auditActions(subjectOrActor: string): Promise<string[]> {
  const rows = await database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(sql`${auditLog.actorId} = ${subjectOrActor} or ${auditLog.subjectId} = ${subjectOrActor}`)
    .orderBy(auditLog.id);
  return rows.map((r) => r.action);
}

/** Signs up, follows the link mailed to the address, signs in: the member's id and session. */
async function signUpConfirmed(input: { email: string; password: string }): Promise<{ id: string; session: string }> {
  const answer = await gql(app, signUpMutation, { input });
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.signUp).toMatchObject({ status: 'CHECK_EMAIL', user: null });
  expect(answer.setCookie).toBeUndefined();
  const confirmed = await gql(app, confirmEmailMutation, { token: await confirmationToken(app, input.email) });
  expect(confirmed.data?.confirmEmail).toBe(true);
  return { id: await userId(input.email), session: await signIn(app, input.email, input.password) };
}

function newMember(overrides: Record<string, unknown> = {}) {
  const id = Math.random().toString(36).slice(2, 8);
  return {
    email: `officer.${id}@memphis.example.gov`,
    password: 'correct horse battery staple',
    displayName: `Officer ${id}`,
    title: 'Sergeant',
    departmentSlug: 'memphis-pd',
    ...overrides,
  };
}

describe('signing up', () => {
  it('creates an unverified member who signs in once the address is confirmed, and sees public write-ups only', async () => {
    const input = newMember();
    const { session } = await signUpConfirmed(input);
    const me = await gql(app, meQuery, {}, { session });
    expect(me.data!.me).toMatchObject({ email: input.email, verification: 'UNVERIFIED', role: 'MEMBER' });
    expect(me.data!.practices.totalCount).toBe(publicCount);
    const hidden = await gql(app, `query ($slug: String!) { practice(slug: $slug) { title } }`, { slug: membersOnly.slug }, { session });
    expect(hidden.data!.practice).toBeNull();
    const signedIn = await gql(app, signInMutation, { input: { email: input.email, password: input.password } });
    expect(signedIn.setCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('stores only the SHA-256 of the session token, and the password as argon2id with OWASP parameters', async () => {
    const input = newMember();
    const { id, session } = await signUpConfirmed(input);
    const stored = await database.db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(session);
    expect(stored[0]!.tokenHash).toBe(createHash('sha256').update(session).digest('hex'));
    expect(Buffer.from(session, 'base64url')).toHaveLength(32);
    const [user] = await database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, input.email));
    expect(user!.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('takes a 64-character passphrase with spaces, whole: one character less does not sign in', async () => {
    const password = 'the quick brown fox jumps over the lazy dog near the river bank!';
    expect(password).toHaveLength(64);
    const input = newMember({ password });
    await signUpConfirmed(input);
    await expect(signIn(app, input.email, password)).resolves.toBeTruthy();
    await expect(signIn(app, input.email, password.slice(0, 63))).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('refuses bad input field by field and leaves no partial account behind', async () => {
    const [before] = await database.db.select({ n: count() }).from(users);
    const common = dictionary['passwords-common'].find((p: string) => p.length >= 12 && !/\s/.test(p))!;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'not-an-email' }, 'email', 'BAD_USER_INPUT'],
      [{ password: 'too short' }, 'password', 'BAD_USER_INPUT'],
      [{ password: common }, 'password', 'BAD_USER_INPUT'],
      [{ departmentSlug: 'atlantis-pd' }, 'departmentSlug', 'BAD_USER_INPUT'],
      [{ departmentSlug: null }, 'departmentSlug', 'BAD_USER_INPUT'],
      [{ displayName: ' ' }, 'displayName', 'BAD_USER_INPUT'],
      [
        {
          departmentSlug: null,
          newDepartment: { name: 'Springfield PD', agencyType: 'MUNICIPAL', state: 'Illinois', city: 'Springfield' },
        },
        'newDepartment.state',
        'BAD_USER_INPUT',
      ],
    ];
    for (const [override, field, code] of cases) {
      const { data, errors } = await gql(app, signUpMutation, { input: newMember(override) });
      expect(data, field).toBeNull();
      expect(errors![0]!.extensions, JSON.stringify(override)).toMatchObject({ code, field });
      expect(errors![0]!.message.length).toBeGreaterThan(10);
    }
    const [after] = await database.db.select({ n: count() }).from(users);
    expect(after!.n).toBe(before!.n);
  });

  it('asks for a new department, which waits for a moderator along with the member', async () => {
    const input = newMember({
      departmentSlug: null,
      newDepartment: { name: 'Springfield Police Department', agencyType: 'MUNICIPAL', state: 'il', city: 'Springfield' },
    });
    const { id, session } = await signUpConfirmed(input);
    const me = await gql(app, `{ me { requestedDepartment } }`, {}, { session });
    expect(me.data!.me.requestedDepartment).toBe('Springfield Police Department');
    const listed = await gql(app, `{ departments(filter: { states: ["IL"] }) { edges { node { name } } } }`);
    expect(listed.data!.departments.edges.map((e: any) => e.node.name)).not.toContain('Springfield Police Department');

    const moderator = await signIn(app, 'moderator@muster.demo', demoPassword);
    const pending = await gql(app, `{ pendingMembers { id requestedDepartment } }`, {}, { session: moderator });
    const entry = pending.data!.pendingMembers.find((m: any) => m.id === id);
    expect(entry.requestedDepartment).toBe('Springfield Police Department');
    await gql(
      app,
      `mutation ($id: ID!) { verifyMember(userId: $id, approve: true) { verification } }`,
      { id: entry.id },
      { session: moderator },
    );
    const after = await gql(app, `{ departments(filter: { states: ["IL"] }) { edges { node { name } } } }`);
    expect(after.data!.departments.edges.map((e: any) => e.node.name)).toContain('Springfield Police Department');
  });
});

describe('signing in', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await gql(app, signInMutation, { input: { email: 'nobody@nowhere.gov', password: demoPassword } });
    const wrong = await gql(app, signInMutation, { input: { email: member('boston-pd'), password: 'not the password at all' } });
    expect(unknown.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]).toEqual(unknown.errors![0]);
    expect(unknown.setCookie).toBeUndefined();
  });

  it('issues a new session token at every sign-in', async () => {
    const first = await signIn(app, member('oakland-pd'), demoPassword);
    const second = await signIn(app, member('oakland-pd'), demoPassword);
    expect(first).not.toBe(second);
  });

  it('locks the account on the fifth failure in 15 minutes: the sixth attempt is refused even with the right password', async () => {
    const email = member('denver-pd');
    for (let i = 0; i < 5; i++) {
      const { errors } = await gql(app, signInMutation, { input: { email, password: `wrong password ${i}` } });
      expect(errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const sixth = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    expect(sixth.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(sixth.setCookie).toBeUndefined();
    expect(await auditActions(await userId(email))).toEqual(expect.arrayContaining(['SIGN_IN_FAILED', 'LOCKOUT']));

    // Still locked 29 minutes later (it opens by itself after LOCKOUT_MINUTES, 30); a chief may release it sooner.
    later(minutes(29));
    await expect(signIn(app, email, demoPassword)).rejects.toThrow(/UNAUTHENTICATED/);

    const release = `mutation ($id: ID!) { releaseLockout(userId: $id) { lockedAt } }`;
    const id = await userId(email);
    const otherChief = await signIn(app, chief('boston-pd'), demoPassword);
    expect((await gql(app, release, { id }, { session: otherChief })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const aMember = await signIn(app, member('boston-pd'), demoPassword);
    expect((await gql(app, release, { id }, { session: aMember })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const ownChief = await signIn(app, chief('denver-pd'), demoPassword);
    const released = await gql(app, release, { id }, { session: ownChief });
    expect(released.data!.releaseLockout.lockedAt).toBeNull();
    await expect(signIn(app, email, demoPassword)).resolves.toBeTruthy();
    expect(await auditActions(id)).toContain('LOCKOUT_RELEASED');
  });

  it('does not lock after failures spread beyond 15 minutes', async () => {
    const email = member('seattle-pd');
    for (let i = 0; i < 8; i++) {
      await gql(app, signInMutation, { input: { email, password: 'wrong password here' } });
      if (i % 4 === 3) later(minutes(16));
    }
    await expect(signIn(app, email, demoPassword)).resolves.toBeTruthy();
  });

  it('refuses sign-ins beyond the per-address limit, also as aliases in one document', async () => {
    const limited = await testApp(database, { auth: { signInsPerMinute: 3 } as never }, { now: () => clock });
    // Five sign-ins in one document, each of which would succeed: the fourth is refused.
    const email = member('chicago-pd');
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `a${i}: signIn(input: { email: "${email}", password: "${demoPassword}" }) { status }`,
    ).join('\n');
    const { errors } = await gql(limited, `mutation { ${aliases} }`);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: ['a3'], extensions: { code: 'RATE_LIMITED' } });
    expect(errors![0]!.message).toMatch(/Try again in \d+ seconds/);
    expect((await gql(limited, signInMutation, { input: { email, password: demoPassword } })).errors![0]!.extensions!.code).toBe(
      'RATE_LIMITED',
    );
    // Another address is not affected.
    const other = await gql(limited, signInMutation, { input: { email, password: demoPassword } }, { ip: '10.1.2.3' });
    expect(other.errors).toBeUndefined();
    await limited.close();
  });

  it('lets the demo accounts sign in with the documented password', async () => {
    for (const email of ['admin@muster.demo', 'moderator@muster.demo', chief('memphis-pd'), member('memphis-pd')]) {
      await expect(signIn(app, email, demoPassword), email).resolves.toBeTruthy();
    }
  });
});

describe('sessions', () => {
  it('ends after 30 idle minutes, and lives on while used', async () => {
    const session = await signIn(app, member('high-point-pd'), demoPassword);
    later(minutes(20));
    expect((await gql(app, meQuery, {}, { session })).data!.me).not.toBeNull();
    later(minutes(20));
    expect((await gql(app, meQuery, {}, { session })).data!.me).not.toBeNull();
    later(minutes(31));
    expect((await gql(app, meQuery, {}, { session })).data!.me).toBeNull();
  });

  it('ends 12 hours after sign-in however active it is', async () => {
    const session = await signIn(app, member('kansas-city-pd'), demoPassword);
    for (let i = 0; i < 24; i++) {
      later(minutes(29));
      expect((await gql(app, `{ me { id } }`, {}, { session })).data!.me, `after ${(i + 1) * 29} minutes`).not.toBeNull();
    }
    later(minutes(29));
    expect((await gql(app, `{ me { id } }`, {}, { session })).data!.me).toBeNull();
  });

  it('ignores a tampered or unknown cookie and treats the request as a visitor', async () => {
    const session = await signIn(app, member('philadelphia-pd'), demoPassword);
    const tampered = session.slice(0, -2) + (session.endsWith('AA') ? 'BB' : 'AA');
    const { data, errors } = await gql(app, meQuery, {}, { session: tampered });
    expect(errors).toBeUndefined();
    expect(data!.me).toBeNull();
    const refused = await gql(app, `mutation { signOutEverywhere }`, {}, { session: tampered });
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('revokes on sign-out, and everywhere on request', async () => {
    const email = member('san-diego-pd');
    const a = await signIn(app, email, demoPassword);
    const b = await signIn(app, email, demoPassword);
    const c = await signIn(app, email, demoPassword);
    const out = await gql(app, `mutation { signOut }`, {}, { session: a });
    expect(out.setCookie?.value).toBe('');
    expect((await gql(app, `{ me { id } }`, {}, { session: a })).data!.me).toBeNull();
    expect((await gql(app, `{ me { id } }`, {}, { session: b })).data!.me).not.toBeNull();
    const everywhere = await gql(app, `mutation { signOutEverywhere }`, {}, { session: b });
    expect(everywhere.data!.signOutEverywhere).toBe(2);
    expect((await gql(app, `{ me { id } }`, {}, { session: c })).data!.me).toBeNull();
  });

  it('ends the other sessions when the password changes', async () => {
    const input = newMember();
    const { session } = await signUpConfirmed(input);
    const other = await signIn(app, input.email, input.password);
    const change = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
    const wrong = await gql(app, change, { current: 'not my password!', next: 'a brand new passphrase' }, { session });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await gql(app, change, { current: input.password, next: 'a brand new passphrase' }, { session });
    expect(ok.data!.changePassword).toBe(true);
    expect((await gql(app, `{ me { id } }`, {}, { session: other })).data!.me).toBeNull();
    expect((await gql(app, `{ me { id } }`, {}, { session })).data!.me).not.toBeNull();
    await expect(signIn(app, input.email, 'a brand new passphrase')).resolves.toBeTruthy();
    expect(await auditActions(await userId(input.email))).toContain('PASSWORD_CHANGED');
  });
});

describe('roles and verification', () => {
  const verify = `mutation ($id: ID!, $approve: Boolean!) { verifyMember(userId: $id, approve: $approve) { verification } }`;
  const setRole = `mutation ($id: ID!, $role: Role!, $dept: String) { setRole(userId: $id, role: $role, departmentSlug: $dept) { role department { slug } } }`;

  it("lets the department's chief verify a new member, who then reads members-only write-ups", async () => {
    const input = newMember();
    const { id, session } = await signUpConfirmed(input);

    const otherChief = await signIn(app, chief('boston-pd'), demoPassword);
    expect((await gql(app, verify, { id, approve: true }, { session: otherChief })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const pendingElsewhere = await gql(app, `{ pendingMembers { id } }`, {}, { session: otherChief });
    expect(pendingElsewhere.data!.pendingMembers.map((m: any) => m.id)).not.toContain(id);

    const ownChief = await signIn(app, chief('memphis-pd'), demoPassword);
    const pending = await gql(app, `{ pendingMembers { id email } }`, {}, { session: ownChief });
    expect(pending.data!.pendingMembers).toContainEqual({ id, email: input.email });
    expect((await gql(app, verify, { id, approve: true }, { session: ownChief })).data!.verifyMember.verification).toBe('VERIFIED');
    expect((await gql(app, verify, { id, approve: false }, { session: ownChief })).errors![0]!.extensions!.code).toBe('CONFLICT');

    const after = await gql(
      app,
      `query ($slug: String!) { practice(slug: $slug) { title } practices { totalCount } }`,
      { slug: membersOnly.slug },
      { session },
    );
    expect(after.data!.practice.title).toBe(membersOnly.title);
    expect(after.data!.practices.totalCount).toBe(demoPractices.length);
    expect(await auditActions(id)).toContain('MEMBER_VERIFIED');
  });

  it('refuses member management to members and visitors', async () => {
    const aMember = await signIn(app, member('eugene-pd'), demoPassword);
    const id = await userId(member('memphis-pd'));
    for (const [query, vars] of [
      [`{ pendingMembers { id } }`, {}],
      [verify, { id, approve: true }],
      [setRole, { id, role: 'ADMIN' }],
      [`{ auditLog { totalCount } }`, {}],
      [`{ users { totalCount } }`, {}],
    ] as const) {
      expect((await gql(app, query, vars, { session: aMember })).errors![0]!.extensions!.code, query).toBe('FORBIDDEN');
      expect((await gql(app, query, vars)).errors![0]!.extensions!.code, query).toBe('UNAUTHENTICATED');
    }
    const aChief = await signIn(app, chief('eugene-pd'), demoPassword);
    expect((await gql(app, setRole, { id, role: 'MODERATOR' }, { session: aChief })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets an admin change roles, recorded in the audit log with the change', async () => {
    const admin = await signIn(app, 'admin@muster.demo', demoPassword);
    const id = await userId(member('chicago-pd'));
    const changed = await gql(app, setRole, { id, role: 'MODERATOR' }, { session: admin });
    expect(changed.data!.setRole.role).toBe('MODERATOR');
    const [row] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'ROLE_CHANGED'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(row).toMatchObject({ subjectId: id, detail: 'MEMBER → MODERATOR', outcome: 'SUCCESS', source: 'api' });
  });

  it('ends every session of a disabled account and refuses its sign-in', async () => {
    const admin = await signIn(app, 'admin@muster.demo', demoPassword);
    const email = chief('stockton-pd');
    const session = await signIn(app, email, demoPassword);
    const disabled = await gql(
      app,
      `mutation ($id: ID!) { setAccountDisabled(userId: $id, disabled: true) { disabled } }`,
      { id: await userId(email) },
      { session: admin },
    );
    expect(disabled.data!.setAccountDisabled.disabled).toBe(true);
    expect((await gql(app, `{ me { id } }`, {}, { session })).data!.me).toBeNull();
    await expect(signIn(app, email, demoPassword)).rejects.toThrow(/UNAUTHENTICATED/);
  });
});

describe('two-step sign-in (TOTP)', () => {
  const start = `mutation ($password: String!) { startTotpEnrollment(password: $password) { secret otpauthUrl qrSvg } }`;
  const confirm = `mutation ($code: String!) { confirmTotpEnrollment(code: $code) }`;
  const complete = `mutation ($challenge: String!, $totp: String!) { completeSignIn(challenge: $challenge, totp: $totp) { status user { email } } }`;

  async function enrol(email: string) {
    const session = await signIn(app, email, demoPassword);
    const started = await gql(app, start, { password: demoPassword }, { session });
    const { secret, otpauthUrl, qrSvg } = started.data!.startTotpEnrollment;
    expect(otpauthUrl).toContain('otpauth://totp/Muster');
    expect(qrSvg).toMatch(/^<svg/);
    const wrong = await gql(app, confirm, { code: '000000' }, { session });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await gql(app, confirm, { code: currentTotp(secret, clock) }, { session });
    const codes: string[] = confirmed.data!.confirmTotpEnrollment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    return { secret, codes, session };
  }

  it('asks for a code after the password, accepts each code once, and a recovery code once', async () => {
    const email = member('stockton-pd');
    const { secret, codes } = await enrol(email);
    later(minutes(1));

    const first = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    expect(first.data!.signIn).toMatchObject({ status: 'TOTP_REQUIRED', user: null });
    expect(first.setCookie).toBeUndefined();
    const challenge = first.data!.signIn.challenge;

    const wrong = await gql(app, complete, { challenge, totp: '123456' });
    expect(wrong.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const code = currentTotp(secret, clock);
    const ok = await gql(app, complete, { challenge, totp: code });
    expect(ok.data!.completeSignIn).toMatchObject({ status: 'SIGNED_IN', user: { email } });
    expect(ok.setCookie?.value).toBeTruthy();

    // The same code again (a replay) is refused, and so is the spent challenge.
    const again = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    expect((await gql(app, complete, { challenge: again.data!.signIn.challenge, totp: code })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await gql(app, complete, { challenge, totp: currentTotp(secret, clock) })).errors![0]!.message).toMatch(/expired/);

    const third = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    const viaRecovery = await gql(app, complete, { challenge: third.data!.signIn.challenge, totp: codes[0]!.toUpperCase() });
    expect(viaRecovery.data!.completeSignIn.status).toBe('SIGNED_IN');
    const fourth = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    expect((await gql(app, complete, { challenge: fourth.data!.signIn.challenge, totp: codes[0]! })).errors![0]!.extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await auditActions(await userId(email))).toEqual(expect.arrayContaining(['TOTP_ENABLED', 'RECOVERY_CODE_USED']));
  });

  it('lets an admin require a second factor for chiefs and moderators, who are held back until they enrol', async () => {
    const adminEmail = 'admin@muster.demo';
    const requireIt = `mutation { setSecuritySettings(requireTotpForPrivileged: true) { requireTotpForPrivileged } }`;
    const plainAdmin = await signIn(app, adminEmail, demoPassword);
    expect((await gql(app, requireIt, {}, { session: plainAdmin })).errors![0]!.extensions!.field).toBe('requireTotpForPrivileged');

    const { secret } = await enrol(adminEmail);
    later(minutes(1));
    const step1 = await gql(app, signInMutation, { input: { email: adminEmail, password: demoPassword } });
    const adminSession = (await gql(app, complete, { challenge: step1.data!.signIn.challenge, totp: currentTotp(secret, clock) }))
      .setCookie!.value;
    expect((await gql(app, requireIt, {}, { session: adminSession })).data!.setSecuritySettings.requireTotpForPrivileged).toBe(true);

    const chiefLogin = await gql(app, signInMutation, { input: { email: chief('oakland-pd'), password: demoPassword } });
    expect(chiefLogin.data!.signIn.mustEnrollTotp).toBe(true);
    const refused = await gql(app, `{ pendingMembers { id } }`, {}, { session: chiefLogin.setCookie!.value });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/two-step/i);

    await gql(
      app,
      `mutation { setSecuritySettings(requireTotpForPrivileged: false) { requireTotpForPrivileged } }`,
      {},
      { session: adminSession },
    );
  });
});

describe('the audit log', () => {
  it('shows admins what happened, with filters, and records that they read it', async () => {
    // The demo admin enrolled a second factor above; read the log as a fresh admin instead.
    const email = `auditor.${Date.now()}@muster.example.gov`;
    await signUpConfirmed(newMember({ email }));
    const id = await userId(email);
    await database.db.update(users).set({ role: 'ADMIN', verification: 'VERIFIED' }).where(eq(users.id, id));
    const session = await signIn(app, email, 'correct horse battery staple');

    await gql(app, signInMutation, { input: { email: 'ghost@nowhere.gov', password: 'definitely wrong' } });
    const read = await gql(
      app,
      `query ($filter: AuditFilter) { auditLog(filter: $filter, first: 5) { totalCount edges { node { action outcome email ip source actor { id } } } } }`,
      { filter: { actions: ['SIGN_IN_FAILED'], outcome: 'FAILURE' } },
      { session },
    );
    const entries = read.data!.auditLog.edges.map((e: any) => e.node);
    expect(entries[0]).toMatchObject({
      action: 'SIGN_IN_FAILED',
      outcome: 'FAILURE',
      email: 'ghost@nowhere.gov',
      ip: '127.0.0.1',
      source: 'api',
      actor: null,
    });
    expect(entries.every((e: any) => e.action === 'SIGN_IN_FAILED')).toBe(true);
    expect(await auditActions(id)).toContain('AUDIT_LOG_READ');
  });

  it('cannot be rewritten or deleted, even by a direct statement', async () => {
    await expect(database.db.execute(sql`update audit_log set action = 'NOTHING'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const [row] = await database.db.select({ n: count() }).from(auditLog);
    expect(row!.n).toBeGreaterThan(0);
  });
});

describe('how mutations may arrive', () => {
  it('refuses mutations by GET, as another content type, or from another origin', async () => {
    const byGet = await app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { signOut }')}` });
    expect(byGet.statusCode).toBeGreaterThanOrEqual(400);
    expect(byGet.json().errors[0].message).toMatch(/mutation|GET/i);

    const asGraphql = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/graphql' },
      payload: 'mutation { signOut }',
    });
    expect(asGraphql.statusCode).toBe(415);
    const asForm = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'query=mutation{signOut}',
    });
    expect(asForm.statusCode).toBe(415);

    const crossSite = await gql(app, `mutation { signOut }`, {}, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const sameSite = await gql(app, `mutation { signOut }`, {}, { headers: { origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(sameSite.data!.signOut).toBe(true);
  });
});
