import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Fastify (api/) mounts the built handler, so the one process serves pages and /graphql.
    adapter: adapter({ out: 'build', precompress: false }),
  },
};

export default config;
