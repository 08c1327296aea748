// The embedded Neo4j kept running: started once, and started again on the same port, with a
// backoff, whenever it exits without being asked to (a crash, an out-of-memory kill, a stray signal).
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions, type Neo4jTarget } from './embedded.ts';

export interface SupervisedNeo4j {
  target: Neo4jTarget;
  /** The running server, or undefined while it is being restarted. */
  current(): EmbeddedNeo4j | undefined;
  /** Stops supervising and stops the server; safe to call twice. */
  stop(): Promise<void>;
}

export interface SupervisorOptions extends EmbeddedOptions {
  /** Called each time a restarted server is ready (not for the first start). */
  onRestarted?: (server: EmbeddedNeo4j) => void;
}

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** A server that stayed up this long is healthy again: the next crash starts the backoff afresh. */
const STABLE_MS = 60_000;

export async function startSupervisedNeo4j(options: SupervisorOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  let server: EmbeddedNeo4j | undefined = await startEmbeddedNeo4j(options);
  const port = server.port;
  const target: Neo4jTarget = { uri: server.uri, username: server.username, password: server.password };
  let stopping = false;
  let backoff = FIRST_BACKOFF_MS;
  let startedAt = Date.now();

  const watch = async (running: EmbeddedNeo4j): Promise<void> => {
    await running.exited;
    if (stopping) return;
    server = undefined;
    if (Date.now() - startedAt > STABLE_MS) backoff = FIRST_BACKOFF_MS;
    for (;;) {
      log(`Neo4j (pid ${running.pid}) exited unexpectedly; starting it again in ${(backoff / 1000).toFixed(1)} s…`);
      await sleep(backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      if (stopping) return;
      try {
        const restarted = await startEmbeddedNeo4j({ ...options, port });
        if (stopping) {
          await restarted.stop();
          return;
        }
        server = restarted;
        startedAt = Date.now();
        log(`Neo4j restarted (pid ${restarted.pid}).`);
        options.onRestarted?.(restarted);
        void watch(restarted);
        return;
      } catch (error) {
        log(`Restarting Neo4j failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  };
  void watch(server);

  let stopped: Promise<void> | undefined;
  return {
    target,
    current: () => server,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await server?.stop();
      })()),
  };
}
