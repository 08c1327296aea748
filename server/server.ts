// Starts Kulturrat: the dashboard build, Neo4j (embedded unless NEO4J_URI is set), the demo data, the HTTP server.
// The demo loader is handed in by the caller (start.ts at the top), so the server never imports seed/.
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ensureWebBuild } from './web-build.ts';
import { openNeo4jTarget } from './neo4j-target.ts';
import { ensureFirstAdmin } from './accounts.ts';

const say = (line: string) => process.stdout.write(`[kulturrat] ${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Fills an empty database with demo data, saying what it does on `say`. */
export type DemoLoader = (app: Pick<FastifyInstance, 'db' | 'users'>, say: (line: string) => void) => Promise<unknown>;

export interface StartOptions {
  /** Loaded into an empty database when DEMO_DATA is on; without it an empty database stays empty. */
  loadDemo?: DemoLoader;
}

async function run({ loadDemo }: StartOptions): Promise<void> {
  const started = Date.now();
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  await ensureWebBuild(config.webDir, say);

  const neo4j = await openNeo4jTarget(config, say);

  const app = await buildApp({ config, database: neo4j.target }).catch(async (error) => {
    await neo4j.stop();
    throw error;
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    const stopping = Date.now();
    say(`${signal}: stopping…`);
    // Whatever hangs, the process is gone within 10 s; normally the steps below take far less.
    setTimeout(() => {
      say(`Still stopping after ${seconds(stopping)}: exiting anyway.`);
      process.exit(1);
    }, 9_000).unref();
    // Stops accepting connections, answers every request already accepted, then closes the driver.
    // Node's close also destroys "idle" connections at once, and a connection accepted a moment
    // ago whose request is not read yet counts as idle: its request would be dropped. So idle
    // connections are closed only half a second later, when what remains idle is really idle.
    const closeIdle = app.server.closeIdleConnections.bind(app.server);
    app.server.closeIdleConnections = () => {};
    setTimeout(closeIdle, 500).unref();
    await app.close().catch((error) => app.log.error(error));
    await neo4j.stop().catch((error) => app.log.error(error));
    say(`Stopped in ${seconds(stopping)}.`);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // Now, or once Neo4j first answers when it was down at start (the app serves 503 till then).
  await app.whenDatabaseReady(async () => {
    if (loadDemo && config.demoData && (await app.schema.isEmpty())) {
      const loading = Date.now();
      say('Empty database: loading the demo city…');
      await loadDemo(app, say);
      say(`Demo city loaded in ${seconds(loading)}. Demo accounts: see README.md (demo only).`);
    }
    await ensureFirstAdmin(app.users, config.admin, say);
  });

  const address = await app.listen({ host: config.host, port: config.port });
  say(`Ready in ${seconds(started)}. Open the dashboard: ${address.replace('127.0.0.1', 'localhost')}/`);
  say(`API docs: ${address}/api/docs`);
}

/** Starts the server; a failure is said on stdout and ends the process with 1. */
export function startServer(options: StartOptions = {}): Promise<void> {
  return run(options).catch((error: unknown) => {
    if (error instanceof ConfigError) say(error.message);
    else say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
