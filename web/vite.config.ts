import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

// In development the API runs on its own (pnpm dev starts both); Vite forwards /graphql to it.
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

/**
 * Rollup splits the browser's code into many small shared chunks, each a request with its own
 * headers: chunks under 8 KB are merged into the ones that import them where that changes nothing
 * that runs. The browser's build only (SvelteKit decides the server's layout).
 */
function fewerClientChunks(): Plugin {
  let ssr = false;
  return {
    name: 'muster:fewer-client-chunks',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    outputOptions(options) {
      return ssr ? null : { ...options, experimentalMinChunkSize: 8_000 };
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), fewerClientChunks()],
  server: { proxy: { '/graphql': { target: api, ws: true }, '/healthz': api } },
});
