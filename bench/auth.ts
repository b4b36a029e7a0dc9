// pnpm bench:auth — sign-in latency (p50/p95) through HTTP and GraphQL, what argon2id alone
// costs of it, and how many sign-ins per second this machine sustains. Runs on PGlite, or on
// PostgreSQL when DATABASE_URL is set.
import { cpus } from 'node:os';
import { verify } from '@node-rs/argon2';
import { buildApp, loadConfig } from '@muster/api';
import { createDb, rowsOf } from '@muster/db';
import { demoPassword, seed } from '@muster/db/seed';

const samples = Number(process.env.SAMPLES ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.CONCURRENCY ?? 8);

const database = await createDb({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
await database.migrate();
await seed(database.db, 'demo');
const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', WEB_BUILD_DIR: '', SIGN_INS_PER_MINUTE: '10000' });
const app = await buildApp(config, { database, logger: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const body = JSON.stringify({
  query: 'mutation ($input: SignInInput!) { signIn(input: $input) { status } }',
  variables: { input: { email: 'member@memphis-pd.muster.demo', password: demoPassword } },
});
async function signInOnce(): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${address}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: { signIn?: { status: string } } };
  if (json.data?.signIn?.status !== 'SIGNED_IN') throw new Error(`sign-in failed: ${JSON.stringify(json)}`);
  return performance.now() - started;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;

for (let i = 0; i < 10; i++) await signInOnce(); // warm up

const latencies: number[] = [];
for (let i = 0; i < samples; i++) latencies.push(await signInOnce());

const [member] = rowsOf<{ passwordHash: string }>(
  await database.db.execute('select password_hash as "passwordHash" from users where email = \'member@memphis-pd.muster.demo\'' as never),
);
if (!member) throw new Error('the demo member is missing from the seeded database');
const { passwordHash } = member;
const argon: number[] = [];
for (let i = 0; i < samples; i++) {
  const started = performance.now();
  await verify(passwordHash, demoPassword);
  argon.push(performance.now() - started);
}

let done = 0;
const deadline = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      await signInOnce();
      done++;
    }
  }),
);

console.log(`Sign-in on ${database.kind}, ${cpus().length} cores, ${samples} sequential samples`);
console.log(`  sign-in through HTTP + GraphQL   p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}`);
console.log(
  `  argon2id verify alone            p50 ${ms(percentile(argon, 50))}   p95 ${ms(percentile(argon, 95))}   (${((percentile(argon, 50) / percentile(latencies, 50)) * 100).toFixed(0)}% of a sign-in)`,
);
console.log(`  sustained, ${concurrency} concurrent clients   ${(done / seconds).toFixed(1)} sign-ins/s over ${seconds} s`);

await app.close();
await database.close();
