// pnpm bench:reset — how long requestPasswordReset takes to answer for a registered address and
// for an unknown one, side by side. Both should take the same time: the answer must not tell
// whether an address has an account. Runs on PGlite, or on PostgreSQL when DATABASE_URL is set.
import { buildApp, loadConfig } from '@muster/api';
import { createDb, users } from '@muster/db';

const samples = Number(process.env.SAMPLES ?? 200);

const database = await createDb({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
await database.migrate();
// One account per sample: each address may be sent only a few links an hour.
const tag = Date.now().toString(36);
await database.db.insert(users).values(
  Array.from({ length: samples }, (_, i) => ({
    email: `known-${tag}-${i}@bench.example.gov`,
    displayName: `Known ${i}`,
    handle: `known-${tag}-${i}`,
  })),
);
const config = loadConfig({ PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', WEB_BUILD_DIR: '', SIGN_INS_PER_MINUTE: '10000' });
const app = await buildApp(config, { database, logger: false, background: false });
// The server's own time to answer (until the response is handed to the network): the client runs
// in this process too, so its clock would also count the work done after the answer.
let answeredIn = 0;
app.addHook('onResponse', async (_request, reply) => {
  answeredIn = reply.elapsedTime;
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });

async function requestOnce(email: string): Promise<number> {
  const body = JSON.stringify({ query: 'mutation ($email: String!) { requestPasswordReset(email: $email) }', variables: { email } });
  const response = await fetch(`${address}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: { requestPasswordReset?: boolean } };
  const elapsed = answeredIn;
  if (json.data?.requestPasswordReset !== true) throw new Error(`refused: ${JSON.stringify(json)}`);
  // What follows the answer (storing and mailing the link) is finished before the next request, so it slows neither kind.
  await app.mailer.idle();
  return elapsed;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (v: number) => `${v.toFixed(2)} ms`;

for (let i = 0; i < 10; i++) await requestOnce(`warm-${i}@bench.example.gov`);
const known: number[] = [];
const unknown: number[] = [];
// Interleaved, so drift in the machine's load falls on both alike.
for (let i = 0; i < samples; i++) {
  known.push(await requestOnce(`known-${tag}-${i}@bench.example.gov`));
  unknown.push(await requestOnce(`unknown-${tag}-${i}@bench.example.gov`));
}
await app.close();
await database.close();

console.log(`requestPasswordReset, ${samples} samples each, ${database.kind}:`);
console.log(`  registered address: p50 ${ms(percentile(known, 50))}, p95 ${ms(percentile(known, 95))}`);
console.log(`  unknown address:    p50 ${ms(percentile(unknown, 50))}, p95 ${ms(percentile(unknown, 95))}`);
console.log(`  difference of medians: ${ms(percentile(known, 50) - percentile(unknown, 50))}`);
