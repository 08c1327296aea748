// The knowledge-exchange library: insights shared by organisations, found by full-text search;
// every write is one transaction with its audit event.
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { assertValid, NotFoundError, VersionConflictError } from '../domain/errors.ts';
import { referenceErrors } from '../domain/references.ts';
import { insightProps } from '../domain/insight.ts';
import { insightSearchQuery } from '../domain/insight-search.ts';
import type { Page } from '../schemas/common.ts';
import type { Insight, InsightListQuery } from '../schemas/insight.ts';
import type { InsightInput } from '../schemas/working-group.ts';
import { recordChanges } from './audit-repository.ts';
import { createOnce } from './idempotent-create.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Tx } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';

const Q = requireStatements('insights', [
  'create-insights',
  'get-insights',
  'list-insight-hits',
  'search-insight-hits',
  'lock-insight',
  'update-insight',
  'delete-insight',
  'lock-deleted-insight',
  'restore-insight',
  'find-meeting',
]);

function toInsight(p: Record<string, unknown>): Insight {
  return {
    id: String(p.id),
    kind: String(p.kind) as Insight['kind'],
    title: String(p.title),
    body: String(p.body),
    language: String(p.language) as Insight['language'],
    themes: Array.isArray(p.themes) ? p.themes.map(String) : [],
    disciplines: Array.isArray(p.disciplines) ? p.disciplines.map(String) : [],
    organisation: p.organisation as Insight['organisation'],
    meeting: (p.meeting as Insight['meeting']) ?? null,
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

export interface InsightRow {
  id: string;
  input: InsightInput;
  /** When it was shared (ISO instant); now when missing. The demo data dates its insights. */
  createdAt?: string | null;
}

/** Creates insights without checking them (the API checks first; the demo data is consistent by construction). */
export async function createInsights(tx: Tx, rows: InsightRow[]): Promise<void> {
  await tx.run(Q['create-insights'], {
    insights: rows.map(({ id, input, createdAt }) => ({
      id,
      props: insightProps(input),
      organisationId: input.organisationId,
      meetingId: input.meetingId ?? null,
      createdAt: createdAt ?? null,
    })),
  });
}

const insightChange = (action: AuditAction, insight: { id: string; title: string }, before: Insight | null, after: Insight | null): AuditChange => ({
  entityType: 'insight',
  entityId: insight.id,
  entityLabel: insight.title,
  action,
  before,
  after,
});

async function getMany(tx: Tx, ids: string[]): Promise<Insight[]> {
  const found = new Map((await tx.run(Q['get-insights'], { ids })).map((r) => {
    const insight = toInsight(r.insight as Record<string, unknown>);
    return [insight.id, insight] as const;
  }));
  return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
}

async function getIn(tx: Tx, id: string): Promise<Insight> {
  const [insight] = await getMany(tx, [id]);
  if (!insight) throw new NotFoundError('Insight');
  return insight;
}

async function checkReferences(tx: Tx, input: InsightInput): Promise<void> {
  const organisations = new Set((await findOrganisationRefs(tx, [input.organisationId])).map((o) => o.id));
  const meetings = new Set(input.meetingId && (await tx.one(Q['find-meeting'], { id: input.meetingId })) ? [input.meetingId] : []);
  assertValid([
    ...referenceErrors('organisation', 'organisationId', input.organisationId, organisations),
    ...referenceErrors('meeting', 'meetingId', input.meetingId, meetings),
  ]);
}

/**
 * Locks the insight at `version`; with `onlyOf` (a representative's organisation) an insight shared
 * by another organisation is not found, as if it did not exist.
 */
async function lockInsight(tx: Tx, id: string, version: number | undefined, onlyOf: string | null): Promise<void> {
  const row = await lockAtVersion(tx, Q['lock-insight'], 'Insight', id, undefined);
  // Hidden before its version is compared, so a stale version tells nothing about another's insight.
  if (onlyOf !== null && row.organisationId !== onlyOf) throw new NotFoundError('Insight');
  if (version !== undefined && Number(row.version) !== version) throw new VersionConflictError(Number(row.version));
}

export class InsightRepository {
  constructor(private readonly db: Database) {}

  /** With `q`: best match first, each with its score; without: newest first. */
  async list(query: InsightListQuery): Promise<Page<Insight>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const search = query.q ? insightSearchQuery(query.q) : null;
    const params = {
      query: search,
      kind: query.kind ?? null,
      theme: query.theme ?? null,
      discipline: query.discipline ?? null,
      organisation: query.organisation ?? null,
      workingGroup: query.workingGroup ?? null,
      meeting: query.meeting ?? null,
    };
    // Text with no word in it ("?!") finds nothing rather than everything.
    if (query.q && search === null) return { items: [], total: 0, page, pageSize };
    return this.db.read(async (tx) => {
      const hits = await tx.run(search ? Q['search-insight-hits'] : Q['list-insight-hits'], params);
      const slice = hits.slice((page - 1) * pageSize, page * pageSize);
      const scores = new Map(slice.map((h) => [String(h.id), h.score]));
      const items = (await getMany(tx, [...scores.keys()])).map((insight) => {
        const score = scores.get(insight.id);
        return typeof score === 'number' ? { ...insight, score } : insight;
      });
      return { items, total: hits.length, page, pageSize };
    });
  }

  async get(id: string): Promise<Insight> {
    return this.db.read((tx) => getIn(tx, id));
  }

  async create(input: InsightInput, context: ChangeContext): Promise<Insight> {
    return createOnce(this.db, 'Insight', input, context, (id, mark) =>
      this.db.write(async (tx) => {
        await checkReferences(tx, input);
        await createInsights(tx, [{ id, input }]);
        await mark(tx);
        const created = await getIn(tx, id);
        await recordChanges(tx, context, [insightChange('create', created, null, created)]);
        return created;
      }),
      (id) => this.get(id),
    );
  }

  async update(id: string, version: number, input: InsightInput, context: ChangeContext, onlyOf: string | null = null): Promise<Insight> {
    return this.db.write(async (tx) => {
      await lockInsight(tx, id, version, onlyOf);
      const before = await getIn(tx, id);
      await checkReferences(tx, input);
      await tx.run(Q['update-insight'], { id, props: insightProps(input), organisationId: input.organisationId, meetingId: input.meetingId ?? null });
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [insightChange('update', updated, before, updated)]);
      return updated;
    });
  }

  async delete(id: string, version: number | undefined, context: ChangeContext, onlyOf: string | null = null): Promise<void> {
    await this.db.write(async (tx) => {
      await lockInsight(tx, id, version, onlyOf);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-insight'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [insightChange('delete', before, before, null)]);
    });
  }

  async restore(id: string, context: ChangeContext): Promise<Insight> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-deleted-insight'], 'Insight in the trash', id, undefined);
      await tx.run(Q['restore-insight'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [insightChange('restore', restored, null, restored)]);
      return restored;
    });
  }
}
