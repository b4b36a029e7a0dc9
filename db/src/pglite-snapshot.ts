import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * A new PGlite data directory costs seconds of initdb. `pnpm install` runs it once and keeps the
 * freshly initialised, empty cluster here as a closed data directory; a first start copies its
 * files into DATA_DIR (a plain file copy, a fraction of a second: loading the same cluster as a
 * tarball through PGlite took over a second), then migrates and seeds as usual. It holds no schema
 * and no data of ours, so it never goes stale; it is keyed by the PGlite version that made it.
 */
function installedPgliteVersion(): string {
  // The package exports no package.json; find it beside the entry point it does export.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const pgliteVersion = installedPgliteVersion();
export const initdbDirectory = fileURLToPath(new URL(`../.cache/pglite-${pgliteVersion}-initdb`, import.meta.url));
const versionFile = 'PG_VERSION';

/**
 * Fills a data directory that PGlite has not initialised yet from the prepared cluster, if there is
 * one; answers whether it did. PG_VERSION, which marks a directory as initialised, is copied last,
 * so a start interrupted mid-copy copies again next time instead of opening half a cluster.
 */
export async function copyInitdbInto(dataDir: string): Promise<boolean> {
  if (existsSync(join(dataDir, versionFile)) || !existsSync(join(initdbDirectory, versionFile))) return false;
  // About a thousand small files, copied concurrently on libuv's threads while the main thread
  // goes on loading the app.
  const copyFolder = async (from: string, to: string): Promise<void> => {
    await mkdir(to, { recursive: true });
    const entries = await readdir(from, { withFileTypes: true });
    await Promise.all(
      entries
        .filter((entry) => from !== initdbDirectory || entry.name !== versionFile)
        .map((entry) =>
          entry.isDirectory()
            ? copyFolder(join(from, entry.name), join(to, entry.name))
            : copyFile(join(from, entry.name), join(to, entry.name)),
        ),
    );
  };
  await copyFolder(initdbDirectory, dataDir);
  await copyFile(join(initdbDirectory, versionFile), join(dataDir, versionFile));
  return true;
}

export async function writeInitdbDirectory(): Promise<string> {
  if (existsSync(join(initdbDirectory, versionFile))) return initdbDirectory;
  // Made aside and renamed, so a start never copies half a cluster.
  const making = `${initdbDirectory}.part-${process.pid}`;
  rmSync(making, { recursive: true, force: true });
  mkdirSync(making, { recursive: true });
  const pglite = await PGlite.create({ dataDir: making });
  await pglite.close();
  rmSync(initdbDirectory, { recursive: true, force: true });
  renameSync(making, initdbDirectory);
  return initdbDirectory;
}
