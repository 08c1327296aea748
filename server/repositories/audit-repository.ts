// The audit log: events are written by the other repositories inside their own write transactions; read here.
import type { Page } from '../schemas/common.ts';
import type { ChangeContext } from '../domain/actor.ts';
import { auditEventFromProps, auditEventRows, auditFilterParams, type AuditChange, type AuditEvent, type AuditFilter } from '../domain/audit.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Tx } from './database.ts';

const Q = requireStatements('audit', ['create-audit-events', 'list-audit-events', 'count-audit-events']);

/** Records the changes of a transaction in that same transaction; call it after the change succeeded. */
export async function recordChanges(tx: Tx, context: ChangeContext, changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.run(Q['create-audit-events'], { events: auditEventRows(context, changes) });
}

const EXPORT_BATCH = 2000;

export class AuditRepository {
  constructor(private readonly db: Database) {}

  async list(filter: AuditFilter, page: number, pageSize: number): Promise<Page<AuditEvent>> {
    const params = auditFilterParams(filter);
    return this.db.read(async (tx) => {
      const total = Number((await tx.one(Q['count-audit-events'], params))?.total ?? 0);
      const rows = await tx.run(Q['list-audit-events'], { ...params, cursorAt: null, cursorId: null, skip: (page - 1) * pageSize, limit: pageSize });
      return { items: rows.map((r) => auditEventFromProps(r.event as Record<string, unknown>)), total, page, pageSize };
    });
  }

  /** Every matching event, newest first, a batch (one read transaction) at a time, for exports of any size. */
  async *batches(filter: AuditFilter, batchSize = EXPORT_BATCH): AsyncGenerator<AuditEvent[]> {
    const params = auditFilterParams(filter);
    let cursor: { cursorAt: string | null; cursorId: string | null } = { cursorAt: null, cursorId: null };
    for (;;) {
      const rows = await this.db.read((tx) => tx.run(Q['list-audit-events'], { ...params, ...cursor, skip: 0, limit: batchSize }));
      if (rows.length === 0) return;
      yield rows.map((r) => auditEventFromProps(r.event as Record<string, unknown>));
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1]!;
      cursor = { cursorAt: String(last.cursorAt), cursorId: String((last.event as { id: string }).id) };
    }
  }
}
