// `pnpm start` serves the built web app. Build it when there is no build yet or when a source
// file is newer than it, so a fresh clone needs nothing beyond `pnpm install && pnpm start`.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCurrent } from './freshness.mjs';

const web = fileURLToPath(new URL('../web', import.meta.url));
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => join(web, p));
if (!isCurrent(join(web, 'build', 'handler.js'), sources)) {
  console.log('Building the web app (once, and again after its sources change)…');
  execSync('pnpm --filter @muster/web build', { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
}
