// Which Neo4j to talk to: the one NEO4J_URI names, or the embedded one, started here.
import { join } from 'node:path';
import type { Config } from './config.ts';
import type { DatabaseTarget } from './repositories/database.ts';
import { startSupervisedNeo4j } from '../neo4j/supervised.ts';

export interface OpenTarget {
  target: DatabaseTarget;
  /** Stops the embedded Neo4j, if one was started; safe to call twice. */
  stop(): Promise<void>;
}

export async function openNeo4jTarget(config: Config, log: (line: string) => void): Promise<OpenTarget> {
  if (config.neo4j.kind === 'external') {
    log(`Using Neo4j at ${config.neo4j.uri}`);
    return { target: config.neo4j, stop: async () => {} };
  }
  log('Starting the embedded Neo4j (set NEO4J_URI to use your own)…');
  // Restarted by the supervisor whenever it dies; meanwhile the app answers 503 (see database.ts).
  const embedded = await startSupervisedNeo4j({
    dataDir: join(config.dataDir, 'neo4j'),
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    log,
  });
  return { target: embedded.target, stop: () => embedded.stop() };
}
