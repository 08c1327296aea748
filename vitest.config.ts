import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and tests that need the graph (integration through app.inject,
// browser tests in Chromium), which share one throwaway Neo4j and run one file at a time so
// each file can start from an empty database.
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Brussels' },
    projects: [
      {
        // The dashboard's pure modules are tested here too: `$lib` as in SvelteKit, and compiler
        // options given inline, since web/tsconfig.json extends a file only `svelte-kit sync` writes.
        resolve: { alias: { $lib: fileURLToPath(new URL('./web/src/lib', import.meta.url)) } },
        esbuild: { tsconfigRaw: JSON.stringify({ compilerOptions: { target: 'ES2023' } }) },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'graph',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts', 'tests/setup/web.global.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
