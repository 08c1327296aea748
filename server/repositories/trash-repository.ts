// The trash: organisations, projects, working groups, meetings and insights that were deleted and can be restored (by their own repositories).
import type { TrashEntityType } from '../domain/audit.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row } from './database.ts';

const Q = requireStatements('trash', [
  'list-deleted-organisations',
  'list-deleted-projects',
  'list-deleted-working-groups',
  'list-deleted-meetings',
  'list-deleted-insights',
  'list-deleted-goals',
  'list-deleted-events',
]);

const STATEMENTS: Record<TrashEntityType, string> = {
  organisation: Q['list-deleted-organisations'],
  project: Q['list-deleted-projects'],
  'working-group': Q['list-deleted-working-groups'],
  meeting: Q['list-deleted-meetings'],
  insight: Q['list-deleted-insights'],
  goal: Q['list-deleted-goals'],
  event: Q['list-deleted-events'],
};

export interface TrashItem {
  entityType: TrashEntityType;
  id: string;
  label: string;
  deletedAt: string;
  deletedBy: { id: string | null; email: string | null; name: string | null } | null;
}

function toTrashItem(row: Row): TrashItem {
  const by = row.deletedBy as { actorEmail?: string | null; actorName?: string | null } | null;
  const id = (row.deletedById as string | null) ?? null;
  return {
    entityType: row.entityType as TrashEntityType,
    id: String(row.id),
    label: String(row.label ?? ''),
    deletedAt: String(row.deletedAt),
    // The anonymous public has no account; everyone else is named by the delete's audit event.
    deletedBy: id || by?.actorEmail ? { id, email: by?.actorEmail ?? null, name: by?.actorName ?? null } : null,
  };
}

export class TrashRepository {
  constructor(private readonly db: Database) {}

  /** What is in the trash, most recently deleted first; of one entity type, or of all. */
  async list(entityType?: TrashEntityType): Promise<TrashItem[]> {
    const types = entityType ? [entityType] : (Object.keys(STATEMENTS) as TrashEntityType[]);
    const items = await this.db.read(async (tx) => {
      const all: TrashItem[] = [];
      for (const type of types) all.push(...(await tx.run(STATEMENTS[type])).map(toTrashItem));
      return all;
    });
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }
}
