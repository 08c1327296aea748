// Starts Kulturrat: the dashboard build, Neo4j (embedded unless NEO4J_URI is set), the demo data, the HTTP server.
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ensureWebBuild } from './web-build.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/embedded.ts';
import { generateCity } from '../seed/generate.ts';
import { loadCity } from '../seed/load.ts';

const say = (line: string) => process.stdout.write(`[kulturrat] ${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  await ensureWebBuild(config.webDir, say);

  let embedded: EmbeddedNeo4j | undefined;
  const stopEmbedded = async () => {
    const running = embedded;
    embedded = undefined;
    if (running) await running.stop();
  };
  let database;
  if (config.neo4j.kind === 'external') {
    say(`Using Neo4j at ${config.neo4j.uri}`);
    database = config.neo4j;
  } else {
    say('Starting the embedded Neo4j (set NEO4J_URI to use your own)…');
    embedded = await startEmbeddedNeo4j({
      dataDir: join(config.dataDir, 'neo4j'),
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      log: say,
    });
    database = embedded;
    say(`Neo4j is up on ${embedded.uri}`);
  }

  const app = await buildApp({ config, database }).catch(async (error) => {
    await stopEmbedded();
    throw error;
  });
  say('Migrations applied.');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: stopping…`);
    await app.close().catch((error) => app.log.error(error));
    await stopEmbedded().catch((error) => app.log.error(error));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.demoData && (await app.schema.isEmpty())) {
    const loading = Date.now();
    say('Empty database: loading the demo city…');
    await loadCity(app.db, generateCity(), say);
    say(`Demo city loaded in ${seconds(loading)}.`);
  }

  const address = await app.listen({ host: config.host, port: config.port });
  say(`Ready in ${seconds(started)}. Open the dashboard: ${address.replace('127.0.0.1', 'localhost')}/`);
  say(`API docs: ${address}/api/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) say(error.message);
  else say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
