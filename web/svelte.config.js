// SvelteKit configuration of the dashboard: a static single-page app that Fastify serves.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every client route falls back to index.html; the server does the same for deep links.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    // The pure modules the dashboard shares with the server (web/README.md names them); nothing else of server/.
    alias: { '$council-time': '../server/domain/council-time.ts' },
  },
};

export default config;
