// The one boundary with Neo4j: the driver, sessions, plain-JS conversion and error translation.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Transaction,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  Neo4jError,
} from 'neo4j-driver';
import { ConflictError, NotFoundError, UnavailableError, VersionConflictError } from '../domain/errors.ts';
import { cypher, type CypherName } from './cypher.ts';

export interface DatabaseTarget {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A transaction that runs the project's named statements and returns plain rows. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction | Transaction) {}

  async run(name: CypherName, params: Params = {}): Promise<Row[]> {
    const result = await this.tx.run(cypher(name), toNeo4jParams(params));
    return result.records.map(recordToRow);
  }

  async one(name: CypherName, params: Params = {}): Promise<Row | undefined> {
    return (await this.run(name, params))[0];
  }

  /**
   * For the backup, which must keep every value's Neo4j type: parameters go as given (already
   * driver types, no number-to-Integer guessing), and the statement text is the caller's, who
   * built it from a named file and allow-listed names only.
   */
  async runTyped(statement: string, params: Params): Promise<Row[]> {
    const result = await this.tx.run(statement, params);
    return result.records.map(recordToRow);
  }

  /** Records as the driver gives them (Integer, temporal types), pulled as they are consumed. */
  async *stream(name: CypherName, params: Params = {}): AsyncGenerator<Neo4jRecord> {
    for await (const record of this.tx.run(cypher(name), toNeo4jParams(params))) yield record;
  }
}

/** A stopped or killed Neo4j refuses at once: it is seen down within one probe interval. */
const PROBE_INTERVAL_MS = 250;
const PROBE_TIMEOUT_MS = 1_000;
const SLOW_FOR_OUTAGE_MS = 5_000;
/** The first probe, at start-up, when the first connection to a loaded Neo4j can take seconds. */
const FIRST_PROBE_TIMEOUT_MS = 10_000;

/**
 * Whether Neo4j answers, kept by a probe that runs every PROBE_INTERVAL_MS (its own one-connection
 * driver, so a full pool does not delay it) and by the errors of real work. While it is down, every
 * read and write fails at once with 503 instead of waiting through the driver's retries, and work
 * already under way is abandoned with 503 as soon as the outage is seen; when the probe answers
 * again, service resumes by itself.
 */
class Health {
  up = false;
  /** Before `start`, work goes straight to the driver: the command-line tools need no monitor. */
  private monitoring = false;
  private listeners = new Set<(up: boolean) => void>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  private slowSince: number | undefined;
  private readonly probeDriver: Driver;

  constructor(
    target: DatabaseTarget,
    private readonly database: string | undefined,
  ) {
    this.probeDriver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      // A few connections, short timeouts: a probe stuck on a half-dead server must not hold up
      // the next one, or recovery would wait for it.
      maxConnectionPoolSize: 4,
      connectionTimeout: PROBE_TIMEOUT_MS,
      connectionAcquisitionTimeout: PROBE_TIMEOUT_MS,
      maxTransactionRetryTime: 0,
    });
  }

  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    for (const listener of [...this.listeners]) listener(up);
  }

  /**
   * One probe: the default database answers a query. An error (refused, closed, database not
   * online) is an outage at once. Slowness only when it lasts SLOW_FOR_OUTAGE_MS: a busy machine
   * or Neo4j building indexes may take seconds to answer, a server shutting down never does.
   */
  async probe(timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
    const session = this.probeDriver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<'slow'>((resolveSlow) => {
        timer = setTimeout(() => resolveSlow('slow'), timeoutMs);
      });
      const answer = await Promise.race([session.run('RETURN 1').then(() => 'up' as const), timeout]);
      if (answer === 'up') {
        this.slowSince = undefined;
        return true;
      }
      this.slowSince ??= Date.now();
      return this.up && Date.now() - this.slowSince < SLOW_FOR_OUTAGE_MS;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  start(): void {
    if (this.timer) return;
    this.monitoring = true;
    const tick = async () => {
      if (this.probing) return;
      this.probing = true;
      try {
        this.set(await this.probe());
      } finally {
        this.probing = false;
      }
    };
    this.timer = setInterval(() => void tick(), PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  /** Runs `work`, failing it with 503 at once when Neo4j is known down, or as soon as it is seen down. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    if (!this.monitoring) return work();
    if (!this.up) throw new UnavailableError('The database is not reachable right now.');
    let stop: (() => void) | undefined;
    const outage = new Promise<never>((_, reject) => {
      stop = this.onChange((up) => {
        if (!up) reject(new UnavailableError('The database is not reachable right now.'));
      });
    });
    outage.catch(() => {});
    try {
      return await Promise.race([work(), outage]);
    } catch (error) {
      if (isConnectionFailure(error)) this.set(false);
      throw error;
    } finally {
      stop?.();
    }
  }

  async close(): Promise<void> {
    this.monitoring = false;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.probeDriver.close();
  }
}

function openDriver(target: DatabaseTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    // A dead server refuses or times out within a second; the health probe ends longer waits.
    connectionTimeout: 2_000,
    // Load shedding (plugins/load-shedding.ts) keeps the queue for a connection short.
    connectionAcquisitionTimeout: 5_000,
    // Deadlocks and leader changes are still retried; an outage is cut short by the health state.
    maxTransactionRetryTime: 5_000,
  });
}

function isConnectionFailure(error: unknown): boolean {
  return error instanceof UnavailableError || (error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired'));
}

export class Database {
  driver: Driver;
  private readonly database: string | undefined;
  private bookmarks = neo4j.bookmarkManager();
  private readonly health: Health;

  constructor(target: DatabaseTarget) {
    this.driver = openDriver(target);
    this.database = target.database || undefined;
    this.health = new Health(target, this.database);
    // After an outage the pool holds connections to the server that went away, and work abandoned
    // with 503 may still be retrying in it: a fresh driver serves at once instead.
    this.health.onChange((up) => {
      if (!up) return;
      const stale = this.driver;
      this.driver = openDriver(target);
      void stale.close().catch(() => {});
    });
  }

  /** Whether Neo4j answered the last probe. */
  get isUp(): boolean {
    return this.health.up;
  }

  /** Probes once now, then keeps probing in the background; resolves whether Neo4j answered. */
  async monitor(): Promise<boolean> {
    this.health.set(await this.health.probe(FIRST_PROBE_TIMEOUT_MS));
    this.health.start();
    return this.health.up;
  }

  /** Called with true when Neo4j comes back, false when it goes; returns the unsubscribe. */
  onHealthChange(listener: (up: boolean) => void): () => void {
    return this.health.onChange(listener);
  }

  /** Routed to a follower in a cluster; sees the caller's earlier writes through the bookmark manager. */
  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.health.guard(() => this.readNow(work));
  }

  private async readNow<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      return await session.executeRead((tx) => work(new Tx(tx)));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.health.guard(() => this.writeNow(work));
  }

  private async writeNow<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      return await session.executeWrite((tx) => work(new Tx(tx)));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One read transaction without retries, for work that streams its results out as it reads
   * (a retry would send them twice). Reads see one transaction's view, not a snapshot: Neo4j
   * Community has no snapshot isolation.
   */
  async readOnce<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.health.guard(() => this.readOnceNow(work));
  }

  private async readOnceNow<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    const tx = session.beginTransaction();
    try {
      const result = await work(new Tx(tx));
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Auto-commit: schema statements cannot share a transaction with data writes, and
   * CALL … IN TRANSACTIONS must run outside an explicit transaction.
   */
  async runAutoCommit(statement: string, params: Params = {}): Promise<void> {
    return this.health.guard(() => this.runAutoCommitNow(statement, params));
  }

  private async runAutoCommitNow(statement: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      await session.run(statement, toNeo4jParams(params));
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.health.close();
    await this.driver.close();
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** Neo4j Integer and temporal values become numbers and ISO strings, here and nowhere else. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const plain: Row = {};
    for (const [k, v] of Object.entries(value as Row)) plain[k] = toPlain(v);
    return plain;
  }
  return value;
}

/** JS integers go to Neo4j as Integer so that comparisons with stored integers hold. */
function toNeo4jParams(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = toNeo4jValue(v);
  return out;
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toNeo4jParams(value as Params);
  }
  return value === undefined ? null : value;
}

function translateError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const property = /property `?(\w+)`?/.exec(error.message)?.[1] ?? 'value';
    return new ConflictError(`${property}-taken`, `Another item already has this ${property}.`);
  }
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new UnavailableError('The database is not reachable right now.');
  }
  return error;
}

/**
 * Optimistic concurrency: `lockStatement` takes the node's write lock and returns its version
 * (and whatever else it returns, such as the state before the change, for the audit log);
 * a caller holding an older version gets 409 and the transaction writes nothing.
 */
export async function lockAtVersion(tx: Tx, lockStatement: CypherName, what: string, id: string, version: number | undefined): Promise<Row> {
  const row = await tx.one(lockStatement, { id });
  if (!row) throw new NotFoundError(what);
  const current = Number(row.version);
  if (version !== undefined && current !== version) throw new VersionConflictError(current);
  return row;
}
