import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { copyInitdbInto } from './pglite-snapshot.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The drizzle database, the same type on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface DbConfig {
  /** `postgres://…` uses PostgreSQL through a `pg` Pool; unset uses PGlite. */
  databaseUrl?: string;
  /** Where PGlite keeps its files; `memory://` keeps them in memory. */
  dataDir: string;
  /** PGlite only: start from this data-directory dump (a tarball from `dumpDataDir`). */
  loadDataDir?: Blob;
  /** Largest number of PostgreSQL connections in the pool. */
  poolSize?: number;
  /** Sees every SQL statement; tests count queries with it. */
  logger?: Logger;
}

export interface Database {
  kind: DbKind;
  db: Db;
  /** Runs the committed migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** PGlite only: the data directory as a tarball (tests share a migrated, seeded template this way). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** The rows of db.execute()'s answer: PGlite answers { rows }, pg a QueryResult, both with rows. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * The row a write returned (`insert … returning`, or `update … returning` of a row known to exist).
 * None is a fault in the calling code, said at once rather than as an undefined further on.
 */
export function returnedRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('The write returned no row');
  return row;
}

export async function createDb(config: DbConfig): Promise<Database> {
  const options = { schema, casing: 'snake_case' as const, logger: config.logger ?? false };

  if (config.databaseUrl) {
    // Loaded only for PostgreSQL: an embedded start does not pay for the pg driver.
    const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
    ]);
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.poolSize ?? 10,
      // An unreachable server should fail start-up in seconds, not hang it.
      connectionTimeoutMillis: 5000,
      // No JIT compilation: Muster's statements take milliseconds, and compiling one whose estimated
      // cost is high (a search counted over bitmaps, say) took over a second, far longer than running it.
      options: '-c jit=off',
    });
    // An idle client that loses its connection (a restarting server) must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, options) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      ping: async () => {
        await pool.query('select 1');
      },
      dump: () => Promise.reject(new Error('dump() is for PGlite only')),
      close: () => pool.end(),
    };
  }

  const inMemory = config.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(config.dataDir, { recursive: true });
  const loadDataDir = config.loadDataDir;
  if (!inMemory && !loadDataDir) await copyInitdbInto(config.dataDir);
  const client = await PGlite.create({
    dataDir: config.dataDir,
    extensions: { pg_trgm },
    // PostgreSQL's default 128 MB of shared buffers live in the process's own memory here, and fill
    // up: 16 MB holds the demo data many times over and keeps about 130 MB off the server's
    // resident set (files beyond it are still cached by the operating system).
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = drizzlePglite(client, options) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    dump: async () => (await client.dumpDataDir('none')) as Blob,
    close: () => client.close(),
  };
}
