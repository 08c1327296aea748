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

export class Database {
  readonly driver: Driver;
  private readonly database: string | undefined;
  private bookmarks = neo4j.bookmarkManager();

  constructor(target: DatabaseTarget) {
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
    });
    this.database = target.database || undefined;
  }

  /** Routed to a follower in a cluster; sees the caller's earlier writes through the bookmark manager. */
  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
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
