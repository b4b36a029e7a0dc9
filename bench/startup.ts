// pnpm bench:startup — time from `pnpm start` to the first 200 on `/`, on a fresh PGlite data
// directory (migrations and demo seed included) and on an existing one. Aims: < 5 s and < 2 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function timeToFirstPage(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('no 200 on / within 60 s');
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `${label.padEnd(26)} median ${(median / 1000).toFixed(2)} s   min ${(sorted[0]! / 1000).toFixed(2)} s   max ${(sorted.at(-1)! / 1000).toFixed(2)} s   (${times.length} runs)`,
  );
}

const fresh: number[] = [];
const existing: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'muster-bench-'));
  const dataDir = join(dir, 'data');
  fresh.push(await timeToFirstPage(dataDir));
  existing.push(await timeToFirstPage(dataDir));
  rmSync(dir, { recursive: true, force: true });
}
console.log('pnpm start → first 200 on / (PGlite, demo seed)');
summary('fresh data dir (aim < 5 s)', fresh);
summary('existing data dir (< 2 s)', existing);
