import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  ssr: {
    // Kit needs cookie@0.6 (nested under @sveltejs/kit); the root has cookie@2 for Fastify.
    // Bundling it makes the build-time server (which renders the SPA fallback) use Kit's own copy.
    noExternal: ['cookie'],
  },
  worker: { format: 'es' },
});
