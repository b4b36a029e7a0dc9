import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * A new PGlite data directory costs seconds of initdb. `pnpm install` runs it once and keeps the
 * freshly initialised, empty cluster here; a first start copies it into DATA_DIR instead (about
 * half a second), then migrates and seeds as usual. It holds no schema and no data of ours, so it
 * never goes stale; it is keyed by the PGlite version that made it.
 */
function installedPgliteVersion(): string {
  // The package exports no package.json; find it beside the entry point it does export.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const pgliteVersion = installedPgliteVersion();
export const snapshotFile = fileURLToPath(new URL(`../.cache/pglite-${pgliteVersion}-initdb.tar`, import.meta.url));

/** The snapshot for a data directory that PGlite has not initialised yet, if one was made. */
export function initdbSnapshotFor(dataDir: string): Blob | undefined {
  if (existsSync(join(dataDir, 'PG_VERSION')) || !existsSync(snapshotFile)) return undefined;
  return new Blob([readFileSync(snapshotFile)]);
}

export async function writeInitdbSnapshot(): Promise<string> {
  if (existsSync(snapshotFile)) return snapshotFile;
  const pglite = await PGlite.create({ dataDir: 'memory://' });
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  mkdirSync(dirname(snapshotFile), { recursive: true });
  // Written aside and renamed, so a start never reads half a file.
  writeFileSync(`${snapshotFile}.part`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${snapshotFile}.part`, snapshotFile);
  return snapshotFile;
}
