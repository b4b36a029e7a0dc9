// `pnpm start` serves the built web app. Build it when there is no build yet or when a source
// file is newer than it, so a fresh clone needs nothing beyond `pnpm install && pnpm start`.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../web', import.meta.url));
const built = join(web, 'build', 'handler.js');

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => join(web, p)).filter(existsSync);
if (!existsSync(built) || Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs) {
  console.log('Building the web app (once, and again after its sources change)…');
  execSync('pnpm --filter @muster/web build', { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
}
