// pnpm gen --practices 100000 [--departments N] [--users N] [--comments N] [--seed N]
// Adds a large, realistic data set to the configured database (DATABASE_URL, or PGlite at DATA_DIR),
// migrating it first and loading the demo topics if it is empty.
import { parseArgs } from 'node:util';
import { createDb } from '../src/client.ts';
import { generate } from '../src/gen/index.ts';
import { seed } from '../src/seed/index.ts';

const { values } = parseArgs({
  options: {
    practices: { type: 'string', default: '1000' },
    departments: { type: 'string' },
    users: { type: 'string' },
    comments: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
  },
});
const whole = (name: string, raw: string | undefined, fallback: number) => {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} takes a whole number, not "${raw}".`);
    process.exit(1);
  }
  return n;
};
const practiceCount = whole('practices', values.practices, 1000);
const departmentCount = whole('departments', values.departments, Math.max(20, Math.min(3000, Math.round(practiceCount / 40))));
const userCount = whole('users', values.users, departmentCount * 5);
const commentCount = whole('comments', values.comments, 0);

const database = await createDb({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || './data' });
await database.migrate();
await seed(database.db, 'demo');
const started = performance.now();
let last = 0;
const result = await generate(database.db, {
  practices: practiceCount,
  departments: departmentCount,
  users: userCount,
  comments: commentCount,
  seed: whole('seed', values.seed, 1),
  onProgress: (done, total, what) => {
    if (done < last) last = 0;
    if (done - last >= total / 10 || done === total) {
      last = done;
      process.stdout.write(`  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} ${what}\n`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(
  `Generated ${result.practices.toLocaleString('en-US')} practices, ${result.comments.toLocaleString('en-US')} comments, ${result.departments.toLocaleString('en-US')} departments and ${result.users.toLocaleString('en-US')} users on ${database.kind} in ${seconds.toFixed(1)} s (${Math.round(result.practices / seconds).toLocaleString('en-US')} practices/s).`,
);
await database.close();
