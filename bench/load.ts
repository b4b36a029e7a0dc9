// pnpm bench:load — throughput under load: Muster started as `pnpm start` does (NODE_ENV=production),
// driven by autocannon at N concurrent connections, one target after another: a bare Fastify route
// in the same process (the reference, MUSTER_BENCH_BARE_ROUTE, api/src/server.ts), then pages and
// GraphQL queries as a visitor and as a signed-in member (whose answers are made for them alone).
// For each: req/s, p50/p99 latency, the server's largest resident set, and req/s as a share of the
// bare route measured in the same run.
//
//   pnpm bench:load [--database postgres|pglite] [--practices 100000] [--comments 1000000]
//                   [--duration 10] [--connections 50] [--warmup 3] [--visitor-cache on|off] [--only member]
//
// --database postgres (default): a scratch database on DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test) filled by `pnpm gen`, dropped at the end (also on failure
// or Ctrl-C). --database pglite: the embedded database with the demo data, as `pnpm start` serves it.
// --visitor-cache off starts the server with VISITOR_CACHE=off, so visitors' pages and answers are
// made for each request, as members' are.
//
// Aims (issue "A signed-in member's pages as fast as a visitor's"): every member page ≥ 10% of the
// bare route with p99 < 150 ms; member GraphQL `practice` ≥ 40% of bare; visitor pages with caches
// off ≥ 15%; server RSS < 300 MB.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
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
    database: { type: 'string', default: 'postgres' },
    'visitor-cache': { type: 'string', default: 'on' },
    only: { type: 'string' },
  },
});
if (values.database !== 'postgres' && values.database !== 'pglite') fail(`--database takes postgres or pglite, not "${values.database}".`);
if (values['visitor-cache'] !== 'on' && values['visitor-cache'] !== 'off')
  fail(`--visitor-cache takes on or off, not "${values['visitor-cache']}".`);
if (values.only !== undefined && values.only !== 'member' && values.only !== 'visitor')
  fail(`--only takes member or visitor, not "${values.only}".`);
const onPglite = values.database === 'pglite';
const visitorCache = values['visitor-cache'] === 'on';
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
  /** Who asks: the aims differ for a visitor and a member. */
  who: 'reference' | 'visitor' | 'member';
  page?: boolean;
}

interface Figures {
  target: Target;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  maxRss: number | null;
  failures: number;
}

/** The demo write-up with the longest discussion, for --database pglite. */
const demoPractice = 'memphis-crisis-intervention-team';

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
  let genSeconds = 0;
  let slug = demoPractice;
  if (!onPglite) {
    scratch = await createScratchDatabase('muster_bench_load');
    genSeconds = await fill(scratch.url);
    slug = await busiestPublicPractice(scratch.url);
  }

  server = await startMuster({
    ...(onPglite ? { DATA_DIR: mkdtempSync(join(tmpdir(), 'muster-bench-load-')) } : { DATABASE_URL: scratch!.url, SEED: 'none' }),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // One client address makes every request here; the per-address budget would refuse most of them.
    REQUESTS_PER_MINUTE: '1000000',
    VISITOR_CACHE: visitorCache ? 'on' : 'off',
    MUSTER_BENCH_BARE_ROUTE: '1',
  });

  const graphql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const practiceQuery = graphql(
    'query ($slug: String!) { practice(slug: $slug) { id title summary evidenceLevel department { name state } topics { name } commentCount } }',
    { slug },
  );
  const searchQuery = graphql(
    'query ($q: String!) { search(query: $q, first: 20) { totalCount edges { snippet node { slug title department { name } } } } }',
    {
      q: 'mental health crisis',
    },
  );
  const member = await demoMemberCookie(server.url);
  const asVisitor: Target[] = [
    { who: 'visitor', page: true, name: 'home page', path: '/' },
    { who: 'visitor', page: true, name: 'practice page', path: `/practices/${slug}` },
    { who: 'visitor', page: true, name: 'search page', path: '/search?q=mental+health+crisis' },
    { who: 'visitor', name: 'GraphQL practice', path: '/graphql', method: 'POST', body: practiceQuery },
    { who: 'visitor', name: 'GraphQL search', path: '/graphql', method: 'POST', body: searchQuery },
  ];
  const asMember: Target[] = asVisitor.map((t) => ({ ...t, who: 'member', name: `${t.name}, member`, cookie: member }));
  asMember.push({ who: 'member', page: true, name: 'topics page, member', path: '/topics', cookie: member });
  const targets: Target[] = [
    { who: 'reference', name: 'bare route', path: '/__bench/bare' },
    ...(values.only === 'member' ? [] : asVisitor),
    ...(values.only === 'visitor' ? [] : asMember),
  ];
  for (const target of targets) await checkAnswers(server.url, target);
  const startRss = residentBytes(server.pid);

  console.log(
    onPglite
      ? `\nLoad on PGlite with the demo data; visitor caches ${visitorCache ? 'on' : 'off'}; `
      : `\nLoad on PostgreSQL: ${practiceCount.toLocaleString('en-US')} practices, ${commentCount.toLocaleString('en-US')} comments (pnpm gen took ${genSeconds.toFixed(0)} s); visitor caches ${visitorCache ? 'on' : 'off'}; `,
  );
  console.log(
    `${connections} connections, ${duration} s a target after ${warmup} s of warm-up; ${cpus().length} cores shared with autocannon`,
  );
  console.log(`practice page and query: /practices/${slug}${onPglite ? '' : ' (the public write-up with the most comments)'}`);
  console.log(
    `server RSS after start ${startRss === null ? 'n/a' : `${(startRss / 2 ** 20).toFixed(0)} MB`}; load average ${loadavg()[0]!.toFixed(1)} before the runs\n`,
  );
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

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function whole(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} takes a whole number, not "${raw}".`);
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
      select slug from practices where status = 'PUBLISHED' and visibility = 'PUBLIC' order by slug limit 1`)) as unknown as {
      rows: { slug: string }[];
    };
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
  const failed =
    response.status !== 200 ||
    (target.body !== undefined && (JSON.parse(text).errors || Object.values(JSON.parse(text).data ?? {}).includes(null)));
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

  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  const share = (r: Figures) => r.requestsPerSecond / bare.requestsPerSecond;
  const percent = (r: Figures) => `${(share(r) * 100).toFixed(1)}%`;
  const aim = (label: string, figure: string, met: boolean) => console.log(`  ${label.padEnd(48)} ${figure}   ${verdict(met)}`);
  console.log('\nAims');
  const memberPages = results.filter((r) => r.target.who === 'member' && r.target.page);
  for (const r of memberPages)
    aim(`${r.target.name}: ≥ 10% of bare, p99 < 150 ms`, `${percent(r)}, p99 ${r.p99} ms`, share(r) >= 0.1 && r.p99 < 150);
  const memberPractice = results.find((r) => r.target.who === 'member' && r.target.body && r.target.name.startsWith('GraphQL practice'));
  if (memberPractice) aim('GraphQL practice, member: ≥ 40% of bare', percent(memberPractice), share(memberPractice) >= 0.4);
  const visitorPages = results.filter((r) => r.target.who === 'visitor' && r.target.page);
  if (!visitorCache) for (const r of visitorPages) aim(`${r.target.name}, caches off: ≥ 15% of bare`, percent(r), share(r) >= 0.15);
  else if (visitorPages.length)
    console.log('  (visitor pages came from the visitor caches; --visitor-cache off measures them made per request)');
  const maxRss = Math.max(...results.map((r) => r.maxRss ?? 0));
  aim('server RSS < 300 MB', mb(maxRss), maxRss < 300 * 2 ** 20);
  const failed = results.filter((r) => r.failures > 0);
  if (failed.length)
    console.log(`\nFailed requests (non-2xx, errors, timeouts): ${failed.map((r) => `${r.target.name} ${r.failures}`).join(', ')}`);
}
