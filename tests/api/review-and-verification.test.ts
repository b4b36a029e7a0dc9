import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox } from '@muster/db';
import { signUpWith } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { actors, type Who } from '../helpers/actors.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;
const moderator = 'moderator@muster.demo';

const createPractice = `mutation ($input: PracticeInput!) { createPractice(input: $input) { id slug title } }`;
const submitPractice = `mutation ($id: ID!) { submitPractice(id: $id) { id status } }`;
const sendBackPractice = `mutation ($id: ID!, $comment: String!) { sendBackPractice(id: $id, comment: $comment) { id status } }`;
const publishPractice = `mutation ($id: ID!) { publishPractice(id: $id) { id status } }`;
const verifyMember = `mutation ($userId: ID!, $approve: Boolean!) { verifyMember(userId: $userId, approve: $approve) { id verification } }`;
const counts = `{ me { pendingReviewCount membersToVerifyCount } }`;
const notificationsQuery = `{ notifications(first: 50) { edges { node { reason text path activity { kind practice { slug } } } } } }`;
const setEmail = `mutation { setEmailPreference(preference: IMMEDIATELY) { id } }`;

let database: TestDatabase;
let app: FastifyInstance;
const { ok, refused } = actors(() => app);

useTestApp({ config: { auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } }, (opened) => ({ app, database } = opened));

type Told = { reason: string; text: string; path: string; activity: { kind: string; practice: { slug: string } | null } };
async function inbox(who: Who): Promise<Told[]> {
  await app.fanOut.idle();
  return (await ok(who, notificationsQuery)).notifications.edges.map((e: any) => e.node);
}

async function mailsTo(email: string) {
  await app.fanOut.idle();
  return database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
}

async function draft(title: string, department = 'memphis-pd') {
  const input = {
    title,
    summary: 'A program summary long enough for the form: what was done, by whom, and what changed afterwards.',
    body: 'What we did.',
    topics: ['training'],
    evidenceLevel: 'ANECDOTAL',
    visibility: 'MEMBERS',
    lifecycle: 'PILOT',
  };
  return (await ok(member(department), createPractice, { input })).createPractice as { id: string; slug: string; title: string };
}

/** A new member of the department (or of a new one asked for at sign-up), waiting for verification. */
async function recruit(options: {
  department?: string;
  newDepartment?: { name: string; agencyType: string; state: string; city: string };
}) {
  const tag = Math.random().toString(36).slice(2, 8);
  const input = {
    email: `new.${tag}@example.gov`,
    password: 'correct horse battery staple',
    displayName: `Recruit ${tag}`,
    title: 'Officer',
    ...(options.newDepartment ? { newDepartment: options.newDepartment } : { departmentSlug: options.department }),
  };
  return { ...(await signUpWith(app, input)), displayName: input.displayName };
}

describe('review of drafts', () => {
  it('tells the department’s chief when a draft is sent for review, and the author when it is sent back, with the comment, by mail too', async () => {
    await ok(chief('memphis-pd'), setEmail);
    await ok(member('memphis-pd'), setEmail);
    const practice = await draft('Crowd-management refresher');
    expect((await ok(chief('memphis-pd'), counts)).me.pendingReviewCount).toBe(0);

    await ok(member('memphis-pd'), submitPractice, { id: practice.id });
    const chiefTold = (await inbox(chief('memphis-pd'))).filter((n) => n.activity.practice?.slug === practice.slug);
    expect(chiefTold).toEqual([
      {
        reason: 'REVIEW_REQUESTED',
        text: `Demo Officer asks you to review the draft “${practice.title}”`,
        path: `/practices/${practice.slug}`,
        activity: { kind: 'PRACTICE_SUBMITTED', practice: { slug: practice.slug } },
      },
    ]);
    expect((await mailsTo(chief('memphis-pd'))).map((m) => m.subject)).toContain(
      `Demo Officer asks you to review the draft “${practice.title}”`,
    );
    // Only their own department's chief.
    expect((await inbox(chief('boston-pd'))).some((n) => n.activity.practice?.slug === practice.slug)).toBe(false);
    expect((await ok(chief('memphis-pd'), counts)).me.pendingReviewCount).toBe(1);

    await ok(chief('memphis-pd'), sendBackPractice, { id: practice.id, comment: 'Add the cost of the refresher, please.' });
    const authorTold = (await inbox(member('memphis-pd'))).filter(
      (n) => n.reason === 'YOUR_PRACTICE_SENT_BACK' && n.activity.practice?.slug === practice.slug,
    );
    expect(authorTold.map((n) => n.text)).toEqual([
      `Demo Chief sent your draft “${practice.title}” back to you: “Add the cost of the refresher, please.”`,
    ]);
    const mail = (await mailsTo(member('memphis-pd'))).find(
      (m) => m.subject === `Demo Chief sent your draft “${practice.title}” back to you`,
    );
    expect(mail?.text).toContain('Add the cost of the refresher, please.');
    expect((await ok(chief('memphis-pd'), counts)).me.pendingReviewCount).toBe(0);
  });

  it('tells nobody when a chief publishes their own department’s draft without a review', async () => {
    const practice = await draft('Range day scheduling');
    await ok(chief('memphis-pd'), publishPractice, { id: practice.id });
    expect(
      (await inbox(chief('memphis-pd'))).some((n) => n.reason === 'REVIEW_REQUESTED' && n.activity.practice?.slug === practice.slug),
    ).toBe(false);
  });
});

describe('verification of new members', () => {
  it('tells the chief that a new member waits, and the member when they are verified or rejected; counts them for the chief and moderators', async () => {
    const before = (await ok(chief('boston-pd'), counts)).me.membersToVerifyCount as number;
    const beforeModerator = (await ok(moderator, counts)).me.membersToVerifyCount as number;
    const first = await recruit({ department: 'boston-pd' });
    const second = await recruit({ department: 'boston-pd' });
    expect((await ok(chief('boston-pd'), counts)).me).toEqual({ pendingReviewCount: 0, membersToVerifyCount: before + 2 });
    expect((await ok(moderator, counts)).me.membersToVerifyCount).toBe(beforeModerator + 2);

    const waiting = (await inbox(chief('boston-pd'))).filter((n) => n.reason === 'MEMBER_WAITING');
    expect(waiting.slice(0, 2)).toEqual([
      {
        reason: 'MEMBER_WAITING',
        text: `${second.displayName} signed up and waits for you to verify them`,
        path: '/members/pending',
        activity: { kind: 'MEMBER_SIGNED_UP', practice: null },
      },
      {
        reason: 'MEMBER_WAITING',
        text: `${first.displayName} signed up and waits for you to verify them`,
        path: '/members/pending',
        activity: { kind: 'MEMBER_SIGNED_UP', practice: null },
      },
    ]);
    // A department with a chief: moderators are not told.
    expect((await inbox(moderator)).some((n) => n.text.startsWith(first.displayName))).toBe(false);

    await ok({ session: first.session }, setEmail);
    await ok(chief('boston-pd'), verifyMember, { userId: first.id, approve: true });
    await ok(chief('boston-pd'), verifyMember, { userId: second.id, approve: false });
    expect((await inbox({ session: first.session })).map((n) => [n.reason, n.text, n.path])).toEqual([
      ['YOUR_MEMBERSHIP_VERIFIED', 'Your membership is verified: you can read members-only write-ups and take part in discussions', '/'],
    ]);
    // The first mail was the link that confirmed the address at sign-up.
    expect((await mailsTo(first.email)).map((m) => m.subject)).toEqual([
      'Confirm your e-mail address for Muster',
      'Your membership is verified: you can read members-only write-ups and take part in discussions',
    ]);
    expect((await inbox({ session: second.session })).map((n) => n.reason)).toEqual(['YOUR_MEMBERSHIP_REJECTED']);
    expect((await ok(chief('boston-pd'), counts)).me.membersToVerifyCount).toBe(before);
  });

  it('tells moderators of a member waiting on a new department, which has no chief yet', async () => {
    const waiting = await recruit({
      newDepartment: { name: 'Lakeshore Transit Police', agencyType: 'TRANSIT', state: 'IL', city: 'Lakeshore' },
    });
    const told = (await inbox(moderator)).find((n) => n.text.startsWith(waiting.displayName));
    expect(told).toMatchObject({ reason: 'MEMBER_WAITING', path: '/members/pending' });
    expect((await inbox(chief('boston-pd'))).some((n) => n.text.startsWith(waiting.displayName))).toBe(false);
  });

  it('gives counts to the viewer only, and zero to a member', async () => {
    expect((await ok(member('boston-pd'), counts)).me).toEqual({ pendingReviewCount: 0, membersToVerifyCount: 0 });
    const other = await ok(chief('boston-pd'), `{ member(handle: "officer-boston-pd") { pendingReviewCount membersToVerifyCount } }`);
    expect(other.member).toEqual({ pendingReviewCount: null, membersToVerifyCount: null });
    expect(
      (await refused(member('boston-pd'), verifyMember, { userId: (await recruit({ department: 'boston-pd' })).id, approve: true })).code,
    ).toBe('FORBIDDEN');
  });
});
