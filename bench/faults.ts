// pnpm bench:faults — what Muster does when things break under it:
//  1. PGlite: members post a burst of comments; the server is killed with SIGKILL mid-burst and
//     started again on the same DATA_DIR. Aim: it opens, and every comment it acknowledged is there.
//  2. PostgreSQL: under a steady load of GraphQL queries and a page, PostgreSQL is stopped for a few
//     seconds. Aims: /healthz turns 503, requests get a clear error (never a stack trace), and
//     service comes back by itself once PostgreSQL does, without restarting Muster.
//
//   pnpm bench:faults [--pglite | --postgres] [--rounds 3] [--down 5]
//
// Part 2 creates (and drops) a scratch database on the PostgreSQL server at DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test), and stops and starts that server with PG_STOP / PG_START
// (default: pg_ctlcluster on the Debian cluster). Others may be using it: the part waits for, and
// holds, an exclusive flock on PG_LOCK (default /tmp/muster-pg.lock), which test runs sharing the
// server take too, and PostgreSQL is always started again: on failure, on Ctrl-C, and even when
// the bench itself is killed.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { demoPassword } from '@muster/db/seed';
import { ensureBuilt, startMuster, type MusterProcess } from './muster-process.ts';
import { createScratchDatabase, postgresServerUrl, type ScratchDatabase } from './scratch-database.ts';

const { values } = parseArgs({
  options: {
    pglite: { type: 'boolean', default: false },
    postgres: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    down: { type: 'string', default: '5' },
  },
});
const both = !values.pglite && !values.postgres;
const rounds = Number(values.rounds);
const downSeconds = Number(values.down);

/** Run for every load: a high request budget, since one client address makes all the requests. */
const serverEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  REQUESTS_PER_MINUTE: '1000000',
  SIGN_INS_PER_MINUTE: '10000',
  COMMENTS_PER_MINUTE: '10000',
};

// An error answer showing any of these carries internals: a stack trace, a driver's message, SQL.
const internals =
  /\n\s+at\s|\bat .+:\d+:\d+|node_modules|ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|"stack"|\bselect\b.+\bfrom\b/i;

// What must be undone however the bench ends, newest first.
const undo: (() => Promise<void> | void)[] = [];
async function undoAll() {
  while (undo.length) {
    try {
      await undo.pop()!();
    } catch (error) {
      console.error(`cleaning up: ${(error as Error).message}`);
    }
  }
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: cleaning up (PostgreSQL is started again if it was stopped)…`);
    void undoAll().finally(() => process.exit(130));
  });
}

let faultsFound = 0;
try {
  ensureBuilt();
  if (both || values.pglite) await killDuringWrites();
  if (both || values.postgres) await stopPostgresUnderLoad();
} finally {
  await undoAll();
}
console.log(faultsFound ? `\n${faultsFound} fault check(s) failed.` : '\nEvery fault check passed.');
process.exitCode = faultsFound ? 1 : 0;

function fault(message: string) {
  faultsFound++;
  console.log(`  FAULT: ${message}`);
}

// ——— GraphQL over HTTP, as a member or anonymously ———

interface Answer<T = unknown> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  text: string;
}

/** A write-up's comments, a page at a time, as read back after the restart. */
interface CommentsPage {
  practice: { comments: { edges: { node: { id: string; body: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

async function graphql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  session?: string,
  timeoutMs = 10_000,
): Promise<Answer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let json: Partial<Answer<T>> = {};
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported as it is
  }
  return { status: response.status, data: json.data, errors: json.errors, text };
}

/** Signs a demo member in; answers the session cookie as a Cookie header. */
async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email, password: demoPassword } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('muster_session='));
  if (!cookie) throw new Error(`signing in ${email} set no session cookie: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

// ——— 1. PGlite: SIGKILL in the middle of a write burst ———

async function killDuringWrites() {
  const dir = mkdtempSync(join(tmpdir(), 'muster-faults-'));
  undo.push(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...serverEnv, DATA_DIR: join(dir, 'data'), SEED: 'demo' };
  const writers = ['memphis-pd', 'boston-pd', 'seattle-pd', 'denver-pd', 'eugene-pd', 'oakland-pd', 'chicago-pd', 'demo-riverbend-pd'].map(
    (department) => `member@${department}.muster.demo`,
  );

  console.log(
    `PGlite: ${writers.length} members post comments as fast as they are answered; SIGKILL mid-burst, then start again on the same DATA_DIR`,
  );
  console.log('  round   acknowledged   found after restart   missing   unanswered (found)   restart to /healthz 200');
  let server = await startMuster(env);
  undo.push(() => server.stop('SIGKILL').then(() => {}));
  const sessions = await Promise.all(writers.map((email) => signIn(server.url, email)));
  const { data } = await graphql<{ practices: { edges: { node: { id: string; slug: string } }[] } }>(
    server.url,
    '{ practices(first: 100) { edges { node { id slug } } } }',
    {},
    sessions[0],
  );
  const practices = (data?.practices.edges ?? []).map((e: { node: { id: string; slug: string } }) => e.node) as {
    id: string;
    slug: string;
  }[];
  if (!practices.length) throw new Error('the demo data holds no practice to comment on');

  const acknowledged = new Map<string, string>(); // comment id → practice slug, over every round
  for (let round = 1; round <= rounds; round++) {
    const before = acknowledged.size;
    const unanswered = new Set<string>(); // bodies sent whose answer never came
    let killed = false;
    const burst = sessions.map(async (session, w) => {
      for (let i = 0; !killed; i++) {
        const practice = practices[Math.floor(Math.random() * practices.length)]!;
        const body = `Round ${round}, writer ${w}, comment ${i}: how did the first month go?`;
        unanswered.add(body);
        try {
          const answer = await graphql<{ addComment: { id: string } | null }>(
            server.url,
            'mutation ($id: ID!, $body: String!) { addComment(practiceId: $id, body: $body) { id } }',
            { id: practice.id, body },
            session,
          );
          unanswered.delete(body);
          if (answer.status === 200 && !answer.errors && answer.data?.addComment?.id)
            acknowledged.set(answer.data.addComment.id, practice.slug);
          else if (!killed) throw new Error(`a comment was refused: ${answer.text.slice(0, 300)}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    });
    // The kill lands at a random moment once writes are flowing.
    const started = performance.now();
    while (acknowledged.size - before < 40 && performance.now() - started < 30_000) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, Math.random() * 1500));
    killed = true;
    server.child.kill('SIGKILL');
    await server.exited;
    for (const outcome of await Promise.allSettled(burst)) {
      if (outcome.status === 'rejected') fault(`round ${round}, before the kill: ${(outcome.reason as Error).message}`);
    }
    const inFlight = [...unanswered];

    const restarted = performance.now();
    try {
      server = await startMuster(env, 60_000);
    } catch (error) {
      fault(`after SIGKILL in round ${round}, Muster did not start again on the same DATA_DIR: ${(error as Error).message.slice(0, 2000)}`);
      return;
    }
    const restartMs = performance.now() - restarted;

    // Sessions are writes too: the ones from before the kill must still work.
    const found = new Set<string>();
    const bodies = new Set<string>();
    for (const slug of new Set(acknowledged.values())) {
      for (let after: string | null = null; ;) {
        const answer: Answer<CommentsPage> = await graphql<CommentsPage>(
          server.url,
          'query ($slug: String!, $after: String) { practice(slug: $slug) { comments(first: 100, after: $after) { edges { node { id body } } pageInfo { hasNextPage endCursor } } } }',
          { slug, after },
          sessions[0],
        );
        if (answer.errors || !answer.data?.practice) {
          fault(`reading the comments of ${slug} back after the restart failed: ${answer.text.slice(0, 300)}`);
          break;
        }
        const page: CommentsPage['practice']['comments'] = answer.data.practice.comments;
        for (const { node } of page.edges) {
          found.add(node.id);
          if (node.body) bodies.add(node.body);
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
    }
    const missing = [...acknowledged.keys()].filter((id) => !found.has(id));
    const inFlightFound = inFlight.filter((body) => bodies.has(body)).length;
    console.log(
      `  ${String(round).padStart(5)}   ${String(acknowledged.size - before).padStart(12)}   ${String(acknowledged.size - missing.length).padStart(19)}   ${String(missing.length).padStart(7)}   ${`${inFlight.length} (${inFlightFound})`.padStart(18)}   ${(restartMs / 1000).toFixed(2).padStart(21)} s`,
    );
    if (missing.length)
      fault(`round ${round}: ${missing.length} acknowledged comment(s) gone after the restart, e.g. ${missing.slice(0, 3).join(', ')}`);
  }
  console.log(
    `  (found after restart counts every comment acknowledged so far, all rounds; unanswered: sent but cut off by the kill, their outcome unknown)`,
  );
  const ended = await server.stop('SIGTERM');
  if (ended !== 'exit code 0') fault(`the last server did not shut down cleanly: ${ended}`);
}

// ——— 2. PostgreSQL stopped under load ———

interface Sample {
  /** When the request was sent and when its answer (or failure) came, ms since the load began. */
  at: number;
  done: number;
  kind: 'query' | 'page' | 'healthz';
  ok: boolean;
  /** Status and error code (and message), or why there was no answer. */
  outcome: string;
  /** The answer carried internals: a stack trace, SQL, a driver message. */
  leaks: boolean;
}

async function stopPostgresUnderLoad() {
  const cluster = () => `${readdirSync('/etc/postgresql').sort().at(-1)} main`;
  const stopCommand = process.env.PG_STOP || `pg_ctlcluster --skip-systemctl-redirect ${cluster()} stop -m fast`;
  const startCommand = process.env.PG_START || `pg_ctlcluster --skip-systemctl-redirect ${cluster()} start`;
  const lockFile = process.env.PG_LOCK || '/tmp/muster-pg.lock';

  const scratch: ScratchDatabase = await createScratchDatabase('muster_bench_faults');
  undo.push(() => scratch.drop());
  const server: MusterProcess = await startMuster({ ...serverEnv, DATABASE_URL: scratch.url, SEED: 'demo' });
  undo.push(() => server.stop('SIGKILL').then(() => {}));
  const { data } = await graphql<{ practices: { edges: { node: { slug: string } }[] } }>(
    server.url,
    '{ practices(first: 1) { edges { node { slug } } } }',
  );
  const slug = data?.practices.edges[0]?.node.slug as string;

  console.log(
    `\nPostgreSQL (${new URL(postgresServerUrl).host}): stopped for ${downSeconds} s under a steady load (6 clients on GraphQL, 1 on a practice page)`,
  );
  const release = await holdLock(lockFile, startCommand);
  undo.push(release);

  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const samples: Sample[] = [];
  let running = true;
  const record = async (kind: Sample['kind'], request: () => Promise<{ ok: boolean; outcome: string; text: string }>) => {
    const at = now();
    try {
      const { ok, outcome, text } = await request();
      samples.push({ at, done: now(), kind, ok, outcome, leaks: !ok && internals.test(text) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      samples.push({
        at,
        done: now(),
        kind,
        ok: false,
        outcome: `no answer (${cause?.code ?? `${(error as Error).name}: ${(error as Error).message}`})`,
        leaks: false,
      });
    }
  };
  const query =
    'query ($slug: String!) { practice(slug: $slug) { title department { name } topics { name } } practices(first: 5) { edges { node { slug title } } } }';
  const loops = [
    ...Array.from({ length: 6 }, async () => {
      while (running) {
        await record('query', async () => {
          const answer = await graphql<{ practice: unknown }>(server.url, query, { slug }, undefined, 10_000);
          const ok = answer.status === 200 && !answer.errors && Boolean(answer.data?.practice);
          const codes = [...new Set((answer.errors ?? []).map((e) => e.extensions?.code ?? 'no code'))].join(',');
          const messages = [...new Set((answer.errors ?? []).map((e) => e.message))].join(' | ');
          return { ok, outcome: ok ? '200 ok' : `${answer.status} ${codes}: ${messages || answer.text.slice(0, 120)}`, text: answer.text };
        });
        await new Promise((r) => setTimeout(r, 20));
      }
    }),
    (async () => {
      while (running) {
        await record('page', async () => {
          const response = await fetch(`${server.url}/practices/${slug}`, { signal: AbortSignal.timeout(10_000) });
          const text = await response.text();
          const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]?.trim() ?? text.slice(0, 80);
          return { ok: response.status === 200, outcome: response.status === 200 ? '200 ok' : `${response.status} "${title}"`, text };
        });
        await new Promise((r) => setTimeout(r, 20));
      }
    })(),
    (async () => {
      while (running) {
        await record('healthz', async () => {
          const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
          const text = await response.text();
          return { ok: response.status === 200, outcome: `${response.status} ${text}`, text };
        });
        await new Promise((r) => setTimeout(r, 100));
      }
    })(),
  ];

  let stopped = false;
  const startPostgres = () => {
    if (!stopped) return;
    execSync(startCommand, { stdio: 'inherit' });
    stopped = false;
  };
  undo.push(startPostgres);
  const marks: Record<string, number> = {};
  try {
    await new Promise((r) => setTimeout(r, 3000));
    marks.stopAsked = now();
    stopped = true;
    execSync(stopCommand, { stdio: 'inherit' });
    marks.stopped = now();
    await new Promise((r) => setTimeout(r, downSeconds * 1000));
    marks.startAsked = now();
    startPostgres();
    marks.started = now();
  } finally {
    startPostgres();
  }
  // Recovered: /healthz 200 and queries answering again, then two seconds more to see it hold.
  const deadline = now() + 60_000;
  for (;;) {
    const after = samples.filter((s) => s.at >= marks.stopped!);
    const firstHealth = after.find((s) => s.kind === 'healthz' && s.ok);
    const firstQuery = after.find((s) => s.kind === 'query' && s.ok);
    if ((firstHealth && firstQuery && now() - Math.max(firstHealth.at, firstQuery.at) > 2000) || now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  running = false;
  await Promise.all(loops);
  await release();

  const alive = server.child.exitCode === null && server.child.signalCode === null;
  report(samples, marks, alive, server);
}

function report(samples: Sample[], marks: Record<string, number>, alive: boolean, server: MusterProcess) {
  const { stopAsked, stopped, startAsked, started } = marks as Record<'stopAsked' | 'stopped' | 'startAsked' | 'started', number>;
  const s = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(2)} s`);
  console.log(`  stopping PostgreSQL took ${s(stopped - stopAsked)}, starting it ${s(started - startAsked)}`);

  // Anything sent after the stop completed and answered ok was served by PostgreSQL started again.
  const first = (kind: Sample['kind'], ok: boolean, from: number) => samples.find((x) => x.kind === kind && x.ok === ok && x.at >= from);
  const unhealthy = first('healthz', false, stopAsked);
  const lastFailure = samples.filter((x) => !x.ok).at(-1);
  const outage = samples.filter((x) => !x.ok && x.at >= stopAsked);
  console.log(
    `  /healthz failing ${s(unhealthy && unhealthy.done - stopAsked)} after the stop began; what clients got until service came back:`,
  );
  for (const kind of ['healthz', 'query', 'page'] as const) {
    const seen = new Map<string, number>();
    for (const x of outage.filter((x) => x.kind === kind)) seen.set(x.outcome, (seen.get(x.outcome) ?? 0) + 1);
    const label = { healthz: '/healthz', query: 'GraphQL', page: 'page' }[kind];
    if (!seen.size) console.log(`    ${label.padEnd(8)} no failed answer`);
    for (const [outcome, count] of seen) console.log(`    ${label.padEnd(8)} ${String(count).padStart(5)} × ${outcome.slice(0, 160)}`);
  }
  const healthy = first('healthz', true, stopped);
  const queryOk = first('query', true, stopped);
  const pageOk = first('page', true, stopped);
  console.log(
    `  from the start of PostgreSQL's start: /healthz 200 at ${s(healthy && healthy.done - startAsked)}, first GraphQL answer at ${s(queryOk && queryOk.done - startAsked)}, ` +
      `first page at ${s(pageOk && pageOk.done - startAsked)}, every request ok from ${s(lastFailure && lastFailure.done - startAsked)}`,
  );
  console.log(
    `  ${samples.length} requests in all, ${outage.length} failed; Muster ${alive ? 'kept running' : 'is no longer running'} (never restarted)`,
  );

  // A clear error says the service is unavailable (HTTP 503 or a code of its own), not that a bug happened.
  const unclear = outage.filter(
    (x) => x.kind !== 'healthz' && !x.outcome.startsWith('503') && (/\bINTERNAL\b/.test(x.outcome) || /^500\b/.test(x.outcome)),
  );
  const leaks = samples.filter((x) => x.leaks);
  const hung = outage.filter((x) => x.outcome.startsWith('no answer'));
  console.log('  aims');
  const aim = (label: string, met: boolean, detail: string) => {
    console.log(`    ${label.padEnd(44)} ${met ? 'met' : 'MISSED'}${detail ? `   ${detail}` : ''}`);
    if (!met) faultsFound++;
  };
  aim('Muster keeps running', alive, alive ? '' : server.output().slice(-1500));
  aim('/healthz 503 while PostgreSQL is down', Boolean(unhealthy?.outcome.startsWith('503')), unhealthy ? '' : '(it stayed 200)');
  aim(
    'no stack trace, SQL or driver message',
    leaks.length === 0,
    leaks.length ? `${leaks.length} answers, e.g. ${leaks[0]!.kind}: ${leaks[0]!.outcome.slice(0, 200)}` : '',
  );
  aim('every request answered (none hung or cut)', hung.length === 0, hung.length ? `${hung.length}, e.g. ${hung[0]!.outcome}` : '');
  aim(
    'the error says the service is unavailable',
    unclear.length === 0,
    unclear.length ? `${unclear.length} answers read as a fault of ours (INTERNAL / 500), not as an outage` : '',
  );
  aim('service back by itself within 60 s', Boolean(healthy && queryOk && pageOk), '');
}

/**
 * Waits for, then holds, an exclusive flock on the file; answers the release. The holder is a process
 * of its own that outlives this one: when this process ends, however it ends (even SIGKILL), the
 * holder runs `afterwards` (starting PostgreSQL again) before it lets the lock go.
 */
async function holdLock(path: string, afterwards: string): Promise<() => Promise<void>> {
  // -o: flock alone holds the lock; a PostgreSQL started by the command must not inherit it.
  const holder = spawn('flock', ['-o', path, 'sh', '-c', `echo held; cat > /dev/null; ${afterwards} > /dev/null 2>&1; true`], {
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  });
  const exited = new Promise((resolve) => holder.once('exit', resolve));
  const waiting = setTimeout(() => console.log(`  waiting for ${path}: PostgreSQL is in use by another run…`), 500);
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.once('data', () => resolve());
    holder.once('error', reject);
    void exited.then(() => reject(new Error(`flock ${path} ended before taking the lock`)));
  });
  clearTimeout(waiting);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holder.stdin!.end();
    await exited;
  };
}
