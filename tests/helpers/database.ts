import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Logger } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Database } from '@muster/db';
import type { SeedName } from '@muster/db/seed';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.MUSTER_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /** Every SQL statement run since the last reset, for tests that count queries. */
  queries: string[];
  /** The same statements with the parameters they were sent with, for tests that explain them. */
  statements: { sql: string; params: unknown[] }[];
}

/**
 * A database of the test run's kind, of its own: a copy of the migrated template, empty or
 * with the demo data. Close it in afterAll; on PostgreSQL closing also drops the copy.
 */
export async function testDatabase(seedName: SeedName = 'demo'): Promise<TestDatabase> {
  const queries: string[] = [];
  const statements: { sql: string; params: unknown[] }[] = [];
  const logger: Logger = {
    logQuery: (query, params) => {
      queries.push(query);
      statements.push({ sql: query, params });
    },
  };

  if (testDbKind() === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplates')[seedName]);
    const database = await createDb({ dataDir: 'memory://', loadDataDir: new Blob([dump]), logger });
    return Object.assign(database, { queries, statements });
  }

  const copy = await postgresCopy(seedName);
  const database = await createDb({ databaseUrl: copy.url, dataDir: '', poolSize: 4, logger });
  const close = database.close;
  return Object.assign(database, {
    queries,
    statements,
    close: async () => {
      await close();
      await copy.drop();
    },
  });
}

/**
 * A PostgreSQL database of its own, copied from the run's template (needs TEST_DATABASE_URL):
 * for tests that open it more than once, as several API instances would. Drop it in afterAll.
 */
export async function postgresCopy(seedName: SeedName = 'demo'): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  const templates = inject('postgresTemplates');
  if (!url || !templates) throw new Error('TEST_DATABASE_URL is not set for the postgres project');
  // Named after the run's template, so a run's teardown drops its own leftovers and never another run's.
  const name = `${templates[seedName]}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${templates[seedName]}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
