// pnpm bench:search — search latency through the GraphQL endpoint (HTTP) for 20 representative
// queries, with and without facets, beside the floor: the very SQL those requests ran, replayed
// straight through the driver (pg, or PGlite). Uses DATABASE_URL, or PGlite at DATA_DIR; fill it
// first with `pnpm gen --practices 100000` (PostgreSQL) or `--practices 10000` (PGlite).
import { cpus, loadavg } from 'node:os';
import { count, sql } from 'drizzle-orm';
import { buildApp, loadConfig } from '@muster/api';
import { createDb, practices, rowsOf } from '@muster/db';
import { demoMemberCookie } from './demo-session.ts';

const runs = Number(process.env.RUNS ?? 20);
const queries = [
  'mental health crisis',
  'co-responder clinician',
  'procedural justice training',
  'de-escalation',
  'body-worn cameras',
  'peer support',
  'youth academy mentoring',
  'naloxone overdose',
  'focused deterrence group violence',
  'hot spots patrol',
  'domestic violence advocates',
  'recruitment women in policing',
  'speed cameras school zones',
  'drones response time',
  '"crisis intervention team"',
  'diversion -drug',
  'implicit bias or fairness',
  'SARA problem solving',
  'police',
  'civilian investigators overtime',
];

const captured: { query: string; params: unknown[] }[] = [];
let capturing = false;
const database = await createDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR || './data',
  poolSize: 10,
  logger: { logQuery: (query, params) => void (capturing && captured.push({ query, params })) },
});
const [{ n: total } = { n: 0 }] = await database.db.select({ n: count() }).from(practices);
if (total < 1000) {
  console.error(`Only ${total} practices here: run "pnpm gen --practices 100000" against this database first.`);
  process.exit(1);
}
const app = await buildApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEB_BUILD_DIR: '', DATA_DIR: 'memory://' }), {
  database,
  logger: false,
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
// Searches are made as a signed-in verified member: their answers are never cached (visitors'
// are, for a few seconds, which would measure the cache), and members are who search most.
const session = await demoMemberCookie(address);
const client = (database.db as unknown as { $client: { query(q: string, p: unknown[]): Promise<unknown> } }).$client;

const results = `totalCount edges { snippet node { slug title summary evidenceLevel department { name state } topics { name } } } pageInfo { hasNextPage endCursor }`;
const facets = `facets { topics { value count } states { value count } agencyTypes { value count } evidenceLevels { value count } lifecycles { value count } sizeBands { value count } hasOutcomes { value count } }`;

async function viaGraphql(query: string, withFacets: boolean): Promise<number> {
  const body = JSON.stringify({
    query: `query ($q: String!) { search(query: $q, first: 20) { ${results} ${withFacets ? facets : ''} } }`,
    variables: { q: query },
  });
  const started = performance.now();
  const response = await fetch(`${address}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session },
    body,
  });
  const json = (await response.json()) as { errors?: unknown };
  const elapsed = performance.now() - started;
  if (json.errors) throw new Error(`${query}: ${JSON.stringify(json.errors)}`);
  return elapsed;
}

async function viaSql(statements: typeof captured): Promise<number> {
  const started = performance.now();
  for (const s of statements) await client.query(s.query, s.params);
  return performance.now() - started;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;

const [index] = rowsOf<{ entries: number; words: number }>(
  await database.db.execute(
    sql`select (select count(*)::int from search_entries) as entries, (select count(*)::int from search_indexed_words) as words`,
  ),
);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(
  `Search on ${database.kind}: ${total.toLocaleString('en-US')} practices, ${cpus().length} cores, ${queries.length} queries × ${runs} runs, load average ${load()}`,
);
console.log(`Search index: ${index!.entries.toLocaleString('en-US')} entries, ${index!.words} common words with bitmaps of their own`);
for (const withFacets of [false, true]) {
  const graphql: number[] = [];
  const floor: number[] = [];
  let statementCount = 0;
  const slowest: { q: string; p50: number }[] = [];
  for (const q of queries) {
    for (let i = 0; i < 3; i++) await viaGraphql(q, withFacets); // warm up
    captured.length = 0;
    capturing = true;
    await viaGraphql(q, withFacets);
    capturing = false;
    const statements = [...captured];
    if (process.env.SHOW_SQL === q) for (const s of statements) console.log(s.query, JSON.stringify(s.params));
    statementCount += statements.length;
    const mine: number[] = [];
    for (let i = 0; i < runs; i++) mine.push(await viaGraphql(q, withFacets));
    graphql.push(...mine);
    slowest.push({ q, p50: percentile(mine, 50) });
    for (let i = 0; i < runs; i++) floor.push(await viaSql(statements));
  }
  const ratio = percentile(graphql, 95) / percentile(floor, 95);
  console.log(
    `\n${withFacets ? 'with facets' : 'without facets'} (${(statementCount / queries.length).toFixed(1)} SQL statements a search)`,
  );
  console.log(`  GraphQL over HTTP   p50 ${ms(percentile(graphql, 50))}   p95 ${ms(percentile(graphql, 95))}`);
  console.log(
    `  same SQL, direct    p50 ${ms(percentile(floor, 50))}   p95 ${ms(percentile(floor, 95))}   (statements one after another; the API runs counting and ranking side by side)`,
  );
  slowest.sort((a, b) => b.p50 - a.p50);
  console.log(
    `  slowest queries (GraphQL p50): ${slowest
      .slice(0, 4)
      .map((s) => `${s.q} ${s.p50.toFixed(0)} ms`)
      .join(', ')}`,
  );
  console.log(`  GraphQL / SQL at p95: ${ratio.toFixed(2)}x   (aim: p95 < 50 ms, within 1.3x)   load average now ${load()}`);
}
await app.close();
await database.close();
