// The version of the council's data, for answers that are cached while it holds (the network's
// ETag). Every user-facing write adds audit events in its own transaction; the bulk writers that
// add none (restore, the demo and generated loads, emptying the database) call markDataChanged.
import { createHash, randomUUID } from 'node:crypto';
import { requireStatements } from './cypher.ts';
import type { Database, Tx } from './database.ts';

const Q = requireStatements('data-version', ['read-data-version', 'mark-data-changed']);

/** A bulk write without audit events changed the data: call it in (or after) that write. */
export async function markDataChanged(tx: Tx): Promise<void> {
  await tx.run(Q['mark-data-changed'], { stamp: randomUUID() });
}

/** The current version as a short opaque string: equal versions, equal data. */
export async function readDataVersion(tx: Tx): Promise<string> {
  const row = await tx.one(Q['read-data-version']);
  const parts = [Number(row?.events ?? 0), row?.latest ?? '', row?.stamp ?? ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

export class DataVersionRepository {
  constructor(private readonly db: Database) {}

  current(): Promise<string> {
    return this.db.read(readDataVersion);
  }

  async markChanged(): Promise<void> {
    await this.db.write(markDataChanged);
  }
}
