// Full backup of the graph (streamed, typed), restore into an empty database, and the canonical hash that proves a round trip exact.
import { createHash, randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LABELS,
  BACKUP_RELATIONSHIPS,
  TRANSIENT_LABELS,
  TRANSIENT_RELATIONSHIPS,
  isBackupRelationshipType,
  type BackupHeader,
  type BackupLabel,
  type BackupRelationshipType,
  type CheckedBackup,
} from '../domain/backup-format.ts';
import { ConflictError, InternalError } from '../domain/errors.ts';
import { cypher, requireStatements, type CypherName } from './cypher.ts';
import type { Database, Tx } from './database.ts';
import { markDataChanged } from './data-version-repository.ts';
import { decodeProperties, encodeProperties } from './typed-values.ts';

const Q = requireStatements('backup', [
  'inventory',
  'neo4j-version',
  'list-nodes',
  'list-relationships',
  'count-council-data',
  'delete-everything',
  'create-nodes',
  'create-relationships',
  'record-backup',
  'last-backup',
]);

const NODE_BATCH = 5000;
const RELATIONSHIP_BATCH = 10000;
/** The backup is handed to its reader in pieces of about this size, not one write per node. */
const CHUNK_CHARS = 256 * 1024;

/** Where a backup goes, a piece at a time; it resolves when the reader is ready for more. */
export type BackupSink = (chunk: string) => Promise<void>;

/** A sink writing to a stream, waiting when the reader is slow and failing when it went away. */
export function writableSink(stream: Writable): BackupSink {
  return async (chunk) => {
    if (stream.destroyed) throw new Error('The backup was abandoned by its reader.');
    if (stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        stream.off('drain', onDrain).off('close', onClose).off('error', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => settle();
      const onClose = () => settle(new Error('The backup was abandoned by its reader.'));
      stream.on('drain', onDrain).on('close', onClose).on('error', onClose);
    });
  };
}

class ChunkWriter {
  private buffer = '';
  constructor(private readonly sink: BackupSink) {}
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.sink(chunk);
  }
}

const SKIPPED_LABELS: readonly string[] = TRANSIENT_LABELS;
const SKIPPED_TYPES: readonly string[] = TRANSIENT_RELATIONSHIPS;
const isKnownLabel = (label: string): label is BackupLabel => (BACKUP_LABELS as readonly string[]).includes(label);
const nodeKey = (label: string, id: string) => `${label}\u0000${id}`;

class UnknownGraphError extends InternalError {
  constructor(what: string) {
    super('backup-unknown-graph', `The graph holds ${what}, which backups do not know; add it to server/domain/backup-format.ts. Nothing was written.`);
  }
}

/** Refuses, before any output, a graph holding something a backup could not write or a restore bring back. */
async function checkInventory(tx: Tx): Promise<void> {
  const row = await tx.one(Q.inventory);
  const nodeKinds = (row?.nodeKinds ?? []) as { labels: string[]; named: boolean; nodes: number }[];
  for (const kind of nodeKinds) {
    if (kind.labels.length === 1 && SKIPPED_LABELS.includes(kind.labels[0]!)) continue;
    if (kind.labels.length !== 1 || !isKnownLabel(kind.labels[0]!)) throw new UnknownGraphError(`${kind.nodes} node(s) labelled ${JSON.stringify(kind.labels)}`);
    if (!kind.named) throw new UnknownGraphError(`${kind.nodes} ${kind.labels[0]} node(s) without a text id`);
  }
  const relationshipKinds = (row?.relationshipKinds ?? []) as { type: string; start: string[]; end: string[] }[];
  for (const kind of relationshipKinds) {
    if (SKIPPED_TYPES.includes(kind.type)) continue;
    const ends = isBackupRelationshipType(kind.type) ? BACKUP_RELATIONSHIPS[kind.type] : undefined;
    if (!ends || kind.start.join() !== ends.start || kind.end.join() !== ends.end) {
      throw new UnknownGraphError(`${kind.type} relationships from ${JSON.stringify(kind.start)} to ${JSON.stringify(kind.end)}`);
    }
  }
}

const NAME = /^[A-Z][A-Za-z_]*$/;
const ALLOWED_NAMES = new Set<string>([...BACKUP_LABELS, ...Object.keys(BACKUP_RELATIONSHIPS)]);

/**
 * A statement with labels or a relationship type in it, which Cypher 5 cannot take as parameters.
 * Only names from the backup's allow-list get in, never text from a file.
 */
function withNames(name: CypherName, names: Record<string, string>): string {
  let statement = cypher(name);
  for (const [placeholder, value] of Object.entries(names)) {
    if (!ALLOWED_NAMES.has(value) || !NAME.test(value)) throw new Error(`${JSON.stringify(value)} is not a label or relationship type of the graph.`);
    statement = statement.replaceAll(`{{${placeholder}}}`, value);
  }
  if (statement.includes('{{')) throw new Error(`cypher/${name}.cypher has a placeholder that was not filled.`);
  return statement;
}

export interface BackupCounts {
  nodes: number;
  relationships: number;
}

export class BackupRepository {
  constructor(private readonly db: Database) {}

  /**
   * Writes the whole graph to `sink` as a backup document, streamed from one read transaction
   * (nothing is held in memory but the ids of the nodes written). A relationship whose ends were
   * not written (made by someone while the backup ran) is left out, so the file always restores.
   * Fails before its first byte when the graph holds a kind of node or tie it does not know.
   */
  async write(sink: BackupSink, now: Date = new Date()): Promise<BackupCounts> {
    return this.db.readOnce(async (tx) => {
      await checkInventory(tx);
      const neo4jVersion = (await tx.one(Q['neo4j-version']))?.version;
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: now.toISOString(),
        ...(typeof neo4jVersion === 'string' ? { neo4jVersion } : {}),
      };
      const out = new ChunkWriter(sink);
      await out.write(`${JSON.stringify(header).slice(0, -1)},\n"nodes":[`);

      const written = new Set<string>();
      let nodes = 0;
      for await (const record of tx.stream(Q['list-nodes'])) {
        const labels = record.get('labels') as string[];
        const properties = encodeProperties(record.get('properties') as Record<string, unknown>);
        const label = labels[0]!;
        if (labels.length !== 1 || !isKnownLabel(label)) throw new UnknownGraphError(`a node labelled ${JSON.stringify(labels)}`);
        if (typeof properties.id !== 'string') throw new UnknownGraphError(`a ${label} node without a text id`);
        written.add(nodeKey(label, properties.id));
        await out.write(`${nodes === 0 ? '\n' : ',\n'}${JSON.stringify({ labels, properties })}`);
        nodes += 1;
      }

      await out.write('\n],\n"relationships":[');
      let relationships = 0;
      for await (const record of tx.stream(Q['list-relationships'])) {
        const type = record.get('type') as string;
        if (!isBackupRelationshipType(type)) throw new UnknownGraphError(`a ${type} relationship`);
        const { start: startLabel, end: endLabel } = BACKUP_RELATIONSHIPS[type];
        const start = record.get('start') as unknown;
        const end = record.get('end') as unknown;
        if (typeof start !== 'string' || typeof end !== 'string') continue;
        if (!written.has(nodeKey(startLabel, start)) || !written.has(nodeKey(endLabel, end))) continue;
        const properties = encodeProperties(record.get('properties') as Record<string, unknown>);
        await out.write(`${relationships === 0 ? '\n' : ',\n'}${JSON.stringify({ type, start, end, properties })}`);
        relationships += 1;
      }
      await out.write(`\n],\n"counts":${JSON.stringify({ nodes, relationships })}}\n`);
      await out.flush();
      return { nodes, relationships };
    });
  }

  /** Notes that a backup was taken (by the API's download, once the whole file was written). */
  async recordBackup(counts: BackupCounts): Promise<void> {
    await this.db.write((tx) => tx.run(Q['record-backup'], { id: randomUUID(), ...counts }));
  }

  /** The latest backup noted by `recordBackup`, or null when none was. */
  async lastBackup(): Promise<({ at: string } & BackupCounts) | null> {
    const row = await this.db.read((tx) => tx.one(Q['last-backup']));
    return row ? { at: String(row.at), nodes: Number(row.nodes), relationships: Number(row.relationships) } : null;
  }

  /** Whether the database holds council data (see NOT_COUNCIL_DATA), which a restore must not overwrite unasked. */
  async holdsCouncilData(): Promise<boolean> {
    const row = await this.db.read((tx) => tx.one(Q['count-council-data']));
    return Number(row?.count ?? 0) > 0;
  }

  /**
   * Restores a checked backup: refuses (409 `not-empty`) a database with council data unless
   * `replace`, empties it, and writes nodes then relationships in batches of one transaction each.
   *
   * Not one transaction, because a city's graph in one transaction needs server memory in
   * proportion to its size (and Aura caps it). Instead: the file was checked whole before this
   * runs, and a failure part-way empties the database again, so it is never left half restored.
   * With `replace`, the data that was there before is gone either way: take a backup first.
   */
  async restore(backup: CheckedBackup, options: { replace: boolean; log?: (line: string) => void }): Promise<BackupCounts> {
    const log = options.log ?? (() => {});
    if (!options.replace && (await this.holdsCouncilData())) {
      throw new ConflictError('not-empty', 'The database already holds data. Restore into an empty database, or say to replace what is there (?replace=true, --replace).');
    }
    await this.emptyDatabase();
    try {
      for (const label of BACKUP_LABELS) {
        const statement = withNames(Q['create-nodes'], { label });
        const nodes = backup.nodes.get(label) ?? [];
        for (let i = 0; i < nodes.length; i += NODE_BATCH) {
          const batch = nodes.slice(i, i + NODE_BATCH).map(decodeProperties);
          await this.db.write((tx) => tx.runTyped(statement, { nodes: batch }));
        }
        if (nodes.length) log(`  ${label}: ${nodes.length} node(s)`);
      }
      for (const type of Object.keys(BACKUP_RELATIONSHIPS) as BackupRelationshipType[]) {
        const statement = withNames(Q['create-relationships'], { type, ...BACKUP_RELATIONSHIPS[type] });
        const relationships = backup.relationships.get(type) ?? [];
        for (let i = 0; i < relationships.length; i += RELATIONSHIP_BATCH) {
          const batch = relationships
            .slice(i, i + RELATIONSHIP_BATCH)
            .map((r) => ({ start: r.start, end: r.end, properties: decodeProperties(r.properties) }));
          const rows = await this.db.write((tx) => tx.runTyped(statement, { relationships: batch }));
          const created = Number(rows[0]?.created ?? 0);
          if (created !== batch.length) throw new Error(`Only ${created} of ${batch.length} ${type} relationships found both their ends.`);
        }
        if (relationships.length) log(`  ${type}: ${relationships.length} relationship(s)`);
      }
    } catch (error) {
      const emptied = await this.emptyDatabase().then(() => true, () => false);
      throw new InternalError(
        'restore-failed',
        emptied
          ? 'The restore failed part-way; the database was emptied again, so nothing of the backup is half there. Run the restore again.'
          : 'The restore failed part-way and the database could not be emptied again: run the restore again with replace.',
        undefined,
        { cause: error },
      );
    }
    // The restored data carries its own audit log, which may be where the replaced one was: a new stamp.
    await this.db.write(markDataChanged);
    return { nodes: backup.nodeCount, relationships: backup.relationshipCount };
  }

  private async emptyDatabase(): Promise<void> {
    await this.db.runAutoCommit(cypher(Q['delete-everything']));
  }
}

/**
 * sha256 over the graph a backup carries, in a canonical form: nodes and relationships (ends named
 * by label and id) with their typed property values, sorted. Equal before a backup and after its
 * restore when the round trip lost nothing, not even a value's type.
 */
export async function canonicalGraphHash(db: Database): Promise<string> {
  return db.readOnce(async (tx) => {
    const nodes: string[] = [];
    for await (const record of tx.stream(Q['list-nodes'])) {
      const labels = [...(record.get('labels') as string[])].sort();
      nodes.push(JSON.stringify([labels, encodeProperties(record.get('properties') as Record<string, unknown>)]));
    }
    const relationships: string[] = [];
    for await (const record of tx.stream(Q['list-relationships'])) {
      relationships.push(
        JSON.stringify([
          record.get('type'),
          [...(record.get('startLabels') as string[])].sort(),
          record.get('start'),
          [...(record.get('endLabels') as string[])].sort(),
          record.get('end'),
          encodeProperties(record.get('properties') as Record<string, unknown>),
        ]),
      );
    }
    const hash = createHash('sha256');
    for (const line of nodes.sort()) hash.update(`${line}\n`);
    hash.update('\u0000relationships\n');
    for (const line of relationships.sort()) hash.update(`${line}\n`);
    return hash.digest('hex');
  });
}
