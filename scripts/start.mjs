// `pnpm start`: build the web app if it is missing or stale, compile the API into api/dist/
// (scripts/build-api.mjs, well under a second) when a source changed, then run the server in this
// same process on Node alone: one Node start instead of a chain of package-manager hops, and no
// TypeScript loader kept in memory while it serves.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import './ensure-web-build.mjs';
import { apiBundleIsCurrent, serverBundle } from './api-bundle.mjs';

// The compiler runs in a child process, so its memory is handed back before the server starts;
// an unchanged checkout does not start it at all.
if (!apiBundleIsCurrent()) {
  execFileSync(process.execPath, [fileURLToPath(new URL('./build-api.mjs', import.meta.url))], { stdio: 'inherit' });
}
await import(pathToFileURL(serverBundle).href);
