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
    // Background work first: a metrics recomputation stops after its current period, so that the
    // event loop is free for the requests in flight and for the listener's close below.
    await app.metrics.stop().catch((error) => app.log.error(error));
    // Requests already accepted are answered, each with `Connection: close` (keep-alive ends).
    app.server.on('request', (_request, response) => {
      response.shouldKeepAlive = false;
    });
    // Closing a listening socket resets the connections the kernel has queued for it but Node has
    // not accepted yet: their requests would fail with ECONNRESET. Node accepts everything queued
    // in each I/O poll, and setImmediate runs right after one: so the listener closes there, and
    // from then on a new connection is refused (ECONNREFUSED), which a client can tell apart and retry.
    await new Promise((resolveTick) => setImmediate(resolveTick));
    // Node's close also destroys "idle" connections at once, and a connection accepted a moment
    // ago whose request is not read yet counts as idle: its request would be dropped. So idle
    // connections (keep-alive ones between requests) are closed only half a second later, after
    // an I/O poll has read what arrived meanwhile, when what remains idle is really idle.
    const closeIdle = app.server.closeIdleConnections.bind(app.server);
    app.server.closeIdleConnections = () => {};
    setTimeout(() => setImmediate(closeIdle), 500).unref();
    // Resolves once every accepted connection has had its answer and is closed.
    await new Promise<void>((resolveClosed) => app.server.close(() => resolveClosed()));
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
  // Metric snapshots missing (a fresh database, a new tie model): computed in the background, never
  // holding up the start; the dashboard shows the progress (GET /api/metrics/status). Once Neo4j
  // answers, when it was down at start.
  void app.whenDatabaseReady(() => startMetricsIfMissing(app));
}

async function startMetricsIfMissing(app: Awaited<ReturnType<typeof buildApp>>): Promise<void> {
  try {
    if (!(await app.metrics.missingSnapshots())) return;
    const status = await app.metrics.recompute();
    say(status.holder === app.metrics.holder ? 'Computing the metric snapshots in the background…' : `Metric snapshots are being computed by ${status.holder}.`);
  } catch (error) {
    app.log.error({ err: error }, 'Could not start computing the metric snapshots');
  }
}

/** Starts the server; a failure is said on stdout and ends the process with 1. */
export function startServer(options: StartOptions = {}): Promise<void> {
  return run(options).catch((error: unknown) => {
    if (error instanceof ConfigError) say(error.message);
    else say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
