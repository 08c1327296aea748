// Neo4j outages under a steady write load (issue 8, defect 3): the app starts while its Neo4j is
// down, then that Neo4j (a throwaway one of this test alone, supervised as the app's embedded one
// is) is stopped or killed again and again. A ledger of acknowledged writes shows nothing lost or
// duplicated; every outage request must fail fast with 503 and Retry-After, and service come back
// by itself soon after Neo4j is ready.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { startSupervisedNeo4j, type SupervisedNeo4j } from '../../neo4j/supervised.ts';
import { asRole, type BrowserAgent } from './auth.ts';
import { organisationInput } from './factories.ts';

const TEST_ENV = { LOG_LEVEL: 'silent', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000', SIGN_IN_ATTEMPTS_PER_MINUTE: '1000000' };
/** A write every WRITE_INTERVAL_MS from each of WRITERS loops. */
const WRITERS = 2;
const WRITE_INTERVAL_MS = 100;

export interface FaultFigures {
  test: 'faults';
  restarts: number;
  startWhileDown: { readyWhileDown: boolean; statusWhileDown: number; failMs: number; servingAfterNeo4jReadyMs: number };
  writesSent: number;
  writesAcknowledged: number;
  writesRefused503: number;
  lost: number;
  duplicated: number;
  unexpectedStatuses: number[];
  missingRetryAfter: number;
  maxOutageFailMs: number;
  recoveryMs: number[];
  maxRecoveryMs: number;
  /**
   * Where recovery time goes, per restart: when the app saw Neo4j answer again (its health probe,
   * from Neo4j ready), and how long the first request then took (Neo4j's first queries after a
   * start are cold: parsing, planning and the JVM's compiler warming up).
   */
  seenUpMs: number[];
  firstRequestMs: number[];
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(25);
  }
  return performance.now() - start;
}

export async function runFaults(restarts: number, log: (line: string) => void = () => {}): Promise<FaultFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kulturrat-faults-neo4j-'));
  let neo4j: SupervisedNeo4j | undefined;
  let app: FastifyInstance | undefined;
  try {
    // The app first, against a Neo4j that is not there yet (its password chosen here, as an
    // operator would for an external server).
    const port = await freePort();
    const password = 'fault-test-password';
    await writeFile(join(dataDir, 'neo4j-password'), `${password}\n`, { mode: 0o600 });
    app = await buildApp({ config: loadConfig(TEST_ENV), database: { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password } });
    const ready = () => app!.inject('/api/ready');
    const readyWhileDown = (await ready()).statusCode === 200;
    const downStart = performance.now();
    const whileDown = await app.inject('/api/organisations');
    const failMs = performance.now() - downStart;

    let readyAt = 0;
    let restarted: () => void = () => {};
    neo4j = await startSupervisedNeo4j({
      dataDir,
      port,
      heap: '512m',
      pageCache: '128m',
      log,
      onRestarted: () => {
        readyAt = performance.now();
        restarted();
      },
    });
    readyAt = performance.now();
    // A fresh store: the migrations are applied now, which takes a while on a busy machine.
    await until(async () => (await ready()).statusCode === 200, 180_000, 'ready after Neo4j came');
    const servingAfterNeo4jReadyMs = performance.now() - readyAt;
    const admin: BrowserAgent = await asRole(app, 'admin');

    // The write load and its ledger.
    const acknowledged = new Map<string, string>();
    const outageFailures: number[] = [];
    const unexpectedStatuses: number[] = [];
    let writesSent = 0;
    let missingRetryAfter = 0;
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i += 1) {
        const name = `Fault ${n}-${i} ${Math.random().toString(36).slice(2, 8)}`;
        const sent = performance.now();
        writesSent += 1;
        const response = await admin.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput({ name }) });
        const took = performance.now() - sent;
        if (response.statusCode === 201) acknowledged.set(name, (response.json() as { id: string }).id);
        else if (response.statusCode === 503) {
          outageFailures.push(took);
          if (!response.headers['retry-after']) missingRetryAfter += 1;
        } else unexpectedStatuses.push(response.statusCode);
        await sleep(WRITE_INTERVAL_MS);
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));

    const recoveryMs: number[] = [];
    const seenUpMs: number[] = [];
    const firstRequestMs: number[] = [];
    let seenUpAt = 0;
    app.db.onHealthChange((up) => {
      if (up) seenUpAt = performance.now();
    });
    for (let round = 0; round < restarts; round += 1) {
      await sleep(1_500);
      const server = neo4j.current();
      if (!server?.pid) throw new Error('no running Neo4j to stop');
      const comeBack = new Promise<void>((resolveBack) => (restarted = resolveBack));
      const graceful = round % 2 === 0;
      log(`fault ${round + 1}/${restarts}: ${graceful ? 'SIGTERM' : 'SIGKILL'} to Neo4j pid ${server.pid}`);
      process.kill(server.pid, graceful ? 'SIGTERM' : 'SIGKILL');
      await comeBack;
      let lastRequestMs = 0;
      const serving = async () => {
        const sent = performance.now();
        const ok = (await admin.inject('/api/organisations?pageSize=1')).statusCode === 200;
        lastRequestMs = performance.now() - sent;
        return ok;
      };
      await until(serving, 60_000, 'service back after Neo4j restarted');
      recoveryMs.push(Math.round(performance.now() - readyAt));
      seenUpMs.push(Math.round(seenUpAt - readyAt));
      firstRequestMs.push(Math.round(lastRequestMs));
    }
    writing = false;
    await Promise.all(writers);

    // Every acknowledged write is there exactly once.
    const stored = await app.organisations.listAll({});
    const byName = new Map<string, number>();
    for (const o of stored) byName.set(o.name, (byName.get(o.name) ?? 0) + 1);
    const ids = new Set(stored.map((o) => o.id));
    const lost = [...acknowledged.values()].filter((id) => !ids.has(id)).length;
    const duplicated = [...acknowledged.keys()].filter((name) => (byName.get(name) ?? 0) > 1).length;

    const figures: FaultFigures = {
      test: 'faults',
      restarts,
      startWhileDown: { readyWhileDown, statusWhileDown: whileDown.statusCode, failMs: Math.round(failMs), servingAfterNeo4jReadyMs: Math.round(servingAfterNeo4jReadyMs) },
      writesSent,
      writesAcknowledged: acknowledged.size,
      writesRefused503: outageFailures.length,
      lost,
      duplicated,
      unexpectedStatuses,
      missingRetryAfter,
      maxOutageFailMs: Math.round(Math.max(0, ...outageFailures)),
      recoveryMs,
      maxRecoveryMs: Math.max(0, ...recoveryMs),
      seenUpMs,
      firstRequestMs,
    };
    console.log(JSON.stringify(figures));
    return figures;
  } finally {
    await app?.close();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
