// Builds the real app against the run's throwaway Neo4j, starting each test file from an empty graph.
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';

export async function buildTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const neo4j = inject('neo4j');
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...env });
  const app = await buildApp({ config, database: neo4j });
  await app.schema.deleteAllData();
  return app;
}
