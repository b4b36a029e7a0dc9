import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedNames, type SeedName } from '@muster/db';

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
  auth: AuthConfig;
  /** `redis://…`: instances share subscription fan-out through Redis; unset, one instance works alone. */
  redisUrl?: string;
  /**
   * Starts every key and channel this instance uses in Redis, so that several Muster deployments
   * (or test runs) can share one Redis without sharing budgets or change notices.
   */
  redisPrefix: string;
  mail: MailConfig;
  /** Comments one member may post per minute. */
  commentsPerMinute: number;
  /** Questions one member may ask the network in a day. */
  questionsPerDay: number;
  /** Requests one client address may make per minute (pages, API calls, form posts; not static files). */
  requestsPerMinute: number;
  /** A bearer token /metrics requires; unset, /metrics is open outside production and absent (404) in production. */
  metricsToken?: string;
  /**
   * Which proxies' X-Forwarded-For/-Proto/-Host to believe: false believes none (the connecting
   * address is the client), a number that many hops in front of Muster, a list only those addresses.
   */
  trustProxy: false | number | string[];
  /**
   * Whether visitors share answers and pages for a few seconds (the API's public answers, the web's
   * visitor pages). On by default; `VISITOR_CACHE=off` makes every visitor's request do the whole
   * work, as a member's does (the load benchmark measures both).
   */
  visitorCache: boolean;
}

export interface MailConfig {
  /** `smtp://…` or `smtps://…`; unset keeps outgoing mail in the outbox table and the log. */
  smtpUrl?: string;
  /** The From address of every mail. */
  from: string;
  /** Where members reach this Muster; links in mail start with it. */
  publicUrl: string;
  /** The hour of the day (server time, 0–23) the daily digest goes out. */
  digestHour: number;
}

export interface AuthConfig {
  /** A session unused this long ends (CJIS AC-11/AC-12: 30 minutes). */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: number;
  /** A locked account opens by itself after this many minutes (an admin, the member's chief or a password reset opens it sooner). */
  lockoutMinutes: number;
  /** The lockout's length came from its old name, LOCKOUT_RELEASE_MINUTES; the server warns at start. */
  lockoutFromOldName: boolean;
  /** Origins besides the server's own whose pages may send mutations (e.g. the Vite dev server). */
  allowedOrigins: string[];
  /** Sign-in attempts per minute from one IP address. */
  signInsPerMinute: number;
  /** Sign-ups per hour from one IP address. */
  signUpsPerHour: number;
  /** What hashing a new password costs (argon2id); hashes made at another cost still verify. */
  passwordHash: PasswordHashCost;
}

/** argon2id's memory (KiB) and passes; parallelism is always 1. */
export interface PasswordHashCost {
  memoryKib: number;
  iterations: number;
}

/**
 * OWASP's argon2id parameters (19 MiB, 2 passes): the default, and the least a production server
 * accepts. Below them only outside production, for a test run that signs up hundreds of accounts.
 */
export const owaspPasswordHash: PasswordHashCost = { memoryKib: 19 * 1024, iterations: 2 };
/** argon2's own minimum: 8 KiB per lane, one pass. */
const cheapestPasswordHash: PasswordHashCost = { memoryKib: 8, iterations: 1 };

/** A configuration mistake the person starting Muster must fix; its message is one line saying how. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment once, checks every value, and fails fast with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const port = whole(env, 'PORT', 3000, 0, 65535);

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

  const production = nodeEnv === 'production';
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? (production ? '' : 'http://localhost:5173,http://127.0.0.1:5173'))
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new ConfigError(
        `ALLOWED_ORIGINS takes origins such as https://muster.example.org, separated by commas; "${origin}" is not one.`,
      );
    }
  }
  const auth: AuthConfig = {
    sessionIdleMinutes: whole(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: whole(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    // LOCKOUT_RELEASE_MINUTES is the old name, still read so that an upgrade keeps its setting.
    lockoutMinutes:
      env.LOCKOUT_MINUTES || !env.LOCKOUT_RELEASE_MINUTES
        ? whole(env, 'LOCKOUT_MINUTES', 30, 1, 7 * 24 * 60)
        : whole(env, 'LOCKOUT_RELEASE_MINUTES', 30, 1, 7 * 24 * 60),
    lockoutFromOldName: !env.LOCKOUT_MINUTES && Boolean(env.LOCKOUT_RELEASE_MINUTES),
    allowedOrigins,
    signInsPerMinute: whole(env, 'SIGN_INS_PER_MINUTE', 20, 1, 10_000),
    signUpsPerHour: whole(env, 'SIGN_UPS_PER_HOUR', 10, 1, 10_000),
    passwordHash: passwordHashCost(env, production),
  };

  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/]/.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must look like redis://host:6379 (or be unset to run one instance alone).');
  }
  const redisPrefix = env.REDIS_PREFIX || 'muster';
  if (!/^[A-Za-z0-9_.-]{1,40}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX takes 1 to 40 letters, digits, dots, dashes or underscores, such as muster-staging.');
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@mail.example.org:587 (or be unset to keep mail in the outbox).');
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+(\/.*)?$/.test(publicUrl)) {
    throw new ConfigError(
      `PUBLIC_URL must be the address members open, such as https://muster.example.org; "${env.PUBLIC_URL}" is not one.`,
    );
  }
  const mail: MailConfig = {
    smtpUrl,
    from: env.MAIL_FROM || 'Muster <no-reply@muster.local>',
    publicUrl,
    digestHour: whole(env, 'DIGEST_HOUR', 7, 0, 23),
  };

  const dataDir = env.DATA_DIR || './data';
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: dataDir.startsWith('memory://') || isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    seed,
    production,
    // Unset: the web app built in this checkout; empty: serve the API alone (pnpm dev runs Vite for pages).
    webBuildDir:
      env.WEB_BUILD_DIR === undefined
        ? fileURLToPath(new URL('../../web/build', import.meta.url))
        : env.WEB_BUILD_DIR === ''
          ? undefined
          : resolve(cwd, env.WEB_BUILD_DIR),
    logLevel,
    auth,
    redisUrl,
    redisPrefix,
    mail,
    commentsPerMinute: whole(env, 'COMMENTS_PER_MINUTE', 10, 1, 10_000),
    questionsPerDay: whole(env, 'QUESTIONS_PER_DAY', 10, 1, 1000),
    // Generous: a whole department may sit behind one address.
    requestsPerMinute: whole(env, 'REQUESTS_PER_MINUTE', 1200, 10, 1_000_000),
    metricsToken: env.METRICS_TOKEN || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    visitorCache: onOff(env, 'VISITOR_CACHE', true),
  };
}

function passwordHashCost(env: NodeJS.ProcessEnv, production: boolean): PasswordHashCost {
  // A cheaper hash is an offline attacker's gain if the table leaks: production refuses one, whatever else is set.
  const floor = production ? owaspPasswordHash : cheapestPasswordHash;
  return {
    memoryKib: whole(env, 'PASSWORD_HASH_MEMORY_KIB', owaspPasswordHash.memoryKib, floor.memoryKib, 4 * 1024 * 1024),
    iterations: whole(env, 'PASSWORD_HASH_ITERATIONS', owaspPasswordHash.iterations, floor.iterations, 100),
  };
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(`${name} takes "on" or "off", not "${env[name]}".`);
}

// proxy-addr's names for whole ranges, which Fastify accepts among addresses.
const proxyRanges = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Independent of NODE_ENV: X-Forwarded-For is written by whoever connects, so its addresses are
 * believed only from the proxies named here; believing every hop would let a client pick its
 * own address for the rate limits and the audit log.
 */
function trustProxy(raw: string | undefined): false | number | string[] {
  const value = raw?.trim() ?? '';
  if (value === '') return false;
  const help =
    'TRUST_PROXY takes the number of proxies in front of Muster (such as 1) or their addresses and CIDR ranges, separated by commas (such as 10.0.0.0/8)';
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 10) throw new ConfigError(`${help}; a count must be from 1 to 10, not "${raw}".`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!proxyRanges.includes(entry) && !isAddressOrRange(entry)) throw new ConfigError(`${help}; "${entry}" is neither.`);
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = version === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}
