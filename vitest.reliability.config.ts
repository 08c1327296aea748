import { defineConfig } from 'vitest/config';

// The full reliability run of issue 8 (`npm run test:reliability`): races with more rounds and
// contenders, ten Neo4j restarts, a longer shutdown load and the load test. Minutes, not seconds,
// so it stays out of `npm test`, which runs the short versions in tests/integration.
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Brussels', RELIABILITY: 'full' },
    // The same race, fault and shutdown tests as `npm test` runs, at full size, and the load test.
    include: ['tests/integration/{races,faults,shutdown}.test.ts', 'tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.global.ts', 'tests/setup/web.global.ts'],
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 180_000,
  },
});
