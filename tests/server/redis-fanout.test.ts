import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, notifications, users, type Database } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { commentTopic, notificationTopic } from '../../api/src/modules/notifications/fan-out.ts';
import { gql, signIn, testApp } from '../helpers/app.ts';
import { postgresCopy } from '../helpers/database.ts';
import { liveClient, LiveSubscription } from '../helpers/live.ts';

// Several instances only make sense against one shared PostgreSQL, with Redis between them.
const redisUrl = process.env.TEST_REDIS_URL;
// Its own channels, so that instances of other test files sharing this Redis are not heard.
const redisPrefix = `test-fanout-${randomUUID()}`;
const enabled = Boolean(redisUrl && process.env.TEST_DATABASE_URL);
if (!enabled) console.warn('Multi-instance fan-out not tested: set TEST_REDIS_URL and TEST_DATABASE_URL.');

const author = 'member@seattle-pd.muster.demo';
const commenter = 'member@boston-pd.muster.demo';
const addComment = `mutation ($practiceId: ID!, $body: String!) { addComment(practiceId: $practiceId, body: $body) { id } }`;

describe.runIf(enabled)('two API instances sharing Redis', () => {
  let copy: Awaited<ReturnType<typeof postgresCopy>>;
  const databases: Database[] = [];
  const apps: FastifyInstance[] = [];
  const urls: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    copy = await postgresCopy('demo');
    for (let i = 0; i < 2; i++) {
      // Each instance with its own connection pool, as separate processes would have.
      const database = await createDb({ databaseUrl: copy.url, dataDir: '', poolSize: 4 });
      databases.push(database);
      const app = await testApp(database, { redisUrl, redisPrefix, commentsPerMinute: 1000 });
      apps.push(app);
      urls.push(await app.listen({ port: 0, host: '127.0.0.1' }));
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const app of apps) await app.close();
    for (const database of databases) await database.close();
    await copy?.drop();
  });

  it('delivers a comment posted through instance A to a member subscribed through instance B', async () => {
    const [a, b] = apps as [FastifyInstance, FastifyInstance];
    const db = databases[0]!.db;
    const authorSession = await signIn(b, author, demoPassword);
    const commenterSession = await signIn(a, commenter, demoPassword);
    const { data } = await gql(a, `{ practice(slug: "seattle-lead-diversion") { id } }`);
    const practiceId: string = data!.practice.id;
    const [authorRow] = await db.select({ id: users.id }).from(users).where(eq(users.email, author));

    // Something to replay through A's bus until B's subscribers hear it: then Redis links them.
    const earlier = await gql(a, addComment, { practiceId, body: 'An earlier comment.' }, { session: commenterSession });
    await a.fanOut.idle();
    const probeComment: string = earlier.data!.addComment.id;
    const [probeNotification] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.recipientId, authorRow!.id))
      .orderBy(desc(notifications.id))
      .limit(1);
    const publishOnA = (topic: string, payload: unknown) =>
      new Promise<void>((resolve) => a.graphql.pubsub.publish({ topic, payload }, () => resolve()));

    const client = liveClient(`${urls[1]}/graphql`, authorSession);
    clients.push(client);
    const comments = new LiveSubscription(
      client,
      `subscription ($practiceId: ID!) { commentAdded(practiceId: $practiceId) { id bodyHtml author { handle } } }`,
      { practiceId },
    );
    const inbox = new LiveSubscription(client, `subscription { notificationAdded { id reason activity { comment { id } } } }`);
    await comments.ready(
      () => publishOnA(commentTopic(practiceId), { id: probeComment }),
      (e) => e.data?.commentAdded.id === probeComment,
    );
    await inbox.ready(
      () => publishOnA(notificationTopic(authorRow!.id), { id: probeNotification!.id }),
      (e) => e.data?.notificationAdded.id === String(probeNotification!.id),
    );

    const posted = await gql(a, addComment, { practiceId, body: 'Posted through **A**.' }, { session: commenterSession });
    expect(posted.errors).toBeUndefined();
    const commentId: string = posted.data!.addComment.id;
    await a.fanOut.idle();

    const heard = await comments.until(
      (events) => events.find((e) => e.data?.commentAdded.id === commentId)?.data!.commentAdded,
      'the comment on B',
    );
    expect(heard).toEqual({
      id: commentId,
      bodyHtml: '<p>Posted through <strong>A</strong>.</p>\n',
      author: { handle: 'officer-boston-pd' },
    });
    const notified = await inbox.until(
      (events) => events.find((e) => e.data?.notificationAdded.activity.comment?.id === commentId)?.data!.notificationAdded,
      'the notification on B',
    );
    expect(notified.reason).toBe('YOUR_PRACTICE_DISCUSSED');
    expect(comments.errors).toBeNull();
    expect(inbox.errors).toBeNull();
  });
});
