// pnpm bench:load — throughput under load: Muster started as `pnpm start` does (NODE_ENV=production)
// on PostgreSQL filled by `pnpm gen`, driven by autocannon at N concurrent connections against the
// home page, a practice page, the GraphQL `practice` query and a search, one after another; req/s,
// p50/p99 latency and the server's largest resident set during each run, each req/s also as a share
// of a bare Fastify route in the same process (MUSTER_BENCH_BARE_ROUTE, api/src/server.ts).
// Aims: the `practice` query at no less than 25% of the bare route, p99 < 100 ms, RSS < 300 MB.
//
//   pnpm bench:load [--practices 100000] [--comments 1000000] [--duration 10] [--connections 50] [--warmup 3]
//
// DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test), where
// the bench creates a scratch database, fills it, and drops it at the end (also on failure or Ctrl-C).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { createDb } from '@muster/db';
import { ensureBuilt, residentBytes, root, startMuster, type MusterProcess } from './muster-process.ts';
import { demoMemberCookie } from './demo-session.ts';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: {
    practices: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
  },
});
const practiceCount = whole('practices', values.practices);
const commentCount = whole('comments', values.comments);
const duration = whole('duration', values.duration);
const connections = whole('connections', values.connections);
const warmup = whole('warmup', values.warmup);

interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  /** A session cookie: a member's page, made for them alone (visitors' pages are shared for a few seconds). */
  cookie?: string;
  /** Measured and shown, but not one of the issue's targets the aims apply to. */
  extra?: boolean;
}

interface Figures {
  target: Target;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  maxRss: number | null;
  failures: number;
}

let scratch: ScratchDatabase | null = null;
let server: MusterProcess | null = null;
let cleaning: Promise<void> | null = null;
const cleanUp = () =>
  (cleaning ??= (async () => {
    await server?.stop().catch(() => {});
    await scratch?.drop().catch((error: Error) => console.error(`Could not drop ${scratch!.name}: ${error.message}`));
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (cleaning) return;
    console.error(`\n${signal}: stopping the server and dropping the scratch database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  ensureBuilt();
  scratch = await createScratchDatabase('muster_bench_load');
  const genSeconds = await fill(scratch.url);
  const slug = await busiestPublicPractice(scratch.url);

  server = await startMuster({
    DATABASE_URL: scratch.url,
    NODE_ENV: 'production',
    SEED: 'none',
    LOG_LEVEL: 'warn',
    // One client address makes every request here; the per-address budget would refuse most of them.
    REQUESTS_PER_MINUTE: '1000000',
    MUSTER_BENCH_BARE_ROUTE: '1',
  });

  const graphql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const targets: Target[] = [
    { name: 'bare route', path: '/__bench/bare' },
    { name: 'home page', path: '/' },
    { name: 'practice page', path: `/practices/${slug}` },
    {
      name: 'GraphQL practice',
      path: '/graphql',
      method: 'POST',
      body: graphql(
        'query ($slug: String!) { practice(slug: $slug) { id title summary evidenceLevel department { name state } topics { name } commentCount } }',
        { slug },
      ),
    },
    {
      name: 'GraphQL search',
      path: '/graphql',
      method: 'POST',
      body: graphql('query ($q: String!) { search(query: $q, first: 20) { totalCount edges { snippet node { slug title department { name } } } } }', {
        q: 'mental health crisis',
      }),
    },
  ];
  // Beside the issue's targets: the same practice page for a signed-in member, never shared.
  targets.push({ name: 'practice page, member', path: `/practices/${slug}`, cookie: await demoMemberCookie(server.url), extra: true });
  for (const target of targets) await checkAnswers(server.url, target);
  const startRss = residentBytes(server.pid);

  console.log(
    `\nLoad on PostgreSQL: ${practiceCount.toLocaleString('en-US')} practices, ${commentCount.toLocaleString('en-US')} comments (pnpm gen took ${genSeconds.toFixed(0)} s); ` +
      `${connections} connections, ${duration} s a target after ${warmup} s of warm-up; ${cpus().length} cores shared with autocannon`,
  );
  console.log(`practice page and query: /practices/${slug} (the public write-up with the most comments)`);
  console.log(`server RSS after start ${startRss === null ? 'n/a' : `${(startRss / 2 ** 20).toFixed(0)} MB`}; load average ${loadavg()[0]!.toFixed(1)} before the runs\n`);
  const results: Figures[] = [];
  for (const target of targets) {
    await drive(server.url, target, warmup);
    results.push(await measure(server, target));
  }
  report(results);
  console.log(`\nload average ${loadavg()[0]!.toFixed(1)} after the runs (figures fall when other work shares the machine)`);
} finally {
  await cleanUp();
}

function whole(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number, not "${raw}".`);
    process.exit(1);
  }
  return n;
}

/** Runs `pnpm gen` into the scratch database, passing on its progress; answers its wall time in seconds. */
async function fill(databaseUrl: string): Promise<number> {
  console.log(`pnpm gen --practices ${practiceCount} --comments ${commentCount}`);
  const started = performance.now();
  const child = spawn('pnpm', ['--silent', 'gen', '--practices', String(practiceCount), '--comments', String(commentCount)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '  ')));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`pnpm gen failed (exit code ${code})`);
  return (performance.now() - started) / 1000;
}

async function busiestPublicPractice(databaseUrl: string): Promise<string> {
  const database = await createDb({ databaseUrl, dataDir: '', poolSize: 1 });
  try {
    const { rows } = (await database.db.execute(sql`
      select p.slug from practices p join comments c on c.practice_id = p.id
      where p.status = 'PUBLISHED' and p.visibility = 'PUBLIC'
      group by p.id order by count(*) desc, p.slug limit 1`)) as unknown as { rows: { slug: string }[] };
    if (rows[0]) return rows[0].slug;
    const { rows: any } = (await database.db.execute(sql`
      select slug from practices where status = 'PUBLISHED' and visibility = 'PUBLIC' order by slug limit 1`)) as unknown as { rows: { slug: string }[] };
    if (!any[0]) throw new Error('the generated database holds no public write-up');
    return any[0].slug;
  } finally {
    await database.close();
  }
}

function headersOf(target: Target): Record<string, string> {
  return { ...(target.body ? { 'content-type': 'application/json' } : {}), ...(target.cookie ? { cookie: target.cookie } : {}) };
}

/** One request first: a target that answers an error would make its figures meaningless. */
async function checkAnswers(url: string, target: Target) {
  const response = await fetch(`${url}${target.path}`, {
    method: target.method ?? 'GET',
    headers: headersOf(target),
    body: target.body,
  });
  const text = await response.text();
  const failed = response.status !== 200 || (target.body !== undefined && (JSON.parse(text).errors || Object.values(JSON.parse(text).data ?? {}).includes(null)));
  if (failed) throw new Error(`${target.name} answered ${response.status}: ${text.slice(0, 500)}`);
}

function drive(url: string, target: Target, seconds: number) {
  return autocannon({
    url: `${url}${target.path}`,
    method: target.method ?? 'GET',
    headers: headersOf(target),
    body: target.body,
    connections,
    duration: seconds,
  });
}

async function measure(running: MusterProcess, target: Target): Promise<Figures> {
  let maxRss: number | null = residentBytes(running.pid);
  const sampler = setInterval(() => {
    const rss = residentBytes(running.pid);
    if (rss !== null) maxRss = Math.max(maxRss ?? 0, rss);
  }, 100);
  try {
    const result = await drive(running.url, target, duration);
    return {
      target,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      maxRss,
      failures: result.non2xx + result.errors + result.timeouts,
    };
  } finally {
    clearInterval(sampler);
  }
}

function report(results: Figures[]) {
  const bare = results.find((r) => r.target.path === '/__bench/bare')!;
  const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
  const rows = results.map((r) => [
    r.target.name,
    r.requestsPerSecond.toFixed(0),
    `${r.p50} ms`,
    `${r.p99} ms`,
    mb(r.maxRss),
    `${((r.requestsPerSecond / bare.requestsPerSecond) * 100).toFixed(1)}%`,
    String(r.failures),
  ]);
  const header = ['target', 'req/s', 'p50', 'p99', 'max RSS', 'of bare', 'failed'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  const practice = results.find((r) => r.target.name === 'GraphQL practice')!;
  const share = practice.requestsPerSecond / bare.requestsPerSecond;
  const named = results.filter((r) => !r.target.extra);
  const slow = named.filter((r) => r.p99 >= 100);
  const maxRss = Math.max(...named.map((r) => r.maxRss ?? 0));
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log('\nAims');
  console.log(`  GraphQL practice ≥ 25% of the bare route   ${(share * 100).toFixed(1)}%   ${verdict(share >= 0.25)}`);
  console.log(
    `  p99 < 100 ms on every target               ${slow.length ? slow.map((r) => `${r.target.name} ${r.p99} ms`).join(', ') : `worst ${Math.max(...named.map((r) => r.p99))} ms`}   ${verdict(slow.length === 0)}`,
  );
  console.log(`  server RSS < 300 MB                        ${mb(maxRss)}   ${verdict(maxRss < 300 * 2 ** 20)}`);
  const extras = results.filter((r) => r.target.extra);
  if (extras.length) console.log(`  (not among the issue's targets: ${extras.map((r) => `${r.target.name} p99 ${r.p99} ms, ${mb(r.maxRss)}`).join('; ')})`);
  const failed = results.filter((r) => r.failures > 0);
  if (failed.length) console.log(`\nFailed requests (non-2xx, errors, timeouts): ${failed.map((r) => `${r.target.name} ${r.failures}`).join(', ')}`);
}
