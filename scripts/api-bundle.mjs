// Where the compiled API lives and whether it is current: shared by the compiler
// (scripts/build-api.mjs) and `pnpm start`, which asks before loading the compiler at all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCurrent } from './freshness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const serverBundle = fileURLToPath(new URL('../api/dist/server.mjs', import.meta.url));

// The bundle names files by absolute path, so it is also rebuilt when the checkout has moved.
export const banner = `// Compiled by scripts/build-api.mjs from ${root}; do not edit.`;
const sources = ['api/src', 'db/src', 'api/package.json', 'db/package.json', 'pnpm-lock.yaml'].map((p) =>
  fileURLToPath(new URL(`../${p}`, import.meta.url)),
);

/** Whether api/dist/ was compiled from this checkout and no source changed since. */
export function apiBundleIsCurrent() {
  return isCurrent(serverBundle, sources) && readFileSync(serverBundle, 'utf8').startsWith(banner);
}
