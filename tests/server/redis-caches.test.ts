import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, featuredCaseStudies, type Database } from '@muster/db';
import { demoPassword } from '@muster/db/seed';
import { gql, signIn, testApp } from '../helpers/app.ts';
import { postgresCopy } from '../helpers/database.ts';

// Several instances only make sense against one shared PostgreSQL, with Redis between them.
const redisUrl = process.env.TEST_REDIS_URL;
// The two instances are one deployment; other test files' instances are others, unheard.
const redisPrefix = `test-caches-${randomUUID()}`;
const enabled = Boolean(redisUrl && process.env.TEST_DATABASE_URL);
if (!enabled) console.warn('Visitor caches across instances not tested: set TEST_REDIS_URL and TEST_DATABASE_URL.');

const buildDir = fileURLToPath(new URL('../../web/build', import.meta.url));
const FEATURED = `{ featured { id position noteHtml } }`;
const updateFeatured = `mutation ($id: ID!, $input: FeatureInput!) { updateFeatured(id: $id, input: $input) { id } }`;

/** A TCP relay to Redis the test can cut and restore, as an outage of Redis or of the network to it would. */
class RedisRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: URL) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Listens (on the same port as before, once it has one). */
  open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(Number(this.target.port || 6379), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    this.server = server;
    return new Promise((resolve) =>
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as { port: number }).port;
        resolve();
      }),
    );
  }

  /** Drops every connection and refuses new ones. */
  cut(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    return closed;
  }
}

const noteOf = (answer: { data?: Record<string, any> | null }, id: string): string =>
  (answer.data!.featured as { id: string; noteHtml: string }[]).find((f) => f.id === id)?.noteHtml ?? '';

/** Asks until `done` holds, for as long as the test may run: the change arrives by message, not at a known moment. */
async function until<T>(ask: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await ask();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(enabled)('visitor caches across two instances sharing Redis', () => {
  let copy: Awaited<ReturnType<typeof postgresCopy>>;
  const databases: Database[] = [];
  let a: FastifyInstance;
  let b: FastifyInstance;
  let bUrl: string;
  let relay: RedisRelay;
  let moderatorOnA: string;
  let moderatorOnB: string;
  let featured: { id: string; position: number };

  beforeAll(async () => {
    copy = await postgresCopy('demo');
    // Each instance with its own connection pool, as separate processes would have.
    for (let i = 0; i < 2; i++) databases.push(await createDb({ databaseUrl: copy.url, dataDir: '', poolSize: 4 }));
    a = await testApp(databases[0]!, { redisUrl, redisPrefix });
    // B reaches Redis through a relay the last test cuts. Its clock stands still, so its visitors'
    // answers never turn stale by age while the test runs: only word of a change clears them.
    relay = new RedisRelay(new URL(redisUrl!));
    await relay.open();
    const frozen = new Date();
    b = await testApp(databases[1]!, { redisUrl: relay.url, redisPrefix, webBuildDir: buildDir }, { now: () => new Date(frozen) });
    bUrl = await b.listen({ port: 0, host: '127.0.0.1' });
    moderatorOnA = await signIn(a, 'moderator@muster.demo', demoPassword);
    moderatorOnB = await signIn(b, 'moderator@muster.demo', demoPassword);
    const shown = (await gql(a, FEATURED)).data!.featured as { id: string; position: number }[];
    expect(shown.length).toBeGreaterThan(0);
    featured = shown[0]!;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await relay?.cut();
    for (const database of databases) await database.close();
    await copy?.drop();
  });

  const renote = (app: FastifyInstance, session: string, note: string) =>
    gql(app, updateFeatured, { id: featured.id, input: { note, position: featured.position } }, { session });

  it('shows a visitor on B a change made through A, in answers and in pages', async () => {
    const before = noteOf(await gql(b, FEATURED), featured.id);
    expect(before).not.toBe('');
    const homeBefore = await (await fetch(`${bUrl}/`)).text();
    expect(homeBefore).toContain(before.trim());

    // B keeps the answer: a change straight in the database, which no instance hears of, does not show.
    await databases[0]!.db
      .update(featuredCaseStudies)
      .set({ note: 'Changed behind every instance’s back.' })
      .where(eq(featuredCaseStudies.id, featured.id));
    expect(noteOf(await gql(b, FEATURED), featured.id)).toBe(before);

    const heardBefore = b.publicAnswers.generation();
    const changed = await renote(a, moderatorOnA, 'Revised through instance A.');
    expect(changed.errors).toBeUndefined();
    // A's own visitors see it at once, as before.
    expect(noteOf(await gql(a, FEATURED), featured.id)).toContain('Revised through instance A.');

    // B hears of it: the word from A, not the age of B's answer (its clock stands still), is what
    // moves B's generation, however long the machine takes to carry it.
    await until(
      async () => b.publicAnswers.generation(),
      (generation) => generation > heardBefore,
    );

    const onB = await until(
      () => gql(b, FEATURED),
      (answer) => noteOf(answer, featured.id).includes('Revised through instance A.'),
    );
    expect(onB.errors).toBeUndefined();
    const home = await until(
      async () => (await fetch(`${bUrl}/`)).text(),
      (page) => page.includes('Revised through instance A.'),
    );
    expect(home).not.toContain(before.trim());
  });

  it('carries on while Redis is away, and hears of changes again once it is back', async () => {
    // ioredis announces each attempt to reconnect; by the second, the first has failed.
    const subscriber = (b.graphql.pubsub as unknown as { emitter: { subConn: EventEmitter } }).emitter.subConn;
    let attempts = 0;
    const count = () => attempts++;
    subscriber.on('reconnecting', count);
    await relay.cut();
    await until(
      async () => attempts,
      (n) => n >= 2,
    );
    subscriber.off('reconnecting', count);

    // B still answers its visitors and its members, and its own changes show to its visitors at once.
    const changed = await renote(b, moderatorOnB, 'Revised through B while Redis is away.');
    expect(changed.errors).toBeUndefined();
    expect(noteOf(await gql(b, FEATURED), featured.id)).toContain('Revised through B while Redis is away.');
    expect((await fetch(`${bUrl}/`)).status).toBe(200);

    // Notices sent while B was away are lost to it; once it has resubscribed, the next one arrives.
    await relay.open();
    let round = 0;
    await until(
      async () => {
        round++;
        expect((await renote(a, moderatorOnA, `Revised through A after the outage (${round}).`)).errors).toBeUndefined();
        return noteOf(await gql(b, FEATURED), featured.id);
      },
      (note) => note.includes(`Revised through A after the outage (${round}).`),
    );
  });
});
