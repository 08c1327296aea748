// Runs a private Neo4j Community server as a child process: the database when NEO4J_URI is not set, and the tests' throwaway one.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import {
  ensureLauncher,
  ensureNeo4jDistribution,
  readNeo4jVersion,
  requireJava,
  secondsSince,
  silent,
  type JavaRuntime,
  type Log,
} from './distribution.ts';
import { CommandFailedError, commandLineOf, isProcessAlive, runCommand } from './processes.ts';

export { ensureNeo4jDistribution } from './distribution.ts';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export interface EmbeddedNeo4j extends Neo4jTarget {
  /** Stops the server and waits until its process has exited. Safe to call more than once. */
  stop(): Promise<void>;
  logsDir: string;
  /** The JVM's process id. */
  pid: number | undefined;
  /** The Bolt port, to start it again on the same address. */
  port: number;
  /** Resolves when the JVM has exited, whatever the reason (stop, crash, kill). */
  exited: Promise<void>;
}

export interface EmbeddedOptions {
  /** Neo4j's home: configuration, store, logs and the generated password all live here. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or missing picks a free one. */
  port?: number;
  /** JVM heap, such as '1g' (default) or '512m'. */
  heap?: string;
  /** Page cache, such as '512m' (default). */
  pageCache?: string;
  log?: Log;
}

const USERNAME = 'neo4j';
const DEFAULT_HEAP = '1g';
const DEFAULT_PAGE_CACHE = '512m';
const READY_TIMEOUT_MS = 90_000;
const READY_POLL_MS = 250;
const STOP_TIMEOUT_MS = 30_000;
const LOG_TAIL_LINES = 20;
const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';

interface Layout {
  home: string;
  confDir: string;
  storeDir: string;
  logsDir: string;
  passwordFile: string;
  pidFile: string;
  /** Exists once Neo4j has started on this store at least once; the password is fixed from then on. */
  systemDatabaseDir: string;
}

function layoutOf(dataDir: string): Layout {
  const home = resolve(dataDir);
  const storeDir = join(home, 'data');
  return {
    home,
    confDir: join(home, 'conf'),
    storeDir,
    logsDir: join(home, 'logs'),
    passwordFile: join(home, 'neo4j-password'),
    pidFile: join(home, 'neo4j.pid'),
    systemDatabaseDir: join(storeDir, 'databases', 'system'),
  };
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? silent;
  const heap = memorySize(options.heap ?? DEFAULT_HEAP, 'heap');
  const pageCache = memorySize(options.pageCache ?? DEFAULT_PAGE_CACHE, 'page cache');
  const java = await requireJava(log);
  const libDir = await ensureNeo4jDistribution(log);
  const launcherDir = await ensureLauncher(java, libDir);
  const layout = layoutOf(options.dataDir);
  await Promise.all([layout.confDir, layout.storeDir, layout.logsDir].map((dir) => mkdir(dir, { recursive: true })));
  await stopLeftoverServer(layout, log);

  const port = await chooseBoltPort(options.port);
  await writeFile(join(layout.confDir, 'neo4j.conf'), neo4jConf({ layout, port, heap, pageCache }));
  const password = await ensurePassword(layout, java, libDir);
  const target: Neo4jTarget = { uri: `bolt://127.0.0.1:${port}`, username: USERNAME, password };

  log(`Starting Neo4j ${await readNeo4jVersion()} on ${target.uri} (heap ${heap}, page cache ${pageCache}, data in ${layout.home})…`);
  const startedAt = performance.now();
  const server = launchServer(java, libDir, launcherDir, layout, heap);
  try {
    await waitUntilReady(target, server, layout);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`Neo4j ready on ${target.uri} in ${secondsSince(startedAt)} s.`);
  return { ...target, logsDir: layout.logsDir, stop: server.stop, pid: server.child.pid, port, exited: server.exited };
}

/** Normalises '1G' to '1g' and refuses anything the JVM and neo4j.conf would not both accept. */
function memorySize(value: string, what: string): string {
  const normalised = value.trim().toLowerCase();
  if (!/^\d+[kmg]$/.test(normalised)) {
    throw new Error(`Invalid Neo4j ${what} size "${value}": use a whole number with k, m or g, such as 512m or 1g.`);
  }
  return normalised;
}

/**
 * A free port asked from the OS, or the requested one once it is known to be free. Checked up
 * front because Neo4j binds Bolt only after seconds of start-up, and meanwhile the readiness
 * check would be talking to whatever holds the port (another Neo4j would refuse our password).
 * Another process could still take a free port before Neo4j binds it, but that is rare enough.
 */
async function chooseBoltPort(requested: number | undefined): Promise<number> {
  if (!requested) return bindAndRelease(0);
  try {
    return await bindAndRelease(requested);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${requested} on 127.0.0.1 is already in use (another Neo4j?). Choose another port, or leave it unset to use a free one.`);
  }
}

function bindAndRelease(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => {
      const bound = (probe.address() as AddressInfo).port;
      probe.close(() => resolvePort(bound));
    });
  });
}

function neo4jConf({ layout, port, heap, pageCache }: { layout: Layout; port: number; heap: string; pageCache: string }): string {
  return [
    '# Written by neo4j/embedded.ts on every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${pageCache}`,
    `server.directories.data=${layout.storeDir}`,
    `server.directories.logs=${layout.logsDir}`,
    'dbms.usage_report.enabled=false',
    // Netty waits for a 5 s quiet period per event loop group on shutdown, so every stop took
    // over 10 s; nothing is left to drain when we stop, so skip the wait.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    '',
  ].join('\n');
}

/** The password in <dataDir>/neo4j-password, generated on first use and set in the store before Neo4j's first start. */
async function ensurePassword(layout: Layout, java: JavaRuntime, libDir: string): Promise<string> {
  const storeExists = existsSync(layout.systemDatabaseDir);
  const stored = await readStoredPassword(layout.passwordFile);
  if (stored === undefined && storeExists) {
    throw new Error(
      `The Neo4j store in ${layout.storeDir} exists, but ${layout.passwordFile} is gone, so its password is unknown. ` +
        `Restore that file, or delete ${layout.home} to start over with an empty database.`,
    );
  }
  const password = stored ?? (await createPassword(layout.passwordFile));
  // Only takes effect before the first start; after it, the store keeps the password it was given.
  if (!storeExists) await setInitialPassword(layout, java, libDir);
  return password;
}

async function readStoredPassword(passwordFile: string): Promise<string | undefined> {
  try {
    const password = (await readFile(passwordFile, 'utf8')).trim();
    return password === '' ? undefined : password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function createPassword(passwordFile: string): Promise<string> {
  // Hex: nothing that an argument file or a shell would read specially, and never a leading '-'.
  const password = randomBytes(24).toString('hex');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  // The mode above only applies when the file is created and is narrowed by the umask; make sure.
  await chmod(passwordFile, 0o600);
  return password;
}

/**
 * neo4j-admin dbms set-initial-password, run in-process through AdminTool (the neo4j-admin
 * script's bootloader would fork a second JVM). The password goes in as a picocli @argument-file,
 * the 0600 password file itself, so that it never shows in `ps`.
 */
async function setInitialPassword(layout: Layout, java: JavaRuntime, libDir: string): Promise<void> {
  const args = ['-cp', join(libDir, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${layout.passwordFile}`];
  try {
    await runCommand(java.command, args, { env: neo4jEnv(layout) });
  } catch (error) {
    const output = error instanceof CommandFailedError ? error.output : String(error);
    throw new Error(`Setting the initial Neo4j password in ${layout.storeDir} failed (neo4j-admin dbms set-initial-password):\n${output}`);
  }
}

function neo4jEnv(layout: Layout): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir };
}

interface PidRecord {
  javaPid: number;
  /** The Node process that started it, to tell a leftover from a server another live app is using. */
  ownerPid: number;
}

/**
 * Neo4j refuses to open a store another JVM holds locked, so a server left by an earlier run on
 * this data directory is stopped first. One whose starter is gone would exit by itself (see
 * Launcher.java), but may still be shutting down.
 */
async function stopLeftoverServer(layout: Layout, log: Log): Promise<void> {
  const record = await readPidRecord(layout.pidFile);
  if (record && isProcessAlive(record.javaPid) && (await isServerFor(record.javaPid, layout))) {
    if (record.ownerPid !== process.pid && isProcessAlive(record.ownerPid)) {
      throw new Error(
        `A Neo4j (pid ${record.javaPid}) started by process ${record.ownerPid}, which is still running, already uses ${layout.home}. ` +
          'Stop that process first, or give this one another data directory.',
      );
    }
    log(`Stopping a Neo4j left running on ${layout.home} by an earlier run (pid ${record.javaPid})…`);
    await terminate(record.javaPid);
  }
  await rm(layout.pidFile, { force: true });
}

async function readPidRecord(pidFile: string): Promise<PidRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(pidFile, 'utf8')) as Partial<PidRecord>;
    if (Number.isInteger(record.javaPid) && Number.isInteger(record.ownerPid)) return record as PidRecord;
  } catch {
    // Missing or unreadable: nothing to clean up that we could identify safely.
  }
  return undefined;
}

/** Guards against a recycled pid: only a JVM started on this very home directory is ours to stop. */
async function isServerFor(pid: number, layout: Layout): Promise<boolean> {
  return (await commandLineOf(pid))?.includes(`--home-dir=${layout.home}`) ?? false;
}

async function terminate(pid: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await waitForPidExit(pid, STOP_TIMEOUT_MS)) return;
  signal(pid, 'SIGKILL');
  await waitForPidExit(pid, 5_000);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    // ESRCH: it exited on its own in the meantime, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

interface RunningServer {
  child: ChildProcessWithoutNullStreams;
  /** Resolves when the JVM has exited, whatever the reason. */
  exited: Promise<void>;
  hasExited(): boolean;
  /** The last lines the JVM printed (it logs to files; this catches JVM errors and warnings). */
  output: OutputTail;
  stop(): Promise<void>;
}

function launchServer(java: JavaRuntime, libDir: string, launcherDir: string, layout: Layout, heap: string): RunningServer {
  const classPath = [launcherDir, join(libDir, '*')].join(delimiter);
  const args = [...jvmOptions(heap), '-cp', classPath, 'Launcher', `--home-dir=${layout.home}`, `--config-dir=${layout.confDir}`];
  // stdin stays an open pipe for the server's whole life: when this process ends, even by
  // SIGKILL, the pipe closes and the Launcher stops Neo4j. Detached (its own process group) so
  // that Ctrl-C in a terminal reaches only Node, which closes the app before it stops Neo4j.
  const child = spawn(java.command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: neo4jEnv(layout), detached: true });
  // Writing to or closing a pipe whose reader has exited raises EPIPE; that must not crash the app.
  child.stdin.on('error', () => {});
  const output = new OutputTail(40);
  child.stdout.on('data', (chunk: Buffer) => output.add(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.add(chunk));

  let exitedFlag = false;
  const exited = new Promise<void>((resolveExit) => {
    const markExited = () => {
      exitedFlag = true;
      // An open pipe keeps Node's event loop alive; once the JVM is gone nobody reads it.
      child.stdin.destroy();
      resolveExit();
    };
    child.once('exit', markExited);
    child.once('error', (error) => {
      output.add(Buffer.from(`Could not start ${java.command}: ${error.message}\n`));
      markExited();
    });
  });
  if (child.pid !== undefined) void writePidRecord(layout.pidFile, { javaPid: child.pid, ownerPid: process.pid });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, exited, () => exitedFlag, layout.pidFile));
  return { child, exited, hasExited: () => exitedFlag, output, stop };
}

/**
 * The entry point runs inside this JVM instead of forking one as the neo4j script does, so the
 * heap and the JVM flags from Neo4j's default neo4j.conf have to be given here.
 */
function jvmOptions(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

async function writePidRecord(pidFile: string, record: PidRecord): Promise<void> {
  await writeFile(pidFile, `${JSON.stringify(record)}\n`).catch(() => {
    // Only used to clean up after a crash; starting must not fail for it.
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<void>, hasExited: () => boolean, pidFile: string): Promise<void> {
  if (!hasExited()) {
    child.stdin.end();
    child.kill('SIGTERM');
    // ref: false so that a pending timer does not keep Node alive once the JVM is gone.
    const timedOut = await Promise.race([exited.then(() => false), sleep(STOP_TIMEOUT_MS, true, { ref: false })]);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  await rm(pidFile, { force: true });
}

/** Polls until Bolt accepts our login and the default database answers a query. */
async function waitUntilReady(target: Neo4jTarget, server: RunningServer, layout: Layout): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 1,
  });
  try {
    for (;;) {
      if (server.hasExited()) throw await startupFailure(`Neo4j exited before it was ready (exit code ${server.child.exitCode ?? server.child.signalCode})`, layout, server);
      const failure = await tryQuery(driver);
      if (failure === undefined) return;
      if (failure instanceof Neo4jError && failure.code === UNAUTHORIZED) {
        throw new Error(
          `Neo4j on ${target.uri} refused the password in ${layout.passwordFile}. ` +
            `Restore the password this store was created with there, or delete ${layout.home} to start over with an empty database.`,
        );
      }
      if (Date.now() > deadline) {
        throw await startupFailure(`Neo4j did not answer on ${target.uri} within ${READY_TIMEOUT_MS / 1000} s (last error: ${failure.message})`, layout, server);
      }
      await Promise.race([sleep(READY_POLL_MS), server.exited]);
    }
  } finally {
    await driver.close();
  }
}

async function tryQuery(driver: Driver): Promise<Error | undefined> {
  try {
    await driver.verifyConnectivity();
    // Bolt can answer before the default database is online. An auto-commit run, not
    // executeQuery: that one retries transient errors itself with a backoff of a second or more.
    const session = driver.session();
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function startupFailure(reason: string, layout: Layout, server: RunningServer): Promise<Error> {
  const sections = [
    [`${join(layout.logsDir, 'neo4j.log')}`, await readLastLines(join(layout.logsDir, 'neo4j.log'), LOG_TAIL_LINES)],
    [`${join(layout.logsDir, 'debug.log')}`, await readLastLines(join(layout.logsDir, 'debug.log'), LOG_TAIL_LINES)],
    ['JVM output', server.output.lines().slice(-LOG_TAIL_LINES)],
  ] as const;
  const details = sections
    .filter(([, lines]) => lines.length > 0)
    .map(([title, lines]) => `--- ${title} (last lines) ---\n${lines.join('\n')}`)
    .join('\n');
  return new Error(`${reason}.\n${details}`);
}

/** The last lines of a log file, reading only its end: debug.log can be large. */
async function readLastLines(file: string, count: number): Promise<string[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8').split('\n').filter((line) => line.trim() !== '').slice(-count);
  } finally {
    await handle.close();
  }
}

/** Keeps the last few lines of a stream for error messages, without holding everything it ever printed. */
class OutputTail {
  private readonly kept: string[] = [];
  private partial = '';

  constructor(private readonly limit: number) {}

  add(chunk: Buffer): void {
    const pieces = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = pieces.pop() ?? '';
    for (const line of pieces) {
      if (line.trim() === '') continue;
      this.kept.push(line);
      if (this.kept.length > this.limit) this.kept.shift();
    }
  }

  lines(): string[] {
    return this.partial.trim() === '' ? [...this.kept] : [...this.kept, this.partial];
  }
}
