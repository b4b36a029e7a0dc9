import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog, departments, invitations, users } from '@muster/db';
import { actors } from '../helpers/actors.ts';
import { gql } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import type { Mailbox } from '../helpers/mailbox.ts';
import { useTestApp } from '../helpers/setup.ts';

const publicUrl = 'https://muster.example.org';
const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const password = 'lantern orchard quietly harbour';

const invite = /* GraphQL */ `
  mutation ($slug: String!, $emails: [String!]!) {
    inviteMembers(departmentSlug: $slug, emails: $emails) {
      id
      email
      state
      sentAt
      expiresAt
      refusal
      field
      invitedBy {
        displayName
      }
      department {
        slug
      }
    }
  }
`;
const resend = `mutation ($id: ID!) { resendInvitation(id: $id) { id state sentAt expiresAt } }`;
const revoke = `mutation ($id: ID!) { revokeInvitation(id: $id) { id state } }`;
const accept = /* GraphQL */ `
  mutation ($token: String!, $input: AcceptInvitationInput!) {
    acceptInvitation(token: $token, input: $input) {
      status
      user {
        id
        email
        handle
        verification
        role
        department {
          slug
        }
      }
    }
  }
`;
const link = `query ($token: String!) { invitation(token: $token) { email state expiresAt departmentName departmentSlug accountExists signedInAsInvitee } }`;
const list = /* GraphQL */ `
  query ($slug: String!, $first: Int, $after: String) {
    department(slug: $slug) {
      invitations(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            email
            state
            acceptedAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
const me = `{ me { email title displayName verification department { slug } } }`;

let database: TestDatabase;
let app: FastifyInstance;
let mailbox: Mailbox;
let clock = new Date('2026-11-02T09:00:00Z');
const days = (n: number) => n * 24 * 60 * 60_000;
const as = actors(() => app);

const mailTo = (email: string) =>
  mailbox.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((a) => a.address === email));

/** The token in the newest invitation mailed to `email`. */
async function tokenFor(email: string): Promise<string> {
  await app.mailer.idle();
  const mail = mailTo(email)
    .filter((m) => m.subject?.startsWith('You are invited to join'))
    .at(-1);
  const match = mail?.text?.match(new RegExp(`${publicUrl}/invitations/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no invitation mailed to ${email}`);
  return match[1]!;
}

async function account(email: string) {
  const [row] = await database.db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

async function invitationRow(email: string) {
  const [row] = await database.db.select().from(invitations).where(eq(invitations.email, email));
  return row!;
}

const countUsers = async () => (await database.db.select({ n: sql<number>`count(*)::int` }).from(users))[0]!.n;

useTestApp(
  { config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never }, now: () => clock, mailbox: { publicUrl } },
  (opened) => ({ app, database, mailbox } = opened),
);

describe('inviting', () => {
  it('mails each good address a single-use link and refuses the others one by one, naming each', async () => {
    const { inviteMembers } = await as.ok(chief('memphis-pd'), invite, {
      slug: 'memphis-pd',
      emails: [' Ana.Ortiz@MemphisTN.gov', 'not-an-address', 'ana.ortiz@memphistn.gov', member('memphis-pd'), 'ben.cole@memphistn.gov'],
    });
    expect(inviteMembers.map((i: any) => [i.email, i.state, i.field])).toEqual([
      ['ana.ortiz@memphistn.gov', 'SENT', null],
      ['not-an-address', 'REFUSED', 'emails.1'],
      ['ana.ortiz@memphistn.gov', 'REFUSED', 'emails.2'],
      [member('memphis-pd'), 'REFUSED', 'emails.3'],
      ['ben.cole@memphistn.gov', 'SENT', null],
    ]);
    expect(inviteMembers[1].refusal).toMatch(/not an email address/);
    expect(inviteMembers[2].refusal).toMatch(/earlier in the list/);
    expect(inviteMembers[3].refusal).toMatch(/already a member/);
    expect(inviteMembers[0]).toMatchObject({ invitedBy: { displayName: expect.any(String) }, department: { slug: 'memphis-pd' } });
    expect(new Date(inviteMembers[0].expiresAt).getTime() - clock.getTime()).toBe(days(14));

    const token = await tokenFor('ana.ortiz@memphistn.gov');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const mail = mailTo('ana.ortiz@memphistn.gov')[0]!;
    expect(mail.subject).toContain('Memphis');
    expect(mailTo(member('memphis-pd'))).toHaveLength(0);
    // Only the hash is stored.
    const row = await invitationRow('ana.ortiz@memphistn.gov');
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const sent = await database.db.select().from(auditLog).where(eq(auditLog.action, 'INVITATION_SENT'));
    expect(sent.map((r) => r.email).sort()).toEqual(['ana.ortiz@memphistn.gov', 'ben.cole@memphistn.gov']);
  });

  it('refuses an address that already has an invitation waiting', async () => {
    const { inviteMembers } = await as.ok(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: ['ben.cole@memphistn.gov'] });
    expect(inviteMembers[0]).toMatchObject({ state: 'REFUSED', field: 'emails.0', id: null, refusal: expect.stringMatching(/waiting/) });
  });

  it('refuses 201 addresses or none, naming emails, and sends nothing', async () => {
    const before = mailbox.received.length;
    const many = Array.from({ length: 201 }, (_, i) => `officer${i}@memphistn.gov`);
    expect(await as.refused(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: many })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'emails',
    });
    expect(await as.refused(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: [] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'emails',
    });
    await app.mailer.idle();
    expect(mailbox.received.length).toBe(before);
    expect(await database.db.select().from(invitations).where(eq(invitations.email, 'officer0@memphistn.gov'))).toHaveLength(0);
  });

  it('takes 200 addresses at once', async () => {
    const many = Array.from({ length: 200 }, (_, i) => `deputy${i}@stocktonca.gov`);
    const { inviteMembers } = await as.ok('admin@muster.demo', invite, { slug: 'stockton-pd', emails: many });
    expect(inviteMembers.filter((i: any) => i.state === 'SENT')).toHaveLength(200);
    await app.mailer.idle();
    expect(mailTo('deputy199@stocktonca.gov')).toHaveLength(1);
    // Each mail takes about a tenth of a second to hand to the SMTP server (a new connection each).
  }, 120_000);

  it('stops a department at 500 invitation mails a day', async () => {
    const [stockton] = await database.db.select().from(departments).where(eq(departments.slug, 'stockton-pd'));
    // 200 went out above; 299 more today leaves room for one.
    await database.db.insert(invitations).values(
      Array.from({ length: 299 }, (_, i) => ({
        departmentId: stockton!.id,
        email: `filler${i}@stocktonca.gov`,
        tokenHash: `filler-${i}`,
        sentAt: clock,
        expiresAt: new Date(clock.getTime() + days(14)),
      })),
    );
    expect(
      await as.refused(chief('stockton-pd'), invite, { slug: 'stockton-pd', emails: ['a@stocktonca.gov', 'b@stocktonca.gov'] }),
    ).toMatchObject({ code: 'RATE_LIMITED', field: 'emails' });
    expect((await as.ok(chief('stockton-pd'), invite, { slug: 'stockton-pd', emails: ['a@stocktonca.gov'] })).inviteMembers[0].state).toBe(
      'SENT',
    );
  });

  it('refuses a member, another department’s chief, a moderator and a visitor', async () => {
    const input = { slug: 'memphis-pd', emails: ['x.y@memphistn.gov'] };
    expect((await as.refused(member('memphis-pd'), invite, input)).code).toBe('FORBIDDEN');
    expect((await as.refused(chief('seattle-pd'), invite, input)).code).toBe('FORBIDDEN');
    expect((await as.refused('moderator@muster.demo', invite, input)).code).toBe('FORBIDDEN');
    expect((await as.refused(null, invite, input)).code).toBe('UNAUTHENTICATED');
    expect((await as.refused(chief('seattle-pd'), list, { slug: 'memphis-pd' })).code).toBe('FORBIDDEN');
    expect((await as.refused(member('memphis-pd'), list, { slug: 'memphis-pd' })).code).toBe('FORBIDDEN');
    const { id } = await invitationRow('ben.cole@memphistn.gov');
    expect((await as.refused(chief('seattle-pd'), revoke, { id })).code).toBe('FORBIDDEN');
    expect((await as.refused(member('memphis-pd'), resend, { id })).code).toBe('FORBIDDEN');
    expect(await invitationRow('x.y@memphistn.gov').catch(() => null)).toBeFalsy();
    expect((await invitationRow('ben.cole@memphistn.gov')).revokedAt).toBeNull();
  });
});

describe('accepting', () => {
  it('shows the page what the link is for, and nothing for an altered link', async () => {
    const token = await tokenFor('ana.ortiz@memphistn.gov');
    const { invitation } = await as.ok(null, link, { token });
    expect(invitation).toMatchObject({
      email: 'ana.ortiz@memphistn.gov',
      state: 'SENT',
      departmentSlug: 'memphis-pd',
      accountExists: false,
      signedInAsInvitee: false,
    });
    expect(invitation.departmentName).toMatch(/Memphis/);
    expect((await as.ok(null, link, { token: token.slice(0, -2) + 'xx' })).invitation).toBeNull();
  });

  it('refuses a weak password naming it, and writes nothing', async () => {
    const token = await tokenFor('ana.ortiz@memphistn.gov');
    const refusal = await as.refused(null, accept, { token, input: { displayName: 'Ana Ortiz', title: 'Sergeant', password: 'short' } });
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await as.refused(null, accept, { token, input: { displayName: '', title: 'Sergeant', password } })).toMatchObject({
      field: 'displayName',
    });
    expect(await account('ana.ortiz@memphistn.gov')).toBeNull();
    expect((await invitationRow('ana.ortiz@memphistn.gov')).acceptedAt).toBeNull();
  });

  it('makes a verified member of the department with a confirmed address, signed in, once', async () => {
    const token = await tokenFor('ana.ortiz@memphistn.gov');
    const response = await gql(app, accept, { token, input: { displayName: 'Ana Ortiz', title: 'Sergeant', password } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.acceptInvitation).toMatchObject({
      status: 'SIGNED_IN',
      user: {
        email: 'ana.ortiz@memphistn.gov',
        handle: 'ana-ortiz',
        verification: 'VERIFIED',
        role: 'MEMBER',
        department: { slug: 'memphis-pd' },
      },
    });
    const session = response.setCookie!.value;
    expect((await as.ok({ session }, me)).me).toEqual({
      email: 'ana.ortiz@memphistn.gov',
      title: 'Sergeant',
      displayName: 'Ana Ortiz',
      verification: 'VERIFIED',
      department: { slug: 'memphis-pd' },
    });
    const user = (await account('ana.ortiz@memphistn.gov'))!;
    expect(user.emailConfirmedAt).toEqual(clock);
    expect(await invitationRow('ana.ortiz@memphistn.gov')).toMatchObject({ acceptedAt: clock, acceptedUserId: user.id });
    const accepted = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'INVITATION_ACCEPTED'), eq(auditLog.subjectId, user.id)));
    expect(accepted).toHaveLength(1);

    // Single use.
    const users = await countUsers();
    expect(await as.refused(null, accept, { token, input: { displayName: 'Someone Else', title: 'Officer', password } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect(await countUsers()).toBe(users);
    expect((await as.ok(null, link, { token })).invitation.state).toBe('ACCEPTED');
    // The chief sees it accepted, and cannot revoke or resend it.
    const { id } = await invitationRow('ana.ortiz@memphistn.gov');
    expect((await as.refused(chief('memphis-pd'), revoke, { id })).code).toBe('CONFLICT');
    expect((await as.refused(chief('memphis-pd'), resend, { id })).code).toBe('CONFLICT');
  });

  it('refuses an expired invitation until the chief resends it; the new link replaces the old', async () => {
    const email = 'ben.cole@memphistn.gov';
    const oldToken = await tokenFor(email);
    await database.db
      .update(invitations)
      .set({ expiresAt: new Date(clock.getTime() - 1000) })
      .where(eq(invitations.email, email));
    expect((await as.ok(null, link, { token: oldToken })).invitation.state).toBe('EXPIRED');
    expect(
      await as.refused(null, accept, { token: oldToken, input: { displayName: 'Ben Cole', title: 'Officer', password } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await account(email)).toBeNull();

    const { id } = await invitationRow(email);
    const resent = (await as.ok(chief('memphis-pd'), resend, { id })).resendInvitation;
    expect(resent.state).toBe('SENT');
    expect(new Date(resent.expiresAt).getTime() - clock.getTime()).toBe(days(14));
    const newToken = await tokenFor(email);
    expect(newToken).not.toBe(oldToken);
    expect(mailTo(email)).toHaveLength(2);
    expect((await as.ok(null, link, { token: oldToken })).invitation).toBeNull();
    expect(
      await as.refused(null, accept, { token: oldToken, input: { displayName: 'Ben Cole', title: 'Officer', password } }),
    ).toMatchObject({ field: 'token' });
    expect(
      (await as.ok(null, accept, { token: newToken, input: { displayName: 'Ben Cole', title: 'Officer', password } })).acceptInvitation.user
        .verification,
    ).toBe('VERIFIED');
  });

  it('refuses a revoked invitation, and the chief cannot resend it', async () => {
    const email = 'carla.diaz@memphistn.gov';
    await as.ok(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: [email] });
    const token = await tokenFor(email);
    const { id } = await invitationRow(email);
    expect((await as.ok(chief('memphis-pd'), revoke, { id })).revokeInvitation.state).toBe('REVOKED');
    expect((await as.ok(null, link, { token })).invitation.state).toBe('REVOKED');
    expect(await as.refused(null, accept, { token, input: { displayName: 'Carla Diaz', title: 'Officer', password } })).toMatchObject({
      field: 'token',
    });
    expect(await account(email)).toBeNull();
    expect((await as.refused(chief('memphis-pd'), resend, { id })).code).toBe('CONFLICT');
    const audited = await database.db.select().from(auditLog).where(eq(auditLog.action, 'INVITATION_REVOKED'));
    expect(audited.map((r) => r.email)).toContain(email);
    // A new invitation to the address can go out once the old one is revoked.
    expect((await as.ok(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: [email] })).inviteMembers[0].state).toBe('SENT');
  });

  it('invites an address that has an account elsewhere without saying so; its owner signs in and moves', async () => {
    const email = member('seattle-pd');
    const { inviteMembers } = await as.ok(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: [email] });
    expect(inviteMembers[0].state).toBe('SENT');
    const token = await tokenFor(email);
    expect((await as.ok(null, link, { token })).invitation).toMatchObject({ accountExists: true, signedInAsInvitee: false });
    const refusal = await as.refused(null, accept, { token, input: {} });
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(refusal.message).toMatch(/sign in/);
    expect((await as.refused(member('stockton-pd'), accept, { token, input: {} })).field).toBe('token');
    expect((await account(email))!.departmentId).not.toBeNull();

    expect((await as.ok(email, link, { token })).invitation.signedInAsInvitee).toBe(true);
    const moved = (await as.ok(email, accept, { token, input: {} })).acceptInvitation;
    expect(moved.user).toMatchObject({ email, verification: 'VERIFIED', department: { slug: 'memphis-pd' } });
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'INVITATION_ACCEPTED'), eq(auditLog.email, email)));
    expect(audited[0]!.detail).toMatch(/moved to memphis-pd/);
    // The chief of the department they left is told.
    await app.mailer.idle();
    const told = mailTo(chief('seattle-pd')).filter((m) => m.subject?.includes('has moved to Memphis'));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toMatch(/accepted an invitation/);
  });
});

describe('the chief’s list', () => {
  it('lists the department’s invitations newest first with their state, page by page', async () => {
    clock = new Date(clock.getTime() + 60_000);
    await as.ok(chief('memphis-pd'), invite, { slug: 'memphis-pd', emails: ['newest@memphistn.gov'] });
    const first = (await as.ok(chief('memphis-pd'), list, { slug: 'memphis-pd', first: 2 })).department.invitations;
    expect(first.edges[0].node).toMatchObject({ email: 'newest@memphistn.gov', state: 'SENT' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const all = (await as.ok('admin@muster.demo', list, { slug: 'memphis-pd', first: 100 })).department.invitations;
    expect(all.totalCount).toBe(all.edges.length);
    const states = Object.fromEntries(all.edges.map((e: any) => [e.node.email, e.node.state]));
    expect(states).toMatchObject({
      'ana.ortiz@memphistn.gov': 'ACCEPTED',
      'ben.cole@memphistn.gov': 'ACCEPTED',
      'newest@memphistn.gov': 'SENT',
    });
    const second = (await as.ok(chief('memphis-pd'), list, { slug: 'memphis-pd', first: 2, after: first.pageInfo.endCursor })).department
      .invitations;
    expect(second.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(2, 4).map((e: any) => e.node.id));
    expect(await as.refused(chief('memphis-pd'), list, { slug: 'memphis-pd', after: 'garbage' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });

    // Expired once its fortnight is over.
    await database.db.update(invitations).set({ expiresAt: clock }).where(eq(invitations.email, 'newest@memphistn.gov'));
    const later = (await as.ok(chief('memphis-pd'), list, { slug: 'memphis-pd', first: 1 })).department.invitations;
    expect(later.edges[0].node.state).toBe('EXPIRED');
  });
});
