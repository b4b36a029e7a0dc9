import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { sql } from 'drizzle-orm';
import { createDb, type Db } from '@muster/db';
import { demoPassword, seed, type SeedName } from '@muster/db/seed';
import { hashPassword } from '../../api/src/modules/auth/passwords.ts';
import { cheapPasswordHashEnv } from './app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite data-dir dumps of a migrated database, empty and with demo data. */
    pgliteTemplates: Record<SeedName, string>;
    /** PostgreSQL template databases, likewise (only with TEST_DATABASE_URL). */
    postgresTemplates: Record<SeedName, string> | null;
    /** A PGlite data directory on disk, migrated and with demo data, for servers to start from a copy of. */
    seededDataDir: string;
  }
}

/**
 * The demo accounts' password hashed at the run's cheap cost instead of the seed's OWASP cost: the
 * tests sign the demo accounts in hundreds of times, and each sign-in verifies at the hash's own cost.
 */
async function cheapenDemoPasswords(db: Db): Promise<void> {
  const passwordHash = await hashPassword(demoPassword, {
    memoryKib: Number(cheapPasswordHashEnv.PASSWORD_HASH_MEMORY_KIB),
    iterations: Number(cheapPasswordHashEnv.PASSWORD_HASH_ITERATIONS),
  });
  await db.execute(sql`update users set password_hash = ${passwordHash} where password_hash is not null`);
}

/**
 * A fresh PGlite costs seconds and migrating plus seeding more; do it once per run for each
 * template, and let every test file start from a copy.
 */
export default async function setup(project: TestProject) {
  // Browser and process tests serve the built web app; build it when it is missing or stale
  // (MUSTER_SKIP_WEB_BUILD=1 skips this for a quick run of API tests while pages are being edited).
  if (!process.env.MUSTER_SKIP_WEB_BUILD)
    execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/ensure-web-build.mjs', import.meta.url))], {
      stdio: 'inherit',
    });
  // The servers they start run the API compiled as `pnpm start` runs it; compiling takes under a second.
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-api.mjs', import.meta.url))], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'muster-test-'));
  const pgliteTemplates = {} as Record<SeedName, string>;
  for (const name of ['none', 'demo'] as const) {
    const database = await createDb({ dataDir: 'memory://' });
    await database.migrate();
    await seed(database.db, name);
    await cheapenDemoPasswords(database.db);
    const file = join(dir, `${name}.tar`);
    writeFileSync(file, Buffer.from(await (await database.dump()).arrayBuffer()));
    await database.close();
    pgliteTemplates[name] = file;
  }
  project.provide('pgliteTemplates', pgliteTemplates);
  // A server started on an empty data directory migrates and seeds before it answers: over ten
  // seconds on a loaded machine, for each browser-test file. The demo template, loaded once into a
  // directory on disk, lets each server start from a copy instead, as a second start would.
  const seededDataDir = join(dir, 'seeded', 'data');
  const seeded = await createDb({ dataDir: seededDataDir, loadDataDir: new Blob([readFileSync(pgliteTemplates.demo)]) });
  await seeded.close();
  project.provide('seededDataDir', seededDataDir);

  const url = process.env.TEST_DATABASE_URL;
  let postgresTemplates: Record<SeedName, string> | null = null;
  const admin = url ? new pg.Client({ connectionString: url }) : null;
  if (admin && url) {
    await admin.connect();
    const run = randomBytes(4).toString('hex');
    postgresTemplates = { none: `muster_tpl_${run}_none`, demo: `muster_tpl_${run}_demo` };
    for (const name of ['none', 'demo'] as const) {
      const database = postgresTemplates[name];
      await admin.query(`create database ${database}`);
      const target = new URL(url);
      target.pathname = `/${database}`;
      const db = await createDb({ databaseUrl: target.toString(), dataDir: '', poolSize: 2 });
      await db.migrate();
      await seed(db.db, name);
      await cheapenDemoPasswords(db.db);
      await db.close();
    }
  }
  project.provide('postgresTemplates', postgresTemplates);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (admin && postgresTemplates) {
      // Test files drop their own copies; drop what a crashed file of this run may have left (copies
      // are named after the run's templates), then the templates. Runs side by side share the server.
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [
        postgresTemplates.none.replace(/none$/, ''),
      ]);
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    }
  };
}
