import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

// In development the API runs on its own (pnpm dev starts both); Vite forwards /graphql to it.
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

/**
 * Fewer, larger script files for the browser. Left alone, Rollup splits the Svelte and SvelteKit
 * runtimes and our own modules into dozens of files of a few hundred bytes each, and a page loads
 * thirty of them: each is a request with its own headers (often more bytes than the file) and its
 * own slot in a phone's few connections. Chunks under `minChunkSize` bytes join a neighbour that
 * the same pages load, where Rollup can do so without changing the order modules run in. (Not
 * manualChunks: grouping the runtimes by hand reorders them, and SvelteKit warns against it; the
 * discussion's reply box, for one, then stayed open after posting.) The server build keeps its own
 * chunks: SvelteKit reads their exports.
 */
function fewerClientChunks(minChunkSize: number): Plugin {
  return {
    name: 'muster-fewer-client-chunks',
    apply: 'build',
    outputOptions(options) {
      if (this.environment.config.consumer !== 'client') return null;
      return {
        ...options,
        experimentalMinChunkSize: minChunkSize,
      };
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), fewerClientChunks(20_000)],
  server: { proxy: { '/graphql': { target: api, ws: true }, '/healthz': api } },
});
