import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, departmentDomains, departments, users } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { removeUnconfirmedAccounts } from '../../api/src/modules/auth/email-confirmation.repository.ts';
import { gql, signIn, signInMutation, signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { useTestApp } from '../helpers/setup.ts';

const publicUrl = 'https://muster.example.org';
const password = 'correct horse battery staple';
const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;

const signUpMutation = `mutation ($input: SignUpInput!) { signUp(input: $input) { status challenge mustEnrollTotp user { id } } }`;
const confirmEmail = `mutation ($token: String!) { confirmEmail(token: $token) }`;
const linkQuery = `query ($token: String!) { emailConfirmationLink(token: $token) { email change expiresAt } }`;
const changeEmail = `mutation ($newEmail: String!, $password: String!) { changeEmail(newEmail: $newEmail, password: $password) }`;
const pendingQuery = `{ pendingMembers { id } me { membersToVerifyCount } }`;

let database: TestDatabase;
let app: FastifyInstance;
let mailbox: Mailbox;
let clock = new Date('2026-11-03T09:00:00Z');
const days = (n: number) => n * 24 * 60 * 60_000;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

useTestApp(
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never }, now: () => clock, mailbox: { publicUrl } },
  (opened) => ({ app, database, mailbox } = opened),
);

/** Every mail the SMTP server accepted for an address, once the work after answering is done. */
async function mailTo(email: string) {
  await app.mailer.idle();
  return mailbox.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));
}

/** The token in the newest confirmation link mailed to an address. */
async function linkIn(email: string): Promise<string> {
  const mail = (await mailTo(email)).filter((m) => m.text?.includes('/confirm-email/')).at(-1);
  const match = mail?.text?.match(new RegExp(`${publicUrl}/confirm-email/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no confirmation link mailed to ${email}`);
  return match[1]!;
}

function newcomer(overrides: Record<string, unknown> = {}) {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    email: `officer.${tag}@memphis.example.gov`,
    password,
    displayName: `Officer ${tag}`,
    title: 'Sergeant',
    departmentSlug: 'memphis-pd',
    ...overrides,
  };
}

async function row(email: string) {
  const [found] = await database.db.select().from(users).where(eq(users.email, email));
  return found ?? null;
}

async function departmentId(slug: string): Promise<string> {
  const [found] = await database.db.select({ id: departments.id }).from(departments).where(eq(departments.slug, slug));
  return found!.id;
}

async function ok(session: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await gql(app, query, variables, session ? { session } : {});
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

describe('signing up', () => {
  it('answers the same for a new and a registered address; the new one gets a link, the owner of the other a note', async () => {
    const fresh = newcomer();
    const taken = newcomer({ email: member('boston-pd') });
    const ownerBefore = await row(taken.email);
    const a = await gql(app, signUpMutation, { input: fresh });
    const b = await gql(app, signUpMutation, { input: taken });
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual({ signUp: { status: 'CHECK_EMAIL', challenge: null, mustEnrollTotp: false, user: null } });
    expect(b.data).toEqual(a.data);
    expect(a.setCookie).toBeUndefined();
    expect(b.setCookie).toBeUndefined();

    const [welcome] = await mailTo(fresh.email);
    expect(welcome!.subject).toBe('Confirm your e-mail address for Muster');
    expect(welcome!.text).toContain(`${publicUrl}/confirm-email/`);
    const [note] = await mailTo(taken.email);
    expect(note!.subject).toBe('Someone tried to sign up for Muster with your address');
    expect(note!.text).toContain(`${publicUrl}/sign-in`);
    expect(note!.text).toContain(`${publicUrl}/forgot-password`);
    expect(note!.text).not.toContain('/confirm-email/');

    // The registered account is as it was: same password, same name.
    expect(await row(taken.email)).toEqual(ownerBefore);
    await expect(signIn(app, taken.email, demoPassword)).resolves.toBeTruthy();
    const created = await row(fresh.email);
    expect(created).toMatchObject({ emailConfirmedAt: null, verification: 'UNVERIFIED' });

    const audited = await database.db
      .select({ outcome: auditLog.outcome, email: auditLog.email })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'SIGN_UP'), sql`${auditLog.email} in (${fresh.email}, ${taken.email})`));
    expect(audited).toEqual(
      expect.arrayContaining([
        { outcome: 'SUCCESS', email: fresh.email },
        { outcome: 'FAILURE', email: taken.email },
      ]),
    );
  });

  it('still refuses what does not depend on registration, naming the field', async () => {
    const weak = await gql(app, signUpMutation, { input: newcomer({ email: member('boston-pd'), password: 'too short' }) });
    expect(weak.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const nameless = await gql(app, signUpMutation, { input: newcomer({ displayName: ' ' }) });
    expect(nameless.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });
});

describe('the confirmation link', () => {
  it('confirms once; used, altered or expired it is refused and nothing changes', async () => {
    const input = newcomer();
    await ok(null, signUpMutation, { input });
    const token = await linkIn(input.email);

    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await ok(null, linkQuery, { token: altered })).emailConfirmationLink).toBeNull();
    const refusedAltered = await gql(app, confirmEmail, { token: altered });
    expect(refusedAltered.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await row(input.email))!.emailConfirmedAt).toBeNull();

    expect((await ok(null, linkQuery, { token })).emailConfirmationLink).toMatchObject({ email: input.email, change: false });
    expect((await ok(null, confirmEmail, { token })).confirmEmail).toBe(true);
    expect((await row(input.email))!.emailConfirmedAt).toEqual(clock);

    const again = await gql(app, confirmEmail, { token });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await ok(null, linkQuery, { token })).emailConfirmationLink).toBeNull();

    const late = newcomer();
    await ok(null, signUpMutation, { input: late });
    const lateToken = await linkIn(late.email);
    later(days(7) + 60_000);
    expect((await ok(null, linkQuery, { token: lateToken })).emailConfirmationLink).toBeNull();
    const expired = await gql(app, confirmEmail, { token: lateToken });
    expect(expired.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await row(late.email))!.emailConfirmedAt).toBeNull();
  });

  it('lets an unconfirmed member sign in to see only their account, ask for a new link and sign out; everything else refuses', async () => {
    const input = newcomer();
    await ok(null, signUpMutation, { input });
    const first = await linkIn(input.email);
    const signedIn = await gql(app, signInMutation, { input: { email: input.email, password } });
    const session = signedIn.setCookie!.value;
    expect(signedIn.data!.signIn.status).toBe('SIGNED_IN');

    const me = await ok(session, `{ me { email emailConfirmed verification } unread: practices { totalCount } }`);
    expect(me.me).toEqual({ email: input.email, emailConfirmed: false, verification: 'UNVERIFIED' });
    const visitor = await ok(null, `{ practices { totalCount } }`);
    expect(me.unread.totalCount).toBe(visitor.practices.totalCount);
    const counted = await gql(app, `{ unreadNotificationCount }`, {}, { session });
    expect(counted.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const refused = await gql(
      app,
      `mutation { changePassword(currentPassword: "${password}", newPassword: "another long passphrase") }`,
      {},
      { session },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('EMAIL_UNCONFIRMED');
    const refusedChange = await gql(app, changeEmail, { newEmail: 'elsewhere@example.gov', password }, { session });
    expect(refusedChange.errors![0]!.extensions!.code).toBe('EMAIL_UNCONFIRMED');

    expect((await ok(session, `mutation { resendConfirmation }`)).resendConfirmation).toBe(true);
    const second = await linkIn(input.email);
    expect(second).not.toBe(first);
    expect((await gql(app, confirmEmail, { token: first })).errors![0]!.extensions!.field).toBe('token');
    expect((await ok(session, confirmEmail, { token: second })).confirmEmail).toBe(true);
    // The same session now counts as a member.
    expect((await ok(session, `{ me { emailConfirmed } unreadNotificationCount }`)).me.emailConfirmed).toBe(true);
    expect((await ok(session, `mutation { signOut }`)).signOut).toBe(true);
    expect((await ok(session, `{ me { id } }`)).me).toBeNull();
  });

  it('shows the chief a new member only once confirmed, and tells them then', async () => {
    const chiefSession = await signIn(app, chief('memphis-pd'), demoPassword);
    const before = await ok(chiefSession, pendingQuery);
    const input = newcomer();
    await ok(null, signUpMutation, { input });
    // The account is written after the answer, with the mail.
    const token = await linkIn(input.email);
    const id = (await row(input.email))!.id;
    const waiting = await ok(chiefSession, pendingQuery);
    expect(waiting.pendingMembers.map((m: { id: string }) => m.id)).not.toContain(id);
    expect(waiting.me.membersToVerifyCount).toBe(before.me.membersToVerifyCount);
    const moderator = await signIn(app, 'moderator@muster.demo', demoPassword);
    expect(
      (await ok(moderator, `{ moderationSummary { pendingMembers } pendingMembers { id } }`)).pendingMembers.map(
        (m: { id: string }) => m.id,
      ),
    ).not.toContain(id);

    await ok(null, confirmEmail, { token });
    await app.fanOut.idle();
    const after = await ok(chiefSession, pendingQuery);
    expect(after.pendingMembers.map((m: { id: string }) => m.id)).toContain(id);
    expect(after.me.membersToVerifyCount).toBe(before.me.membersToVerifyCount + 1);
    const inbox = await ok(chiefSession, `{ notifications(first: 20) { edges { node { reason text } } } }`);
    expect(inbox.notifications.edges.map((e: { node: { text: string } }) => e.node)).toContainEqual({
      reason: 'MEMBER_WAITING',
      text: `${input.displayName} signed up and waits for you to verify them`,
    });
  });

  it('joins the department that lists the address’s domain: waiting for its chief, or verified at once when it asked', async () => {
    const boston = await departmentId('boston-pd');
    const seattle = await departmentId('seattle-pd');
    await database.db.insert(departmentDomains).values([
      { domain: 'bostonpd.example.gov', departmentId: boston },
      { domain: 'seattlepd.example.gov', departmentId: seattle },
    ]);
    await database.db.update(departments).set({ autoVerifyDomain: true }).where(eq(departments.id, seattle));

    const toBoston = newcomer({ email: `joiner.${Date.now()}@bostonpd.example.gov` });
    await ok(null, signUpMutation, { input: toBoston });
    await ok(null, confirmEmail, { token: await linkIn(toBoston.email) });
    const bostonMember = await signIn(app, toBoston.email, password);
    expect((await ok(bostonMember, `{ me { verification department { slug } } }`)).me).toEqual({
      verification: 'UNVERIFIED',
      department: { slug: 'boston-pd' },
    });
    const bostonChief = await signIn(app, chief('boston-pd'), demoPassword);
    const id = (await row(toBoston.email))!.id;
    expect((await ok(bostonChief, pendingQuery)).pendingMembers.map((m: { id: string }) => m.id)).toContain(id);

    const toSeattle = newcomer({ email: `joiner.${Date.now()}@SeattlePD.example.gov`.toLowerCase() });
    await ok(null, signUpMutation, { input: toSeattle });
    await ok(null, confirmEmail, { token: await linkIn(toSeattle.email) });
    const seattleMember = await signIn(app, toSeattle.email, password);
    expect((await ok(seattleMember, `{ me { verification department { slug } } }`)).me).toEqual({
      verification: 'VERIFIED',
      department: { slug: 'seattle-pd' },
    });
    const seattleChief = await signIn(app, chief('seattle-pd'), demoPassword);
    const seattleId = (await row(toSeattle.email))!.id;
    expect((await ok(seattleChief, pendingQuery)).pendingMembers.map((m: { id: string }) => m.id)).not.toContain(seattleId);
  });
});

describe('accounts never confirmed', () => {
  it('counts a password reset as confirming the address, since its link came to that mailbox', async () => {
    const forgetful = newcomer();
    await ok(null, signUpMutation, { input: forgetful });
    await linkIn(forgetful.email);
    expect((await row(forgetful.email))!.emailConfirmedAt).toBeNull();
    await ok(null, `mutation ($email: String!) { requestPasswordReset(email: $email) }`, { email: forgetful.email });
    const mail = (await mailTo(forgetful.email)).filter((m) => m.text?.includes('/reset-password/')).at(-1);
    const token = mail?.text?.match(new RegExp(`${publicUrl}/reset-password/([A-Za-z0-9_-]+)`))?.[1];
    expect(token).toBeDefined();
    await ok(null, `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`, {
      token,
      password: 'a new and rather long passphrase',
    });
    expect((await row(forgetful.email))!.emailConfirmedAt).not.toBeNull();
  });

  it('are removed after seven days, with an audit entry naming them; a six-day-old one is kept', async () => {
    const old = newcomer();
    await ok(null, signUpMutation, { input: old });
    await linkIn(old.email);
    // It signed in once (still unconfirmed), as a member waiting for the mail might.
    await signIn(app, old.email, password);
    later(days(1));
    const recent = newcomer();
    await ok(null, signUpMutation, { input: recent });
    await linkIn(recent.email);
    later(days(6) + 60_000);

    const removed = await removeUnconfirmedAccounts(database.db, clock);
    expect(removed).toContain(old.email);
    expect(removed).not.toContain(recent.email);
    expect(await row(old.email)).toBeNull();
    expect(await row(recent.email)).not.toBeNull();
    expect(await row(member('memphis-pd'))).not.toBeNull();
    await expect(signIn(app, old.email, password)).rejects.toThrow(/UNAUTHENTICATED/);
    const [entry] = await database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'UNCONFIRMED_ACCOUNTS_REMOVED'))
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    expect(entry!.detail).toContain(old.email);
    expect(entry!.detail).toMatch(new RegExp(`^${removed.length} accounts`));

    // The address is free again.
    expect((await ok(null, signUpMutation, { input: old })).signUp.status).toBe('CHECK_EMAIL');
    expect((await mailTo(old.email)).at(-1)!.subject).toBe('Confirm your e-mail address for Muster');
  });
});

describe('changing one’s address', () => {
  it('refuses a wrong password, a bad address and the same address, naming the field', async () => {
    const someone = await signUp(app, 'memphis-pd');
    const wrong = await gql(
      app,
      changeEmail,
      { newEmail: 'next@example.gov', password: 'not my password at all' },
      { session: someone.session },
    );
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const bad = await gql(app, changeEmail, { newEmail: 'not-an-address', password }, { session: someone.session });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
    const same = await gql(app, changeEmail, { newEmail: someone.email, password }, { session: someone.session });
    expect(same.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });
    const visitor = await gql(app, changeEmail, { newEmail: 'next@example.gov', password });
    expect(visitor.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for a taken address, whose owner is told; a free one confirms, moves the address and tells the old one', async () => {
    const someone = await signUp(app, 'memphis-pd');
    const taken = member('boston-pd');
    const takenMails = (await mailTo(taken)).length;
    expect((await ok(someone.session, changeEmail, { newEmail: taken, password })).changeEmail).toBe(true);
    const told = (await mailTo(taken)).slice(takenMails);
    expect(told.map((m) => m.subject)).toEqual(['This address already has a Muster account']);
    expect(told[0]!.text).not.toContain('/confirm-email/');
    expect((await row(someone.email))!.id).toBe(someone.id);

    const next = `moved.${Date.now()}@example.gov`;
    expect((await ok(someone.session, changeEmail, { newEmail: next, password })).changeEmail).toBe(true);
    const warned = (await mailTo(someone.email)).at(-1)!;
    expect(warned.subject).toBe('Your Muster address is being changed');
    expect(warned.text).toContain(next);
    expect(warned.text).toContain(`${publicUrl}/forgot-password`);
    const token = await linkIn(next);
    expect((await ok(null, linkQuery, { token })).emailConfirmationLink).toMatchObject({ email: next, change: true });
    // Until confirmed, nothing moved.
    expect((await row(someone.email))!.id).toBe(someone.id);

    expect((await ok(null, confirmEmail, { token })).confirmEmail).toBe(true);
    expect(await row(someone.email)).toBeNull();
    expect((await row(next))!.id).toBe(someone.id);
    const changed = (await mailTo(someone.email)).at(-1)!;
    expect(changed.subject).toBe('Your Muster address was changed');
    expect(changed.text).toContain(next);
    await expect(signIn(app, next, password)).resolves.toBeTruthy();
    await expect(signIn(app, someone.email, password)).rejects.toThrow(/UNAUTHENTICATED/);
    const actions = await database.db
      .select({ action: auditLog.action, outcome: auditLog.outcome })
      .from(auditLog)
      .where(eq(auditLog.subjectId, someone.id))
      .orderBy(auditLog.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'EMAIL_CHANGE_REQUESTED', outcome: 'FAILURE' },
        { action: 'EMAIL_CHANGE_REQUESTED', outcome: 'SUCCESS' },
        { action: 'EMAIL_CHANGED', outcome: 'SUCCESS' },
      ]),
    );
  });

  it('refuses a change whose address was taken between the request and the click, and keeps the old address', async () => {
    const someone = await signUp(app, 'memphis-pd');
    const next = `race.${Date.now()}@example.gov`;
    await ok(someone.session, changeEmail, { newEmail: next, password });
    const token = await linkIn(next);
    const rival = newcomer({ email: next });
    await ok(null, signUpMutation, { input: rival });
    await app.mailer.idle();
    const refused = await gql(app, confirmEmail, { token });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
    expect((await row(someone.email))!.id).toBe(someone.id);
  });
});
