// pnpm bench:fanout — how long one event takes to reach 1,000, 10,000 and 100,000 followers
// (the publishing request's own latency beside the time until every notification row exists), for
// a published write-up and for a question asked on the topic (the reference: the same fan-out of a
// write-up, measured in the same run),
// and notification delivery over the GraphQL subscription (event → WebSocket client), p50/p95.
// On PostgreSQL: DATABASE_URL names a server where the bench creates, and afterwards drops, a
// scratch database of its own (default postgres://postgres@127.0.0.1:5432/test). FANOUT_SIZES
// and EVENTS change the sizes and the number of live events.
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp, loadConfig } from '@muster/api';
import { createDb, type Database } from '@muster/db';
import { demoPassword, seed } from '@muster/db/seed';

const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const sizes = (process.env.FANOUT_SIZES ?? '1000,10000,100000').split(',').map(Number);
const events = Number(process.env.EVENTS ?? 200);

const scratchName = `muster_bench_fanout_${randomBytes(3).toString('hex')}`;
const admin = await createDb({ databaseUrl: serverUrl, dataDir: '', poolSize: 1 });
await admin.db.execute(sql.raw(`create database ${scratchName}`));
const scratchUrl = new URL(serverUrl);
scratchUrl.pathname = `/${scratchName}`;

let database: Database | null = null;
try {
  database = await createDb({ databaseUrl: scratchUrl.toString(), dataDir: '', poolSize: 10 });
  await database.migrate();
  await seed(database.db, 'demo');
  await run(database);
} finally {
  await database?.close();
  await admin.db.execute(sql.raw(`drop database if exists ${scratchName} with (force)`));
  await admin.close();
}

async function run(database: Database) {
  const { db } = database;
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    WEB_BUILD_DIR: '',
    DATA_DIR: 'memory://',
    SIGN_INS_PER_MINUTE: '10000',
    COMMENTS_PER_MINUTE: '10000',
    QUESTIONS_PER_DAY: '1000',
  });
  const app = await buildApp(config, { database, logger: false, background: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  async function gql<T = unknown>(query: string, variables: Record<string, unknown>, session?: string) {
    const response = await fetch(`${address}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? { cookie: `muster_session=${session}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await response.json()) as { data?: T; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return { data: json.data!, cookie: response.headers.get('set-cookie') };
  }
  async function signIn(email: string): Promise<string> {
    const { cookie } = await gql('mutation ($input: SignInInput!) { signIn(input: $input) { status } }', {
      input: { email, password: demoPassword },
    });
    return /muster_session=([^;]+)/.exec(cookie ?? '')![1]!;
  }
  const rows = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

  const chief = await signIn('chief@memphis-pd.muster.demo');
  const [memphis] = await rows<{ id: string; author: string }>(sql`
    select d.id, u.id as author from departments d join users u on u.department_id = d.id and u.email = 'member@memphis-pd.muster.demo' where d.slug = 'memphis-pd'`);

  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(`Fan-out on ${database.kind}, ${cpus().length} cores, load average ${load()}: an event in a topic with N verified followers`);
  console.log('  event        followers   request p50   all rows written (p50)   rows/s');
  const line = (event: string, size: number, requests: number[], totals: number[]) => {
    const total = percentile(totals, 50);
    console.log(
      `  ${event.padEnd(10)} ${size.toLocaleString('en-US').padStart(11)}   ${ms(percentile(requests, 50))}     ${ms(total)}              ${Math.round(size / (total / 1000)).toLocaleString('en-US')}`,
    );
  };
  for (const size of sizes) {
    // A topic of its own for this size, its followers, and fresh members to be them.
    const [topic] = await rows<{ id: string }>(sql`
      insert into topics (slug, name, description, position) values (${`bench-${size}`}, ${`Bench ${size}`}, '', 1000) returning id`);
    const run = randomBytes(3).toString('hex');
    await db.execute(sql`
      insert into users (email, display_name, handle, verification, department_id)
      select 'follower' || g || '.' || ${run} || '@bench.muster.test', 'Follower ' || g, 'follower-' || g || '-' || ${run}, 'VERIFIED', ${memphis!.id}
      from generate_series(1, ${size}) g`);
    await db.execute(sql`
      insert into follows (user_id, target_type, target_id)
      select id, 'TOPIC', ${topic!.id} from users where email like ${`%.${run}@bench.muster.test`}`);
    await db.execute(sql`analyze`);

    const repeats = size >= 100_000 ? 2 : 5;
    const requestTimes: number[] = [];
    const totalTimes: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const [practice] = await rows<{ id: string }>(sql`
        insert into practices (slug, title, summary, department_id, author_id, status, visibility)
        values (${`bench-${size}-${run}-${i}`}, ${`Bench write-up ${i}`}, 'A write-up for the fan-out benchmark.', ${memphis!.id}, ${memphis!.author}, 'IN_REVIEW', 'PUBLIC')
        returning id`);
      await db.execute(sql`insert into practice_topics (practice_id, topic_id) values (${practice!.id}, ${topic!.id})`);
      const started = performance.now();
      await gql('mutation ($id: ID!) { publishPractice(id: $id) { id } }', { id: practice!.id }, chief);
      requestTimes.push(performance.now() - started);
      await app.fanOut.idle();
      totalTimes.push(performance.now() - started);
      const [{ n } = { n: 0 }] = await rows<{ n: number }>(sql`
        select count(*)::int as n from notifications n join activities a on a.id = n.activity_id where a.practice_id = ${practice!.id}`);
      // The follower rows, plus the author's "your write-up was published".
      if (n !== size + 1) throw new Error(`expected ${size + 1} notifications for ${size} followers, found ${n}`);
    }
    line('write-up', size, requestTimes, totalTimes);

    // A member asks the network on the same topic: the question reaches the same followers.
    const askTimes: number[] = [];
    const askTotals: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      const { data: asked } = await gql<{ ask: { id: string } }>(
        'mutation ($input: QuestionInput!) { ask(input: $input) { id } }',
        { input: { title: `How did bench question ${size}-${run}-${i} go for you?`, topics: [`bench-${size}`] } },
        chief,
      );
      askTimes.push(performance.now() - started);
      await app.fanOut.idle();
      askTotals.push(performance.now() - started);
      const [{ n } = { n: 0 }] = await rows<{ n: number }>(sql`
        select count(*)::int as n from notifications n join activities a on a.id = n.activity_id where a.question_id = ${asked.ask.id}`);
      if (n !== size) throw new Error(`expected ${size} notifications of a question for ${size} followers, found ${n}`);
    }
    line('question', size, askTimes, askTotals);
  }
  console.log(`  load average after: ${load()}`);

  // Delivery: a member follows a practice and listens; another member comments on it, again and again.
  const listener = await signIn('member@boston-pd.muster.demo');
  const speaker = await signIn('member@seattle-pd.muster.demo');
  const { data } = await gql<{ practices: { edges: { node: { id: string } }[] } }>(
    '{ practices(first: 1, filter: { departmentSlug: "memphis-pd" }) { edges { node { id } } } }',
    {},
  );
  const practiceId = data.practices.edges[0]!.node.id;
  await gql('mutation ($id: ID!) { follow(target: PRACTICE, id: $id) }', { id: practiceId }, listener);

  class SessionSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: `muster_session=${listener}` } });
    }
  }
  const client = createClient({ url: `${address.replace('http', 'ws')}/graphql`, webSocketImpl: SessionSocket, lazy: false });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let arrived: (() => void) | null = null;
  const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const stop = client.subscribe<{ notificationAdded: { activity: { comment: { id: string } } } }>(
    { query: 'subscription { notificationAdded { id activity { comment { id } } } }' },
    {
      next: ({ data }) => {
        const id = data?.notificationAdded.activity.comment?.id;
        const started = id ? sentAt.get(id) : undefined;
        if (started !== undefined) latencies.push(performance.now() - started);
        arrived?.();
      },
      error: (error) => console.error('subscription error', error),
      complete: () => {},
    },
  );
  await subscribed;
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 0; i < events; i++) {
    const received = new Promise<void>((resolve) => (arrived = resolve));
    const started = performance.now();
    const { data: posted } = await gql<{ addComment: { id: string } }>(
      'mutation ($id: ID!, $body: String!) { addComment(practiceId: $id, body: $body) { id } }',
      { id: practiceId, body: `How did it go? (${i})` },
      speaker,
    );
    sentAt.set(posted.addComment.id, started);
    await received;
  }
  stop();
  await client.dispose();
  console.log(`\nDelivery over the subscription (comment posted → notification at the WebSocket client), ${latencies.length} events`);
  console.log(`  p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}`);
  await app.close();
}

function percentile(values: number[], p: number): number {
  return [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
}

function ms(v: number): string {
  return `${v.toFixed(1).padStart(7)} ms`;
}
