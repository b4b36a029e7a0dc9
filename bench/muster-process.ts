// Muster run the way `pnpm start` runs it (api/src/server.ts serving the built web app), as a child
// process the load and fault benchmarks watch from outside: its own PID for memory, its own
// signals for crashes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export interface MusterProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves once the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<string>;
  /** Sends the signal (TERM: a clean shutdown) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<string>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Builds the web app when it is missing or older than its sources (MUSTER_SKIP_WEB_BUILD=1 skips
 * that), and compiles the API, as `pnpm start` does.
 */
export function ensureBuilt(): void {
  if (!process.env.MUSTER_SKIP_WEB_BUILD) {
    execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/ensure-web-build.mjs', import.meta.url))], {
      stdio: 'inherit',
      cwd: root,
    });
  }
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build-api.mjs', import.meta.url))], { stdio: 'inherit', cwd: root });
}

/** Starts Muster with `env` on a free port (or env.PORT) and waits until /healthz answers 200. */
export async function startMuster(env: Record<string, string>, timeoutMs = 120_000): Promise<MusterProcess> {
  const port = env.PORT ?? String(await freePort());
  // Node runs the compiled server itself (as scripts/start.mjs does), with the flags `pnpm start`
  // gives Node (the heap's size), so the child's PID is the server's and its memory is as deployed.
  const child = spawn(process.execPath, [...startFlags(), 'api/dist/server.mjs'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let ended: string | undefined;
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve((ended = signal ? `killed by ${signal}` : `exit code ${code}`))),
  );
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (ended) throw new Error(`Muster ended (${ended}) before answering /healthz:\n${output}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`Muster did not answer /healthz within ${timeoutMs / 1000} s:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid!,
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (ended === undefined) child.kill(signal);
      return exited;
    },
  };
}

/** The Node flags of package.json's start script. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts: { start: string } };
  return scripts.start.match(/--[\w-]+(=\S+)?/g) ?? [];
}

/** The resident set of a process, from /proc (Linux); null where there is none. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
