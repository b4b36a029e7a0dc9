import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedNames, type SeedName } from '@muster/db/seed';

export interface Config {
  port: number;
  host: string;
  /** `postgres://…`; unset means the embedded PGlite database at dataDir. */
  databaseUrl?: string;
  dataDir: string;
  seed: SeedName;
  production: boolean;
  /** The built SvelteKit app (adapter-node output) served for every non-API URL; unset serves the API alone. */
  webBuildDir?: string;
  logLevel: string;
}

/** A configuration mistake the person starting Muster must fix; its message is one line saying how. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment once, checks every value, and fails fast with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  }

  const seed = (env.SEED || 'demo') as SeedName;
  if (!seedNames.includes(seed)) {
    throw new ConfigError(`SEED must be one of ${seedNames.join(', ')}, not "${env.SEED}".`);
  }

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(databaseUrl);
    } catch {
      url = undefined;
    }
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
      throw new ConfigError(
        'DATABASE_URL must look like postgres://user:password@host:5432/database (or be unset to use the embedded database).',
      );
    }
  }

  const nodeEnv = env.NODE_ENV ?? '';
  if (!['', 'production', 'development', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be production, development or test, not "${nodeEnv}".`);
  }

  const logLevel = env.LOG_LEVEL || 'info';
  if (!logLevels.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${logLevel}".`);
  }

  const dataDir = env.DATA_DIR || './data';
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: dataDir.startsWith('memory://') || isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    seed,
    production: nodeEnv === 'production',
    // Unset: the web app built in this checkout; empty: serve the API alone (pnpm dev runs Vite for pages).
    webBuildDir:
      env.WEB_BUILD_DIR === undefined
        ? fileURLToPath(new URL('../../web/build', import.meta.url))
        : env.WEB_BUILD_DIR === ''
          ? undefined
          : resolve(cwd, env.WEB_BUILD_DIR),
    logLevel,
  };
}
