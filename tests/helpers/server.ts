import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { cheapPasswordHashEnv } from './app.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function tempDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'muster-data-')), 'data');
}

/**
 * A data directory of its own holding the demo database, migrated and seeded: a copy of the one
 * the test run's global setup made, so a server started on it skips its first start's work.
 */
export function seededDataDir(): string {
  const dataDir = tempDataDir();
  cpSync(inject('seededDataDir'), dataDir, { recursive: true });
  return dataDir;
}

/**
 * Runs the server as `pnpm start` does: the compiled API (api/dist/server.mjs, built by the test
 * run's global setup) with the built web app, as a child process.
 */
export function spawnServer(env: Record<string, string>): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['api/dist/server.mjs'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', LOG_LEVEL: 'warn', ...cheapPasswordHashEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/**
 * Starts the whole app on a free port and waits until /healthz answers. Unless `env` names its
 * database, the server opens a copy of the demo database; `firstStart` gives it an empty data
 * directory instead, to migrate and seed as a new install does.
 */
export async function startServer(env: Record<string, string> = {}, options: { firstStart?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? (options.firstStart || env.DATABASE_URL ? tempDataDir() : seededDataDir());
  const { process: child, output, exited } = spawnServer({ PORT: String(port), ...env, DATA_DIR: dataDir });
  const url = `http://127.0.0.1:${port}`;
  // Only a server that is stuck takes this long: a first start on a busy machine takes a minute.
  const deadline = Date.now() + 180_000;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}) before answering:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`the server did not answer /healthz within 180 s:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
