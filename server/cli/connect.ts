// The Neo4j a command-line tool works on: NEO4J_URI's, or the embedded one (as npm run seed does).
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { openNeo4jTarget } from '../neo4j-target.ts';
import { Database } from '../repositories/database.ts';

export interface Connection {
  db: Database;
  close(): Promise<void>;
}

/**
 * With the embedded Neo4j, the tool starts it on DATA_DIR itself, which the running app holds:
 * stop the app first (or use the API), and the tool says so rather than touching the app's server.
 */
export async function connect(say: (line: string) => void): Promise<Connection> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const neo4j = await openNeo4jTarget(loadConfig(process.env), say);
  const db = new Database(neo4j.target);
  return {
    db,
    close: async () => {
      try {
        await db.close();
      } finally {
        await neo4j.stop();
      }
    },
  };
}
