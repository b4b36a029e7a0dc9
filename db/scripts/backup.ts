// pnpm backup <file.tar>    copies the embedded database at DATA_DIR (default ./data) into one file
// pnpm restore <file.tar>   opens such a copy into DATA_DIR, which must be empty or missing
// For PGlite only, and with Muster stopped: PGlite belongs to one process at a time. On PostgreSQL
// use pg_dump and pg_restore.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDb } from '../src/client.ts';

const [command, file] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if ((command !== 'backup' && command !== 'restore') || !file) fail('Usage: pnpm backup <file.tar> | pnpm restore <file.tar>');
if (process.env.DATABASE_URL) fail('DATABASE_URL is set: back up PostgreSQL with pg_dump -Fc and restore it with pg_restore.');
const dataDir = resolve(process.env.DATA_DIR || './data');

if (command === 'backup') {
  if (!existsSync(dataDir)) fail(`There is no database at ${dataDir} (set DATA_DIR).`);
  const database = await createDb({ dataDir });
  writeFileSync(file!, Buffer.from(await (await database.dump()).arrayBuffer()));
  await database.close();
  console.log(`Backed up ${dataDir} to ${file}.`);
} else {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) fail(`${dataDir} is not empty: restore into a new DATA_DIR.`);
  const database = await createDb({ dataDir, loadDataDir: new Blob([readFileSync(file!)]) });
  // Opens, and brings the schema up to this version of Muster.
  await database.migrate();
  await database.close();
  console.log(`Restored ${file} into ${dataDir}.`);
}
