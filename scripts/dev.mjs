// `pnpm dev`: the API (restarting on change) and Vite's dev server (hot reload) side by side.
// Open http://localhost:5173; Vite forwards /graphql to the API on PORT (default 3000).
import { spawn } from 'node:child_process';

const children = [
  spawn('pnpm', ['--filter', '@muster/api', 'dev'], { stdio: 'inherit', env: { ...process.env, WEB_BUILD_DIR: '' } }),
  spawn('pnpm', ['--filter', '@muster/web', 'dev'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
