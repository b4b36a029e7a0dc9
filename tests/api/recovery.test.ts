import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, passwordResets, users } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { loadConfig } from '../../api/src/config.ts';
import { currentTotp } from '../../api/src/modules/auth/totp.ts';
import { actors } from '../helpers/actors.ts';
import { gql, signIn, signInMutation, signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { useTestApp } from '../helpers/setup.ts';

const publicUrl = 'https://muster.example.org';
const member = (d: string) => `member@${d}.muster.demo`;
const chief = (d: string) => `chief@${d}.muster.demo`;
const newPassword = 'lantern orchard quietly harbour';

const requestReset = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const resetPassword = `mutation ($token: String!, $newPassword: String!, $totp: String) { resetPassword(token: $token, newPassword: $newPassword, totp: $totp) }`;
const sendReset = `mutation ($userId: ID!) { sendPasswordReset(userId: $userId) }`;
const linkQuery = `query ($token: String!) { passwordResetLink(token: $token) { needsSecondFactor expiresAt } }`;

let database: TestDatabase;
let app: FastifyInstance;
let mailbox: Mailbox;
let clock = new Date('2026-11-02T09:00:00Z');
const minutes = (n: number) => n * 60_000;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));
const as = actors(() => app);

/** Every mail the SMTP server accepted, parsed as a mail client would. */
const mailTo = (email: string) =>
  mailbox.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));

/** The mails sent after answering (reset links, lockouts) have all been handed to the SMTP server. */
const settled = () => app.mailer.idle();

/** The token in the newest reset mail to `email`. */
async function linkIn(email: string): Promise<string> {
  await settled();
  const mail = mailTo(email)
    .filter((m) => m.subject === 'Set a new Muster password')
    .at(-1);
  const match = mail?.text?.match(new RegExp(`${publicUrl}/reset-password/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no reset link mailed to ${email}`);
  return match[1]!;
}

async function userRow(email: string) {
  const [row] = await database.db.select().from(users).where(eq(users.email, email));
  return row!;
}

async function auditOf(id: string) {
  const rows = await database.db
    .select({ action: auditLog.action, outcome: auditLog.outcome, actorId: auditLog.actorId, detail: auditLog.detail })
    .from(auditLog)
    .where(sql`${auditLog.subjectId} = ${id}`)
    .orderBy(auditLog.id);
  return rows;
}

useTestApp(
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never }, now: () => clock, mailbox: { publicUrl } },
  (opened) => ({ app, database, mailbox } = opened),
);

describe('asking for a reset link', () => {
  it('answers the same for a registered and an unknown address, and mails a 256-bit single-use link only to the member', async () => {
    const email = member('seattle-pd');
    const known = await gql(app, requestReset, { email });
    const unknown = await gql(app, requestReset, { email: 'nobody@nowhere.example.gov' });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: true });

    const token = await linkIn(email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(mailTo('nobody@nowhere.example.gov')).toHaveLength(0);
    const [mail] = mailTo(email);
    expect(mail!.text).toContain('within 30 minutes');

    // Only the hash is kept.
    const user = await userRow(email);
    const [stored] = await database.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(stored!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - clock.getTime()).toBe(minutes(30));

    const requested = await database.db.select().from(auditLog).where(eq(auditLog.action, 'PASSWORD_RESET_REQUESTED'));
    expect(requested.map((r) => [r.email, r.outcome])).toEqual(
      expect.arrayContaining([
        [email, 'SUCCESS'],
        ['nobody@nowhere.example.gov', 'FAILURE'],
      ]),
    );
  });

  it('refuses a malformed address naming the field', async () => {
    const { errors } = await gql(app, requestReset, { email: 'not an address' });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('limits the links one address receives, known or not', async () => {
    for (const email of [member('philadelphia-pd'), 'someone@unknown.example.gov']) {
      for (let i = 0; i < 5; i++) expect((await gql(app, requestReset, { email })).data).toEqual({ requestPasswordReset: true });
      const sixth = await gql(app, requestReset, { email });
      expect(sixth.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    }
    await settled();
  });
});

describe('setting a new password with the link', () => {
  it('sets the password, ends every session, mails the member and signs this browser in; the link then works no more', async () => {
    const email = member('denver-pd');
    const oldSession = await signIn(app, email, demoPassword);
    await gql(app, requestReset, { email });
    const token = await linkIn(email);
    expect((await gql(app, linkQuery, { token })).data!.passwordResetLink).toMatchObject({ needsSecondFactor: false });

    // A password the policy refuses changes nothing, and the link still works.
    const weak = await gql(app, resetPassword, { token, newPassword: 'password1234' });
    expect(weak.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await expect(signIn(app, email, demoPassword)).resolves.toBeTruthy();

    const done = await gql(app, resetPassword, { token, newPassword });
    expect(done.errors).toBeUndefined();
    expect(done.data).toEqual({ resetPassword: true });
    expect(done.setCookie?.value).toBeTruthy();
    expect((await gql(app, `{ me { email } }`, {}, { session: done.setCookie!.value })).data!.me).toEqual({ email });
    expect((await gql(app, `{ me { email } }`, {}, { session: oldSession })).data!.me).toBeNull();

    await expect(signIn(app, email, demoPassword)).rejects.toThrow(/UNAUTHENTICATED/);
    await expect(signIn(app, email, newPassword)).resolves.toBeTruthy();

    const changed = mailTo(email).find((m) => m.subject === 'Your Muster password was changed');
    expect(changed!.text).toContain(`${publicUrl}/forgot-password`);

    const again = await gql(app, resetPassword, { token, newPassword: 'another fine long passphrase' });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await gql(app, linkQuery, { token })).data!.passwordResetLink).toBeNull();
    await expect(signIn(app, email, newPassword)).resolves.toBeTruthy();

    const user = await userRow(email);
    expect((await auditOf(user.id)).map((r) => r.action)).toEqual(expect.arrayContaining(['PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET']));
  });

  it('refuses an expired, replaced or altered link, naming the token, and changes nothing', async () => {
    const email = member('boston-pd');
    await gql(app, requestReset, { email });
    const first = await linkIn(email);
    await gql(app, requestReset, { email });
    const second = await linkIn(email);
    expect(second).not.toBe(first);

    const altered = second.slice(0, -2) + (second.endsWith('AA') ? 'BB' : 'AA');
    for (const token of [first, altered]) {
      const { errors } = await gql(app, resetPassword, { token, newPassword });
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    later(minutes(31));
    const expired = await gql(app, resetPassword, { token: second, newPassword });
    expect(expired.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await expect(signIn(app, email, demoPassword)).resolves.toBeTruthy();
  });

  it('asks a member with two-step sign-in for a code or recovery code as well', async () => {
    const recruit = await signUp(app, 'memphis-pd');
    const started = await gql(
      app,
      `mutation ($password: String!) { startTotpEnrollment(password: $password) { secret } }`,
      { password: 'correct horse battery staple' },
      { session: recruit.session },
    );
    const secret = started.data!.startTotpEnrollment.secret as string;
    const confirmed = await gql(
      app,
      `mutation ($code: String!) { confirmTotpEnrollment(code: $code) }`,
      { code: currentTotp(secret, clock) },
      { session: recruit.session },
    );
    const recoveryCodes = confirmed.data!.confirmTotpEnrollment as string[];

    await gql(app, requestReset, { email: recruit.email });
    const token = await linkIn(recruit.email);
    expect((await gql(app, linkQuery, { token })).data!.passwordResetLink).toMatchObject({ needsSecondFactor: true });

    const without = await gql(app, resetPassword, { token, newPassword });
    expect(without.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totp' });
    const wrong = await gql(app, resetPassword, { token, newPassword, totp: '000000' });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totp' });
    await expect(signIn(app, recruit.email, newPassword)).rejects.toThrow(/UNAUTHENTICATED/);

    const done = await gql(app, resetPassword, { token, newPassword, totp: recoveryCodes[0] });
    expect(done.data).toEqual({ resetPassword: true });
    const step1 = await gql(app, signInMutation, { input: { email: recruit.email, password: newPassword } });
    expect(step1.data!.signIn.status).toBe('TOTP_REQUIRED');
  });
});

describe('lockout', () => {
  async function lock(email: string) {
    for (let i = 0; i < 5; i++) await gql(app, signInMutation, { input: { email, password: `wrong password ${i}` } });
    await settled();
  }

  it('locks for LOCKOUT_MINUTES after five failures, mails the member, tells the time to someone with the right password, then opens by itself', async () => {
    const email = member('oakland-pd');
    const lockedAt = new Date(clock);
    await lock(email);
    const until = new Date(lockedAt.getTime() + minutes(30));

    const mail = mailTo(email).find((m) => m.subject === 'Your Muster account is locked for a while');
    expect(mail!.text).toContain(`${until.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    expect(mail!.text).toContain(`If this wasn't you, reset your password`);
    expect(mail!.text).toContain(`${publicUrl}/forgot-password`);

    // A wrong password learns nothing about the lock; the right one learns when to come back.
    const wrong = await gql(app, signInMutation, { input: { email, password: 'still not right' } });
    expect(wrong.errors![0]!.message).not.toMatch(/UTC/);
    const right = await gql(app, signInMutation, { input: { email, password: demoPassword } });
    expect(right.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', lockedUntil: until.toISOString() });
    expect(right.errors![0]!.message).toContain(`Try again after ${until.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    expect(right.setCookie).toBeUndefined();

    later(minutes(29));
    await expect(signIn(app, email, demoPassword)).rejects.toThrow(/UNAUTHENTICATED/);
    later(minutes(1));
    await expect(signIn(app, email, demoPassword)).resolves.toBeTruthy();

    const user = await userRow(email);
    expect((await auditOf(user.id)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['LOCKOUT', 'LOCKOUT_MAILED', 'LOCKOUT_RELEASED']),
    );
  });

  it('mails the member about a lock once a day, however often a stranger locks the account again', async () => {
    const email = member('stockton-pd');
    const lockMails = () => mailTo(email).filter((m) => m.subject === 'Your Muster account is locked for a while');
    await lock(email);
    expect(lockMails()).toHaveLength(1);
    expect(lockMails()[0]!.text).toContain('we will not mail you again before tomorrow');

    later(minutes(31));
    await lock(email);
    expect((await userRow(email)).lockedAt).not.toBeNull();
    later(minutes(31));
    await lock(email);
    expect(lockMails()).toHaveLength(1);

    later(minutes(24 * 60));
    await lock(email);
    expect(lockMails()).toHaveLength(2);
  });

  it('ends with a password reset', async () => {
    const email = member('chicago-pd');
    await lock(email);
    await gql(app, requestReset, { email });
    const done = await gql(app, resetPassword, { token: await linkIn(email), newPassword });
    expect(done.data).toEqual({ resetPassword: true });
    expect((await userRow(email)).lockedAt).toBeNull();
    await expect(signIn(app, email, newPassword)).resolves.toBeTruthy();
    const user = await userRow(email);
    expect(await auditOf(user.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'LOCKOUT_RELEASED', detail: 'by a password reset' })]),
    );
  });

  it('reads LOCKOUT_RELEASE_MINUTES as the old name of LOCKOUT_MINUTES', () => {
    expect(loadConfig({}).auth).toMatchObject({ lockoutMinutes: 30, lockoutFromOldName: false });
    expect(loadConfig({ LOCKOUT_RELEASE_MINUTES: '45' }).auth).toMatchObject({ lockoutMinutes: 45, lockoutFromOldName: true });
    expect(loadConfig({ LOCKOUT_MINUTES: '20', LOCKOUT_RELEASE_MINUTES: '45' }).auth).toMatchObject({
      lockoutMinutes: 20,
      lockoutFromOldName: false,
    });
    expect(() => loadConfig({ LOCKOUT_MINUTES: '0' })).toThrow(/LOCKOUT_MINUTES/);
  });
});

describe('a reset link sent by an admin or chief', () => {
  it('goes by mail to the member, never to the sender, from an admin or the member’s own chief', async () => {
    const email = member('kansas-city-pd');
    const target = await userRow(email);
    for (const sender of [chief('kansas-city-pd'), 'admin@muster.demo']) {
      const before = mailbox.received.length;
      const response = await as.run(sender, sendReset, { userId: target.id });
      expect(response).toMatchObject({ data: { sendPasswordReset: true } });
      expect(JSON.stringify(response)).not.toContain('reset-password');
      expect(mailbox.received.slice(before).map((m) => (m.to as { value: { address: string }[] }).value[0]!.address)).toEqual([email]);
    }
    const token = await linkIn(email);
    expect(mailTo(email).at(-1)!.text).toContain('Demo Admin (a Muster administrator) sent you this link');
    expect((await gql(app, resetPassword, { token, newPassword })).data).toEqual({ resetPassword: true });

    const sent = (await auditOf(target.id)).filter((r) => r.action === 'PASSWORD_RESET_SENT');
    expect(sent.map((r) => r.actorId)).toEqual([(await userRow(chief('kansas-city-pd'))).id, (await userRow('admin@muster.demo')).id]);
  });

  it('refuses a chief for another department, another chief or an admin; moderators, members and visitors', async () => {
    const cases: [string | null, string, string][] = [
      [chief('kansas-city-pd'), member('seattle-pd'), 'FORBIDDEN'],
      [chief('kansas-city-pd'), chief('seattle-pd'), 'FORBIDDEN'],
      [chief('kansas-city-pd'), 'admin@muster.demo', 'FORBIDDEN'],
      ['moderator@muster.demo', member('seattle-pd'), 'FORBIDDEN'],
      [member('eugene-pd'), member('eugene-pd'), 'FORBIDDEN'],
      [null, member('kansas-city-pd'), 'UNAUTHENTICATED'],
    ];
    const before = mailbox.received.length;
    for (const [sender, to, code] of cases) {
      const refusal = await as.refused(sender, sendReset, { userId: (await userRow(to)).id });
      expect(refusal.code, `${sender} → ${to}`).toBe(code);
      if (code !== 'UNAUTHENTICATED') expect(refusal.field).toBe('userId');
    }
    expect((await as.refused('admin@muster.demo', sendReset, { userId: 'not-an-id' })).field).toBe('userId');
    await settled();
    expect(mailbox.received.length).toBe(before);
  });

  it('tells pages whether the viewer may send one', async () => {
    const query = `query ($handle: String!) { member(handle: $handle) { viewerCanSendPasswordReset } }`;
    const handle = (await userRow(member('kansas-city-pd'))).handle;
    expect((await as.ok(chief('kansas-city-pd'), query, { handle })).member).toEqual({ viewerCanSendPasswordReset: true });
    expect((await as.ok(chief('seattle-pd'), query, { handle })).member).toEqual({ viewerCanSendPasswordReset: false });
  });
});
