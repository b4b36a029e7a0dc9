// `pnpm start`: build the web app if it is missing or stale, then run the server in this same
// process (one Node start instead of a chain of package-manager hops).
import { register } from 'tsx/esm/api';
import './ensure-web-build.mjs';

register();
await import('../api/src/server.ts');
