import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// In development the API runs on its own (pnpm dev starts both); Vite forwards /graphql to it.
const api = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: { '/graphql': { target: api, ws: true }, '/healthz': api } },
});
