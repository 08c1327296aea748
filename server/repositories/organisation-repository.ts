// Reads and writes organisations; every write is one transaction.
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { ConflictError, NotFoundError } from '../domain/errors.ts';
import { foldText, organisationFromProps, organisationProps } from '../domain/organisation.ts';
import type { Page } from '../schemas/common.ts';
import type { Organisation, OrganisationFilter, OrganisationInput, OrganisationListQuery } from '../schemas/organisation.ts';
import type { OrganisationRef } from '../schemas/working-group.ts';
import { requireStatements } from './cypher.ts';
import { recordChanges } from './audit-repository.ts';
import { createOnce } from './idempotent-create.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';

const Q = requireStatements('organisations', [
  'list-organisations',
  'get-organisation',
  'find-organisations',
  'create-organisations',
  'lock-organisation',
  'update-organisations',
  'delete-organisation',
  'lock-deleted-organisation',
  'find-slug-owner',
  'restore-organisation',
  'count-organisations',
  'find-organisation-refs',
]);

/** Organisations named by id or slug that exist (and are not in the trash), for other repositories' checks. */
export async function findOrganisationRefs(tx: Tx, refs: string[]): Promise<OrganisationRef[]> {
  return (await tx.run(Q['find-organisation-refs'], { refs })).map((r) => r.organisation as OrganisationRef);
}

const EXPORT_LIMIT = 1_000_000;

/** `publicOnly`: only organisations in the public directory (what the anonymous public may list). */
function filterParams(filter: OrganisationFilter, publicOnly = false) {
  const sort = filter.sort ?? 'name';
  const q = filter.q ? foldText(filter.q) : '';
  return {
    publicOnly,
    q: q || null,
    discipline: filter.discipline ?? null,
    commune: filter.commune ?? null,
    kind: filter.kind ?? null,
    sortKey: sort.replace(/^-/, ''),
    descending: sort.startsWith('-'),
  };
}

const toOrganisation = (row: Row | undefined, key = 'organisation') =>
  organisationFromProps(row?.[key] as Record<string, unknown>);

/** An audit entry of one organisation; before and after are the API shape. */
const organisationChange = (action: AuditAction, before: Organisation | null, after: Organisation | null): AuditChange => ({
  entityType: 'organisation',
  entityId: (after ?? before)!.id,
  entityLabel: (after ?? before)!.name,
  action,
  before,
  after,
});

export class OrganisationRepository {
  constructor(private readonly db: Database) {}

  async list(query: OrganisationListQuery, options: { publicOnly?: boolean } = {}): Promise<Page<Organisation>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const row = await this.db.read((tx) =>
      tx.one(Q['list-organisations'], { ...filterParams(query, options.publicOnly), skip: (page - 1) * pageSize, limit: pageSize }),
    );
    const items = (row?.items as Record<string, unknown>[]) ?? [];
    return { items: items.map(organisationFromProps), total: Number(row?.total ?? 0), page, pageSize };
  }

  async listAll(filter: OrganisationFilter): Promise<Organisation[]> {
    const row = await this.db.read((tx) =>
      tx.one(Q['list-organisations'], { ...filterParams(filter), skip: 0, limit: EXPORT_LIMIT }),
    );
    return ((row?.items as Record<string, unknown>[]) ?? []).map(organisationFromProps);
  }

  async get(ref: string): Promise<Organisation> {
    const row = await this.db.read((tx) => tx.one(Q['get-organisation'], { ref }));
    if (!row) throw new NotFoundError('Organisation');
    return toOrganisation(row);
  }

  async count(): Promise<number> {
    const row = await this.db.read((tx) => tx.one(Q['count-organisations']));
    return Number(row?.count ?? 0);
  }

  async create(input: OrganisationInput, context: ChangeContext): Promise<Organisation> {
    return createOnce(this.db, 'Organisation', input, context, (id, mark) =>
      this.db.write(async (tx) => {
        const [created] = await createMany(tx, [{ id, input }]);
        await mark(tx);
        await recordChanges(tx, context, [organisationChange('create', null, created!)]);
        return created!;
      }),
      (id) => this.get(id),
    );
  }

  async update(id: string, version: number, input: OrganisationInput, context: ChangeContext): Promise<Organisation> {
    return this.db.write(async (tx) => {
      const before = toOrganisation(await lockAtVersion(tx, Q['lock-organisation'], 'Organisation', id, version));
      const [updated] = await updateMany(tx, [{ id, input }]);
      await recordChanges(tx, context, [organisationChange('update', before, updated!)]);
      return updated!;
    });
  }

  /** Moves the organisation to the trash (see delete-organisation.cypher); `restore` brings it back. */
  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      const before = toOrganisation(await lockAtVersion(tx, Q['lock-organisation'], 'Organisation', id, version));
      await tx.run(Q['delete-organisation'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [organisationChange('delete', before, null)]);
    });
  }

  /**
   * Takes an organisation out of the trash. Refused with 409 `restore-conflict`, changing nothing,
   * when its slug has meanwhile been given to another organisation.
   */
  async restore(id: string, context: ChangeContext): Promise<Organisation> {
    return this.db.write(async (tx) => {
      const trashed = toOrganisation(await lockAtVersion(tx, Q['lock-deleted-organisation'], 'Organisation in the trash', id, undefined));
      const owner = (await tx.one(Q['find-slug-owner'], { slug: trashed.slug }))?.organisation as { id: string; name: string } | undefined;
      if (owner) {
        const message = `The slug "${trashed.slug}" now belongs to "${owner.name}" (${owner.id}); give that organisation another slug first.`;
        throw new ConflictError('restore-conflict', `"${trashed.name}" cannot be restored: ${message}`, [
          { field: 'slug', code: 'slug-taken', message },
        ]);
      }
      const restored = toOrganisation(await tx.one(Q['restore-organisation'], { id }));
      await recordChanges(tx, context, [organisationChange('restore', null, restored)]);
      return restored;
    });
  }

  /**
   * An import in one transaction: reads the organisations the file refers to (and those of them in
   * the trash), lets `decide` plan the writes (it throws to refuse the file, and then nothing is
   * written), applies the plan and records one audit event per organisation written.
   */
  async importRows<T>(
    refs: { ids: string[]; slugs: string[] },
    decide: (existing: Organisation[], trashed: Organisation[]) => ImportPlan<T>,
    context: ChangeContext,
  ): Promise<T> {
    return this.db.write(async (tx) => {
      const found = await tx.run(Q['find-organisations'], refs);
      const existing = found.filter((r) => !r.deleted).map((r) => toOrganisation(r));
      const trashed = found.filter((r) => r.deleted).map((r) => toOrganisation(r));
      const plan = decide(existing, trashed);
      const created = plan.create.length ? await createMany(tx, plan.create) : [];
      const updated = plan.update.length ? await updateMany(tx, plan.update) : [];
      // One event per organisation written, all with the request id of the import.
      const byId = new Map(existing.map((o) => [o.id, o]));
      await recordChanges(tx, context, [
        ...created.map((o) => organisationChange('import', null, o)),
        ...updated.map((o) => organisationChange('import', byId.get(o.id) ?? null, o)),
      ]);
      return plan.result;
    });
  }
}

export interface ImportPlan<T> {
  create: { id: string; input: OrganisationInput }[];
  update: { id: string; input: OrganisationInput }[];
  result: T;
}

export async function createMany(tx: Tx, rows: { id: string; input: OrganisationInput }[]): Promise<Organisation[]> {
  const result = await tx.run(Q['create-organisations'], {
    organisations: rows.map(({ id, input }) => ({ id, props: organisationProps(input) })),
  });
  return result.map((r) => toOrganisation(r));
}

async function updateMany(tx: Tx, rows: { id: string; input: OrganisationInput }[]): Promise<Organisation[]> {
  const result = await tx.run(Q['update-organisations'], {
    organisations: rows.map(({ id, input }) => ({ id, props: organisationProps(input) })),
  });
  return result.map((r) => toOrganisation(r));
}
