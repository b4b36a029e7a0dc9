import { randomUUID } from 'node:crypto';
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, follows, notifications, users } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { gql, signIn, signUp, type GraphQLResponse } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { useTestApp } from '../helpers/setup.ts';

const chief = (d: string) => `chief@${d}.muster.demo`;
const member = (d: string) => `member@${d}.muster.demo`;

const followMutation = `mutation ($target: FollowTarget!, $id: ID!) { follow(target: $target, id: $id) }`;
const unfollowMutation = `mutation ($target: FollowTarget!, $id: ID!) { unfollow(target: $target, id: $id) }`;
const followingQuery = `{ following { practices { slug } topics { slug } departments { slug } members { handle } } }`;
const addComment = `mutation ($practiceId: ID!, $body: String!, $parentId: ID) { addComment(practiceId: $practiceId, body: $body, parentId: $parentId) { id } }`;
const createPractice = `mutation ($input: PracticeInput!) { createPractice(input: $input) { id slug } }`;
const publishPractice = `mutation ($id: ID!) { publishPractice(id: $id) { id status } }`;
const inboxQuery = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id reason text read activity { kind actor { handle } practice { slug } comment { id } } } }
  }
  unreadNotificationCount }`;
const markRead = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

let database: TestDatabase;
let app: FastifyInstance;
const sessions: Record<string, string> = {};
const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

async function session(email: string): Promise<string> {
  sessions[email] ??= await signIn(app, email, demoPassword);
  return sessions[email]!;
}

/** Runs a document as the member, signing them in the first time; fails the test on any error. */
async function ok(email: string | null, document: string, variables: Record<string, unknown> = {}) {
  const response = await gql(app, document, variables, email ? { session: await session(email) } : {});
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

async function practice(slug: string) {
  return (await ok(member('memphis-pd'), `query ($slug: String!) { practice(slug: $slug) { id title author { id handle } } }`, { slug }))
    .practice as {
    id: string;
    title: string;
    author: { id: string; handle: string };
  };
}

async function idOf(kind: 'topic' | 'department', slug: string): Promise<string> {
  return (await ok(null, `query ($slug: String!) { ${kind}(slug: $slug) { id } }`, { slug }))[kind].id;
}

async function userId(email: string): Promise<string> {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function comment(email: string, practiceId: string, body: string, parentId?: string): Promise<string> {
  const { addComment: created } = await ok(email, addComment, { practiceId, body, parentId });
  await app.fanOut.idle();
  return created.id;
}

/** Drafts a write-up as `author` and has the department's chief publish it; answers it once fan-out is done. */
async function publish(author: string, department: string, input: Record<string, unknown>) {
  const full = {
    summary: 'A program summary long enough for the form: what was done, by whom, and what changed afterwards.',
    body: 'What we did.',
    evidenceLevel: 'INTERNAL_DATA',
    visibility: 'PUBLIC',
    lifecycle: 'RUNNING',
    ...input,
  };
  const { createPractice: created } = await ok(author, createPractice, { input: full });
  await ok(chief(department), publishPractice, { id: created.id });
  await app.fanOut.idle();
  return created as { id: string; slug: string };
}

/** Who was notified of the matching activities, and why: one [handle, reason] per notification row. */
async function notified(where: SQL): Promise<[string, string][]> {
  const rows = await database.db
    .select({ handle: users.handle, reason: notifications.reason })
    .from(notifications)
    .innerJoin(activities, eq(activities.id, notifications.activityId))
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .where(where);
  return rows.map((r): [string, string] => [r.handle, r.reason]).sort(([a], [b]) => a.localeCompare(b));
}

async function inbox(email: string, variables: Record<string, unknown> = {}) {
  const data = await ok(email, inboxQuery, variables);
  return { ...data.notifications, nodes: data.notifications.edges.map((e: any) => e.node), unread: data.unreadNotificationCount as number };
}

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);

describe('following', () => {
  const counts = `query ($practice: String!, $topic: String!, $department: String!) {
    practice(slug: $practice) { followerCount viewerFollows author { handle followerCount viewerFollows } }
    topic(slug: $topic) { followerCount viewerFollows }
    department(slug: $department) { followerCount viewerFollows } }`;
  const targets = { practice: 'memphis-care-team', topic: 'youth', department: 'denver-pd' };

  it('follows and unfollows a write-up, a topic, a department and a member, with counts and lists to match', async () => {
    const who = member('philadelphia-pd');
    const followed = await practice(targets.practice);
    const ids = {
      PRACTICE: followed.id,
      TOPIC: await idOf('topic', targets.topic),
      DEPARTMENT: await idOf('department', targets.department),
      USER: followed.author.id,
    };
    const before = await ok(who, counts, targets);
    expect(before).toMatchObject({
      practice: { viewerFollows: false, author: { viewerFollows: false } },
      topic: { viewerFollows: false },
      department: { viewerFollows: false },
    });

    for (const [target, id] of Object.entries(ids)) {
      expect((await ok(who, followMutation, { target, id })).follow).toBe(true);
      // Following twice changes nothing.
      expect((await ok(who, followMutation, { target, id })).follow).toBe(true);
    }
    const after = await ok(who, counts, targets);
    expect(after).toEqual({
      practice: {
        followerCount: before.practice.followerCount + 1,
        viewerFollows: true,
        author: { handle: followed.author.handle, followerCount: before.practice.author.followerCount + 1, viewerFollows: true },
      },
      topic: { followerCount: before.topic.followerCount + 1, viewerFollows: true },
      department: { followerCount: before.department.followerCount + 1, viewerFollows: true },
    });
    // Counts are public; whether *you* follow is the viewer's own.
    expect((await ok(null, counts, targets)).topic).toEqual({ followerCount: before.topic.followerCount + 1, viewerFollows: false });
    expect((await ok(who, followingQuery)).following).toEqual({
      practices: [{ slug: targets.practice }],
      topics: [{ slug: targets.topic }],
      departments: [{ slug: targets.department }],
      members: [{ handle: followed.author.handle }],
    });

    for (const [target, id] of Object.entries(ids)) expect((await ok(who, unfollowMutation, { target, id })).unfollow).toBe(false);
    expect(await ok(who, counts, targets)).toEqual(before);
    expect((await ok(who, followingQuery)).following).toEqual({ practices: [], topics: [], departments: [], members: [] });
  });

  it('lists a followed member while their account is active, verified or no longer', async () => {
    const who = member('denver-pd');
    const [departmentId] = (await database.db.select({ id: users.departmentId }).from(users).where(eq(users.email, who))).map((r) => r.id);
    const followed = await database.db
      .insert(users)
      .values(
        ['kept', 'unverified-since', 'disabled-since'].map((handle) => ({
          email: `followed-${handle}@denver-pd.muster.demo`,
          handle: `followed-${handle}`,
          displayName: `Followed ${handle}`,
          departmentId,
          verification: 'VERIFIED' as const,
          emailConfirmedAt: new Date(),
        })),
      )
      .returning();
    for (const u of followed) expect((await ok(who, followMutation, { target: 'USER', id: u.id })).follow).toBe(true);
    await database.db.update(users).set({ verification: 'UNVERIFIED' }).where(eq(users.handle, 'followed-unverified-since'));
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.handle, 'followed-disabled-since'));
    const listed = ((await ok(who, followingQuery)).following.members as { handle: string }[]).map((m) => m.handle);
    expect(listed.filter((h) => h.startsWith('followed-')).sort()).toEqual(['followed-kept', 'followed-unverified-since']);
  });

  it('refuses to follow what is missing, hidden, an event or oneself, and stores nothing', async () => {
    const recruit = await signUp(app, 'seattle-pd');
    const { data } = await gql(
      app,
      `{ practices(first: 100) { edges { node { id visibility followerCount } } } }`,
      {},
      { session: await session(member('memphis-pd')) },
    );
    const hidden = data!.practices.edges.map((e: any) => e.node).find((p: any) => p.visibility === 'MEMBERS');
    const attempts: [string, string, string][] = [
      ['PRACTICE', randomUUID(), 'NOT_FOUND'],
      ['TOPIC', randomUUID(), 'NOT_FOUND'],
      ['DEPARTMENT', randomUUID(), 'NOT_FOUND'],
      ['USER', randomUUID(), 'NOT_FOUND'],
      // A members-only write-up does not exist for an unverified member.
      ['PRACTICE', hidden.id, 'NOT_FOUND'],
      ['EVENT', randomUUID(), 'NOT_FOUND'],
      ['USER', recruit.id, 'BAD_USER_INPUT'],
      ['TOPIC', 'youth', 'BAD_USER_INPUT'],
    ];
    for (const [target, id, expected] of attempts) {
      const response = await gql(app, followMutation, { target, id }, { session: recruit.session });
      expect(response.data, `${target} ${id}`).toBeNull();
      expect(response.errors![0]!.extensions, `${target} ${id}`).toMatchObject({ code: expected, field: 'id' });
    }
    expect(code(await gql(app, followMutation, { target: 'TOPIC', id: await idOf('topic', 'youth') }))).toBe('UNAUTHENTICATED');

    const [stored] = await database.db.select({ n: count() }).from(follows).where(eq(follows.userId, recruit.id));
    expect(stored!.n).toBe(0);
    const again = await gql(
      app,
      `{ practices(first: 100) { edges { node { id followerCount } } } }`,
      {},
      { session: await session(member('memphis-pd')) },
    );
    expect(again.data!.practices.edges.find((e: any) => e.node.id === hidden.id).node.followerCount).toBe(hidden.followerCount);
  });
});

describe('who a change notifies', () => {
  it('tells the answered member, the mentioned, the author and the followers of a comment, once each with the most personal reason, never its writer', async () => {
    const discussed = await practice('seattle-lead-diversion');
    await ok(member('denver-pd'), followMutation, { target: 'PRACTICE', id: discussed.id });
    await ok(chief('stockton-pd'), followMutation, { target: 'PRACTICE', id: discussed.id });
    // The author also follows their own write-up: "your write-up" is the more personal reason.
    await ok(member('seattle-pd'), followMutation, { target: 'PRACTICE', id: discussed.id });
    // Commenting follows the write-up, so the member asking also follows it when answered.
    const question = await comment(member('oakland-pd'), discussed.id, 'Who refers people to LEAD: officers only?');
    const answer = await comment(
      member('chicago-pd'),
      discussed.id,
      'Officers and community members. @chief-stockton-pd ran the same intake, and @officer-chicago-pd (me) can share forms; @nobody-by-that-name too.',
      question,
    );

    expect(await notified(eq(activities.commentId, answer))).toEqual([
      ['chief-stockton-pd', 'MENTION'],
      ['officer-denver-pd', 'FOLLOWED_PRACTICE'],
      ['officer-oakland-pd', 'REPLY'],
      ['officer-seattle-pd', 'YOUR_PRACTICE_DISCUSSED'],
    ]);

    // Each sees it in their inbox, saying why.
    const reply = (await inbox(member('oakland-pd'))).nodes.find((n: any) => n.activity.comment?.id === answer);
    expect(reply).toMatchObject({
      reason: 'REPLY',
      read: false,
      text: `Demo Officer replied to you on “${discussed.title}”`,
      activity: { kind: 'COMMENT_POSTED', actor: { handle: 'officer-chicago-pd' }, practice: { slug: 'seattle-lead-diversion' } },
    });
    const mention = (await inbox(chief('stockton-pd'))).nodes.find((n: any) => n.activity.comment?.id === answer);
    expect(mention).toMatchObject({ reason: 'MENTION', text: `Demo Officer mentioned you on “${discussed.title}”` });
    expect((await inbox(member('chicago-pd'))).nodes.filter((n: any) => n.activity.comment?.id === answer)).toEqual([]);
  });

  it('tells the author of a newly published write-up, and the followers of its topics, department and author', async () => {
    const author = await userId(member('boston-pd'));
    await ok(member('eugene-pd'), followMutation, { target: 'TOPIC', id: await idOf('topic', 'youth') });
    // Following both the topic and the department: the department is the nearer reason.
    await ok(member('san-diego-pd'), followMutation, { target: 'TOPIC', id: await idOf('topic', 'victim-services') });
    await ok(member('san-diego-pd'), followMutation, { target: 'DEPARTMENT', id: await idOf('department', 'boston-pd') });
    await ok(member('high-point-pd'), followMutation, { target: 'USER', id: author });
    // The chief who publishes follows the topic too, and is not told about their own act.
    await ok(chief('boston-pd'), followMutation, { target: 'TOPIC', id: await idOf('topic', 'youth') });

    const published = await publish(member('boston-pd'), 'boston-pd', {
      title: 'Youth court for first-time offenders',
      topics: ['youth', 'victim-services'],
    });
    expect(await notified(eq(activities.practiceId, published.id))).toEqual([
      ['officer-boston-pd', 'YOUR_PRACTICE_PUBLISHED'],
      ['officer-eugene-pd', 'FOLLOWED_TOPIC'],
      ['officer-high-point-pd', 'FOLLOWED_MEMBER'],
      ['officer-san-diego-pd', 'FOLLOWED_DEPARTMENT'],
    ]);
    const own = (await inbox(member('boston-pd'))).nodes.find((n: any) => n.activity.practice.slug === published.slug);
    expect(own).toMatchObject({
      reason: 'YOUR_PRACTICE_PUBLISHED',
      text: 'Your write-up “Youth court for first-time offenders” was published',
    });
  });

  it("tells the author of their practice's first adoption, and not of an update to it", async () => {
    const adopted = await practice('memphis-care-team');
    await ok(member('kansas-city-pd'), followMutation, { target: 'PRACTICE', id: adopted.id });
    await ok(member('ca-doj'), followMutation, { target: 'DEPARTMENT', id: await idOf('department', 'denver-pd') });
    const report = `mutation ($practiceId: ID!, $input: AdoptionInput!) { reportAdoption(practiceId: $practiceId, input: $input) { id } }`;

    await ok(chief('denver-pd'), report, { practiceId: adopted.id, input: { status: 'PILOT' } });
    await app.fanOut.idle();
    const adoptions = and(eq(activities.practiceId, adopted.id), eq(activities.kind, 'PRACTICE_ADOPTED'))!;
    const expected = [
      ['officer-ca-doj', 'FOLLOWED_DEPARTMENT'],
      ['officer-kansas-city-pd', 'FOLLOWED_PRACTICE'],
      ['officer-memphis-pd', 'YOUR_PRACTICE_ADOPTED'],
    ];
    expect(await notified(adoptions)).toEqual(expected);
    const news = (await inbox(member('memphis-pd'))).nodes.find((n: any) => n.reason === 'YOUR_PRACTICE_ADOPTED');
    expect(news.text).toMatch(/^Denver .* adopted your practice “/);

    await ok(chief('denver-pd'), report, { practiceId: adopted.id, input: { status: 'ADOPTED' } });
    await app.fanOut.idle();
    expect(await notified(adoptions)).toEqual(expected);
  });

  it('tells nobody about a members-only write-up they may not open', async () => {
    const recruit = await signUp(app, 'memphis-pd');
    const wellness = await idOf('topic', 'officer-wellness');
    for (const s of [{ session: recruit.session }, { session: await session(member('stockton-pd')) }]) {
      const response = await gql(app, followMutation, { target: 'TOPIC', id: wellness }, s);
      expect(response.errors).toBeUndefined();
    }
    await gql(app, followMutation, { target: 'DEPARTMENT', id: await idOf('department', 'memphis-pd') }, { session: recruit.session });

    const hidden = await publish(chief('memphis-pd'), 'memphis-pd', {
      title: 'Members-only: peer support roster',
      topics: ['officer-wellness'],
      visibility: 'MEMBERS',
    });
    await comment(member('boston-pd'), hidden.id, `@${recruit.handle} and @officer-stockton-pd, have a look.`);

    // The verified follower and the verified member mentioned hear of it; the unverified one, neither.
    expect(await notified(eq(activities.practiceId, hidden.id))).toEqual([
      ['chief-memphis-pd', 'YOUR_PRACTICE_DISCUSSED'],
      ['officer-stockton-pd', 'FOLLOWED_TOPIC'],
      ['officer-stockton-pd', 'MENTION'],
    ]);
    const recruitInbox = await gql(app, inboxQuery, {}, { session: recruit.session });
    expect(recruitInbox.data!.notifications.totalCount).toBe(0);
    expect(recruitInbox.data!.unreadNotificationCount).toBe(0);
  });

  it('drops from the inbox a notification about a write-up archived since', async () => {
    const follower = member('uc-police-division');
    const chaplaincy = await practice('demo-cedar-county-chaplaincy');
    await ok(follower, followMutation, { target: 'PRACTICE', id: chaplaincy.id });
    const said = await comment(member('denver-pd'), chaplaincy.id, 'Do your chaplains ride along?');
    const before = await inbox(follower);
    expect(before.nodes.map((n: any) => n.activity.comment?.id)).toContain(said);
    expect(before.unread).toBe(before.totalCount);

    await ok(chief('demo-cedar-county-so'), `mutation ($id: ID!) { archivePractice(id: $id, archived: true) { status } }`, {
      id: chaplaincy.id,
    });
    const after = await inbox(follower);
    expect(after.nodes.map((n: any) => n.activity.practice.slug)).not.toContain('demo-cedar-county-chaplaincy');
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.unread).toBe(before.unread - 1);
  });
});

describe('the inbox', () => {
  const owner = member('demo-lakeshore-tribal-pd');
  let said: string[];

  beforeAll(async () => {
    const board = await practice('demo-lakeshore-community-advisory-board');
    said = [];
    for (const [i, email] of [member('memphis-pd'), member('boston-pd'), member('memphis-pd')].entries()) {
      said.push(await comment(email, board.id, `Question ${i + 1} about the advisory board.`));
    }
  });

  it('lists the member’s notifications newest first, a page at a time', async () => {
    const all = await inbox(owner);
    expect(all.totalCount).toBe(3);
    expect(all.unread).toBe(3);
    expect(all.nodes.map((n: any) => [n.activity.comment.id, n.reason, n.read])).toEqual([
      [said[2], 'YOUR_PRACTICE_DISCUSSED', false],
      [said[1], 'YOUR_PRACTICE_DISCUSSED', false],
      [said[0], 'YOUR_PRACTICE_DISCUSSED', false],
    ]);
    const first = await inbox(owner, { first: 2 });
    expect(first.nodes.map((n: any) => n.id)).toEqual(all.nodes.slice(0, 2).map((n: any) => n.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await inbox(owner, { first: 2, after: first.pageInfo.endCursor });
    expect(rest.nodes.map((n: any) => n.id)).toEqual([all.nodes[2].id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses to mark someone else's notification read, changing nothing", async () => {
    const mine = (await inbox(owner)).nodes.map((n: any) => n.id);
    const other = member('seattle-pd');
    const theirs = await inbox(other);
    expect(theirs.unread).toBeGreaterThan(0);
    // Alone, or beside one of the caller's own: the whole call is refused.
    for (const ids of [[mine[0]], [theirs.nodes[0].id, mine[1]]]) {
      const response = await gql(app, markRead, { ids }, { session: await session(other) });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ids' });
    }
    expect(code(await gql(app, markRead, { ids: ['abc'] }, { session: await session(owner) }))).toBe('BAD_USER_INPUT');
    const after = await inbox(owner);
    expect(after.unread).toBe(3);
    expect(after.nodes.every((n: any) => !n.read)).toBe(true);
    expect((await inbox(other)).unread).toBe(theirs.unread);
  });

  it('marks chosen notifications read, then all of them', async () => {
    const all = (await inbox(owner)).nodes;
    const oldest = all.at(-1).id;
    expect((await ok(owner, markRead, { ids: [oldest] })).markNotificationsRead).toBe(1);
    // Already read: nothing more changes.
    expect((await ok(owner, markRead, { ids: [oldest] })).markNotificationsRead).toBe(0);
    const unread = await inbox(owner, { unreadOnly: true });
    expect(unread.nodes.map((n: any) => n.id)).toEqual(all.slice(0, 2).map((n: any) => n.id));
    expect(unread.totalCount).toBe(2);
    expect(unread.unread).toBe(2);

    expect((await ok(owner, markRead)).markNotificationsRead).toBe(2);
    const done = await inbox(owner);
    expect(done.unread).toBe(0);
    expect(done.nodes.map((n: any) => n.read)).toEqual([true, true, true]);
    expect((await inbox(owner, { unreadOnly: true })).totalCount).toBe(0);
    expect(code(await gql(app, markRead, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('the feed', () => {
  it('lists what happens around what the member follows, newest first, leaving out their own doings', async () => {
    const reader = member('demo-riverbend-pd');
    await ok(reader, followMutation, { target: 'TOPIC', id: await idOf('topic', 'problem-oriented-policing') });
    const first = await comment(
      member('boston-pd'),
      (await practice('san-diego-graffiti-reduction')).id,
      'How fast did you paint over tags?',
    );
    await comment(reader, (await practice('uc-off-campus-burglary-reduction')).id, 'Our own comment on a followed topic.');
    await comment(member('boston-pd'), (await practice('memphis-crisis-intervention-team')).id, 'Not in a topic the reader follows.');
    const last = await comment(member('denver-pd'), (await practice('problem-oriented-policing-sara')).id, 'Which step takes longest?');

    const { feed } = await ok(
      reader,
      `{ feed(first: 10) { totalCount edges { node { kind actor { handle } practice { slug } comment { id } } } } }`,
    );
    expect(feed.totalCount).toBe(2);
    expect(feed.edges.map((e: any) => [e.node.comment.id, e.node.actor.handle, e.node.practice.slug])).toEqual([
      [last, 'officer-denver-pd', 'problem-oriented-policing-sara'],
      [first, 'officer-boston-pd', 'san-diego-graffiti-reduction'],
    ]);
    // Every page, and the empty one past the end, tells the whole feed's size.
    const pageOf = `query ($after: String) { feed(first: 1, after: $after) { totalCount edges { node { comment { id } } } pageInfo { endCursor } } }`;
    const one = (await ok(reader, pageOf)).feed;
    const two = (await ok(reader, pageOf, { after: one.pageInfo.endCursor })).feed;
    const past = (await ok(reader, pageOf, { after: two.pageInfo.endCursor })).feed;
    expect([one, two, past].map((page: any) => [page.totalCount, page.edges.map((e: any) => e.node.comment.id)])).toEqual([
      [2, [last]],
      [2, [first]],
      [2, []],
    ]);
    expect(code(await gql(app, `{ feed { totalCount } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('fan-out at scale', () => {
  // Not a timing test: one publication must reach every follower, however many, exactly once.
  const followers = 10_000;

  it(`writes one notification for each of ${followers.toLocaleString('en-US')} topic followers and the author`, async () => {
    const topic = await idOf('topic', 'traffic-safety');
    await database.db.execute(sql`
      insert into users (email, display_name, handle, verification)
      select 'follower' || g || '@scale.example.gov', 'Follower ' || g, 'scale-follower-' || g, 'VERIFIED'
      from generate_series(1, ${followers}) g`);
    await database.db.execute(sql`
      insert into follows (user_id, target_type, target_id)
      select id, 'TOPIC', ${topic} from users where handle like 'scale-follower-%'`);

    const published = await publish(member('kansas-city-pd'), 'kansas-city-pd', {
      title: 'Speed feedback signs near schools',
      topics: ['traffic-safety'],
    });
    const [rows] = await database.db
      .select({ n: count(), recipients: sql<number>`count(distinct ${notifications.recipientId})::int` })
      .from(notifications)
      .innerJoin(activities, eq(activities.id, notifications.activityId))
      .where(eq(activities.practiceId, published.id));
    expect(rows).toEqual({ n: followers + 1, recipients: followers + 1 });
    const [pending] = await database.db
      .select({ n: count() })
      .from(activities)
      .where(sql`${activities.fannedOutAt} is null`);
    expect(pending!.n).toBe(0);
  }, 120_000);
});
