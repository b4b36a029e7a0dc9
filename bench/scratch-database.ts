// A PostgreSQL database of the benchmark's own, created on the server DATABASE_URL names (default
// postgres://postgres@127.0.0.1:5432/test) and dropped afterwards, as bench/fanout.ts does.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createDb } from '@muster/db';

export const postgresServerUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database (connections still open are ended); a second call does nothing. */
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  await asAdmin(`create database ${name}`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await asAdmin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** One statement on the server's maintenance connection, opened for it and closed after. */
async function asAdmin(statement: string): Promise<void> {
  const admin = await createDb({ databaseUrl: postgresServerUrl, dataDir: '', poolSize: 1 });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.close();
  }
}
