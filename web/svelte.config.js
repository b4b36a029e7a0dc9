import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { closeSearchFiltersOnNarrow } from './src/lib/inline-scripts.js';

/** @param {string} script */
const hashOf = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Fastify (api/) mounts the built handler, so the one process serves pages and /graphql.
    // Static files are compressed once at build (brotli and gzip), and served as such.
    adapter: adapter({ out: 'build', precompress: true }),
    // A component's few rules go into the page itself rather than a stylesheet of their own: each
    // stylesheet is a request that holds up the first paint (the global one stays a cached file).
    inlineStyleThreshold: 4096,
    // Scripts only from this origin, SvelteKit's own inline start-up script (allowed by its hash,
    // computed for every rendered page) and our few inline scripts, by hash. Styles also allow inline
    // attributes: Svelte renders style:… directives as style="…" on the server.
    csp: {
      // Hashes, not nonces: a page shared by visitors for a few seconds (lib/server/page-cache.ts)
      // carries hashes of its own scripts, where a nonce would be handed to every visitor alike.
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', hashOf(closeSearchFiltersOnNarrow)],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        // Subscriptions open a WebSocket to this same host.
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
