// Builds the real app against the run's throwaway Neo4j, starting each test file from an empty graph.
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';

/**
 * Every test file comes from 127.0.0.1 and signs in many accounts within a minute, so the per-address
 * limits are lifted unless a test sets them (the tests of those limits do).
 */
const TEST_DEFAULTS = { LOG_LEVEL: 'silent', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000', SIGN_IN_ATTEMPTS_PER_MINUTE: '1000000' };

/**
 * `keepData`: a second app over the same graph (another configuration), leaving the first one's data and sessions alone.
 * `routing`: reach Neo4j through a `neo4j://` URI (routing tables, as against a cluster or Aura) instead of `bolt://`.
 */
export async function buildTestApp(env: Record<string, string> = {}, options: { keepData?: boolean; routing?: boolean } = {}): Promise<FastifyInstance> {
  const given = inject('neo4j');
  const neo4j = options.routing ? { ...given, uri: given.uri.replace(/^bolt:/, 'neo4j:') } : given;
  const config = loadConfig({ ...TEST_DEFAULTS, ...env });
  const app = await buildApp({ config, database: neo4j });
  if (!options.keepData) await app.schema.deleteAllData();
  return app;
}
