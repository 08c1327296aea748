// SIGTERM to the real server process under a read load (issue 8): every request the server
// accepted gets its whole answer, and the process exits within 10 s.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jTarget } from '../../neo4j/embedded.ts';

export interface ShutdownFigures {
  test: 'shutdown';
  requestsBeforeSignal: number;
  answeredAfterSignal: number;
  /** Connections refused once the server stopped listening: never accepted, so not dropped. */
  refusedAfterSignal: number;
  dropped: number;
  droppedErrors: string[];
  exitCode: number | null;
  exitMs: number;
}

type Outcome = { kind: 'answered'; status: number } | { kind: 'refused' } | { kind: 'dropped'; error: string };

/** One GET on its own connection, so a refused connection and a dropped request cannot be confused. */
function get(url: string): Promise<Outcome> {
  return new Promise((resolveOutcome) => {
    const req = request(url, { agent: false, headers: { connection: 'close' } }, (response) => {
      response.resume();
      response.on('end', () => resolveOutcome({ kind: 'answered', status: response.statusCode ?? 0 }));
      response.on('error', (error) => resolveOutcome({ kind: 'dropped', error: error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolveOutcome(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'dropped', error: `${error.code ?? ''} ${error.message}` }),
    );
    req.end();
  });
}

export async function runShutdown(neo4j: Neo4jTarget, options: { clients: number; loadMs: number }): Promise<ShutdownFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'start.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const address = await new Promise<string>((resolveAddress, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open the dashboard: (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolveAddress(match[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });

  const url = `${address}/api/organisations?pageSize=5`;
  const outcomes: { before: boolean; outcome: Outcome }[] = [];
  let signalled = false;
  let running = true;
  const client = async () => {
    while (running) {
      const before = !signalled;
      const outcome = await get(url);
      outcomes.push({ before, outcome });
      if (outcome.kind === 'refused') return;
    }
  };
  const clients = Array.from({ length: options.clients }, client);
  await sleep(options.loadMs);
  signalled = true;
  const signalAt = performance.now();
  child.kill('SIGTERM');
  const exitCode = await exited;
  const exitMs = performance.now() - signalAt;
  running = false;
  await Promise.all(clients);

  const dropped = outcomes.filter((o) => o.outcome.kind === 'dropped');
  const figures: ShutdownFigures = {
    test: 'shutdown',
    requestsBeforeSignal: outcomes.filter((o) => o.before).length,
    answeredAfterSignal: outcomes.filter((o) => !o.before && o.outcome.kind === 'answered').length,
    refusedAfterSignal: outcomes.filter((o) => !o.before && o.outcome.kind === 'refused').length,
    dropped: dropped.length,
    droppedErrors: [...new Set(dropped.map((o) => (o.outcome as { error: string }).error))],
    exitCode,
    exitMs: Math.round(exitMs),
  };
  console.log(JSON.stringify(figures));
  return figures;
}
