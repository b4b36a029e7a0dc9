import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { notifications, users } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { commentTopic, notificationTopic } from '../../api/src/modules/notifications/fan-out.ts';
import { gql, signIn, signUp } from '../helpers/app.ts';
import type { TestDatabase } from '../helpers/database.ts';
import { liveClient, LiveSubscription } from '../helpers/live.ts';
import { useTestApp } from '../helpers/setup.ts';

const member = (d: string) => `member@${d}.muster.demo`;

const addComment = `mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id } }`;
const notificationAdded = `subscription { notificationAdded { id reason text read activity { kind actor { handle } practice { slug } comment { id } } } }`;
const commentAdded = `subscription ($practiceId: ID!) { commentAdded(practiceId: $practiceId) { id bodyHtml author { handle } practice { slug } } }`;

let database: TestDatabase;
let app: FastifyInstance;
let url: string;
const sessions: Record<string, string> = {};
const clients: Client[] = [];

function client(session?: string): Client {
  const c = liveClient(`${url}/graphql`, session);
  clients.push(c);
  return c;
}

async function practiceId(slug: string): Promise<string> {
  const { data } = await gql(
    app,
    `query ($slug: String!) { practice(slug: $slug) { id } }`,
    { slug },
    { session: sessions[member('memphis-pd')] },
  );
  return data!.practice.id;
}

async function comment(email: string, practiceId: string, body: string): Promise<string> {
  const response = await gql(app, addComment, { practiceId, body }, { session: sessions[email] });
  expect(response.errors).toBeUndefined();
  await app.fanOut.idle();
  return response.data!.addComment.id;
}

async function userId(email: string): Promise<string> {
  const [row] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

/** The member's newest notification id, to replay as a probe. */
async function newestNotification(email: string): Promise<number> {
  const [row] = await database.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.recipientId, await userId(email)))
    .orderBy(desc(notifications.id))
    .limit(1);
  return row!.id;
}

/** Replays an event the way the API publishes it, through the app's own bus. */
function republish(topic: string, payload: unknown): Promise<void> {
  return new Promise((resolve) => app.graphql.pubsub.publish({ topic, payload }, () => resolve()));
}

useTestApp(
  { config: { commentsPerMinute: 1000, auth: { signInsPerMinute: 1000, signUpsPerHour: 1000 } as never } },
  (opened) => ({ app, database } = opened),
);
beforeAll(async () => {
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  for (const d of ['memphis-pd', 'seattle-pd', 'denver-pd', 'boston-pd']) sessions[member(d)] = await signIn(app, member(d), demoPassword);
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
});

describe('notificationAdded', () => {
  it("delivers a member's own new notification, and not another member's", async () => {
    const seattle = member('seattle-pd');
    const denver = member('denver-pd');
    const seattlePractice = await practiceId('seattle-lead-diversion');
    const denverPractice = await practiceId('denver-star-response');
    // One notification each beforehand, replayed to learn when each subscription is listening.
    await comment(member('boston-pd'), seattlePractice, 'Before anyone listened (Seattle).');
    await comment(member('boston-pd'), denverPractice, 'Before anyone listened (Denver).');
    const probes = { [seattle]: await newestNotification(seattle), [denver]: await newestNotification(denver) };

    const live: Record<string, LiveSubscription> = {};
    for (const email of [seattle, denver]) {
      live[email] = new LiveSubscription(client(sessions[email]), notificationAdded);
      const topic = notificationTopic(await userId(email));
      await live[email]!.ready(
        () => republish(topic, { id: probes[email] }),
        (e) => e.data?.notificationAdded.id === String(probes[email]),
      );
    }

    const forSeattle = await comment(member('boston-pd'), seattlePractice, 'Does LEAD take people with warrants?');
    const heard = await live[seattle]!.until(
      (events) => events.find((e) => e.data?.notificationAdded.activity.comment?.id === forSeattle)?.data!.notificationAdded,
      "Seattle's notification",
    );
    expect(heard).toMatchObject({
      reason: 'YOUR_PRACTICE_DISCUSSED',
      read: false,
      text: expect.stringMatching(/^Demo Officer commented on your write-up “/),
      activity: { kind: 'COMMENT_POSTED', actor: { handle: 'officer-boston-pd' }, practice: { slug: 'seattle-lead-diversion' } },
    });

    // Denver hears its own, sent after Seattle's on the same bus, and never Seattle's.
    const forDenver = await comment(member('boston-pd'), denverPractice, 'How many STAR vans run at night?');
    await live[denver]!.until(
      (events) => events.find((e) => e.data?.notificationAdded.activity.comment?.id === forDenver),
      "Denver's notification",
    );
    expect(live[denver]!.events.filter((e) => e.data?.notificationAdded.activity.comment?.id === forSeattle)).toEqual([]);
    expect(live[seattle]!.events.filter((e) => e.data?.notificationAdded.activity.comment?.id === forDenver)).toEqual([]);
    expect(live[denver]!.errors).toBeNull();
  });

  it('stops delivering to a socket whose member has since signed out', async () => {
    const email = member('denver-pd');
    const session = await signIn(app, email, demoPassword);
    const denverPractice = await practiceId('denver-star-response');
    const probe = await newestNotification(email);
    const listening = new LiveSubscription(client(session), notificationAdded);
    const topic = notificationTopic(await userId(email));
    await listening.ready(
      () => republish(topic, { id: probe }),
      (e) => e.data?.notificationAdded.id === String(probe),
    );

    expect((await gql(app, `mutation { signOut }`, {}, { session })).data).toEqual({ signOut: true });
    const afterSignOut = await comment(member('boston-pd'), denverPractice, 'Anyone still there?');
    // The member's other, still signed-in socket proves the event went out; the signed-out one stays silent.
    const other = new LiveSubscription(client(sessions[email]), notificationAdded);
    await other.ready(
      () => republish(topic, { id: probe }),
      (e) => e.data?.notificationAdded.id === String(probe),
    );
    await republish(topic, { id: await newestNotification(email) });
    await other.until(
      (events) => events.find((e) => e.data?.notificationAdded.activity.comment?.id === afterSignOut),
      'the signed-in socket',
    );
    expect(listening.events.filter((e) => e.data?.notificationAdded.activity.comment?.id === afterSignOut)).toEqual([]);
  });

  it('refuses a subscriber without a session', async () => {
    const anonymous = new LiveSubscription(client(), notificationAdded);
    expect((await anonymous.failure())[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('commentAdded', () => {
  it('delivers new comments on the practice subscribed to, to a visitor too', async () => {
    const watched = await practiceId('memphis-crisis-intervention-team');
    const other = await practiceId('eugene-cahoots');
    const probe = await comment(member('denver-pd'), watched, 'An earlier comment.');

    const live = new LiveSubscription(client(), commentAdded, { practiceId: watched });
    await live.ready(
      () => republish(commentTopic(watched), { id: probe }),
      (e) => e.data?.commentAdded.id === probe,
    );

    await comment(member('seattle-pd'), other, 'A comment elsewhere.');
    const posted = await comment(member('seattle-pd'), watched, 'We train **dispatchers** with the CIT officers.');
    const heard = await live.until(
      (events) => events.find((e) => e.data?.commentAdded.id !== probe)?.data!.commentAdded,
      'the new comment',
    );
    expect(heard).toEqual({
      id: posted,
      bodyHtml: '<p>We train <strong>dispatchers</strong> with the CIT officers.</p>\n',
      author: { handle: 'officer-seattle-pd' },
      practice: { slug: 'memphis-crisis-intervention-team' },
    });
    expect(live.events.every((e) => e.data?.commentAdded.practice.slug === 'memphis-crisis-intervention-team')).toBe(true);
  });

  it('refuses a visitor or an unverified member on a members-only discussion as if it did not exist', async () => {
    const { data } = await gql(
      app,
      `{ practices(first: 100) { edges { node { id visibility } } } }`,
      {},
      { session: sessions[member('memphis-pd')] },
    );
    const hidden = data!.practices.edges.find((e: any) => e.node.visibility === 'MEMBERS').node.id;
    const recruit = await signUp(app, 'boston-pd');
    for (const session of [undefined, recruit.session]) {
      const live = new LiveSubscription(client(session), commentAdded, { practiceId: hidden });
      expect((await live.failure())[0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    // A verified member may listen there.
    const verified = new LiveSubscription(client(sessions[member('boston-pd')]), commentAdded, { practiceId: hidden });
    const probe = await comment(member('memphis-pd'), hidden, 'Members talking among themselves.');
    await verified.ready(
      () => republish(commentTopic(hidden), { id: probe }),
      (e) => e.data?.commentAdded.id === probe,
    );
    expect(verified.errors).toBeNull();
  });
});

describe('the subscription socket', () => {
  function upgrade(headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
      socket.on('open', () => {
        socket.close();
        resolve(101);
      });
      socket.on('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.on('error', (error) => reject(error));
    });
  }

  it("refuses an upgrade from another site's page, and accepts one from its own", async () => {
    expect(await upgrade({ origin: 'https://evil.example', cookie: `muster_session=${sessions[member('memphis-pd')]}` })).toBe(403);
    expect(await upgrade({ origin: url.replace('127.0.0.1', '127.0.0.1.evil.example') })).toBe(403);
    expect(await upgrade({ origin: url })).toBe(101);
    // Clients that are not browsers send no Origin.
    expect(await upgrade({})).toBe(101);
  });
});
