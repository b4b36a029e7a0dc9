// `pnpm start`: build the web app if it is missing or stale, compile the API into api/dist/
// (scripts/build-api.mjs, well under a second), then run the server in this same process on
// Node alone: one Node start instead of a chain of package-manager hops, and no TypeScript
// loader kept in memory while it serves.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import './ensure-web-build.mjs';

const builder = fileURLToPath(new URL('./build-api.mjs', import.meta.url));
// In a child process, so the compiler's own memory is handed back before the server starts.
execFileSync(process.execPath, [builder], { stdio: 'inherit' });
await import(new URL('../api/dist/server.mjs', import.meta.url).href);
