// Reads and writes organisations; every write is one transaction.
import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../domain/errors.ts';
import { foldText, organisationFromProps, organisationProps } from '../domain/organisation.ts';
import type { Organisation, OrganisationFilter, OrganisationInput, OrganisationListQuery } from '../schemas/organisation.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';

const Q = requireStatements('organisations', [
  'list-organisations',
  'get-organisation',
  'find-organisations',
  'create-organisations',
  'lock-organisation',
  'update-organisations',
  'delete-organisation',
  'list-organisation-partners',
  'count-organisations',
]);

export interface OrganisationPage {
  items: Organisation[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PartnerTie {
  organisation: { id: string; slug: string; name: string; mainDiscipline: string | null };
  projects: number;
  first: string | null;
  last: string | null;
}

const EXPORT_LIMIT = 1_000_000;

function filterParams(filter: OrganisationFilter) {
  const sort = filter.sort ?? 'name';
  const q = filter.q ? foldText(filter.q) : '';
  return {
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

export class OrganisationRepository {
  constructor(private readonly db: Database) {}

  async list(query: OrganisationListQuery): Promise<OrganisationPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const row = await this.db.read((tx) =>
      tx.one(Q['list-organisations'], { ...filterParams(query), skip: (page - 1) * pageSize, limit: pageSize }),
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

  async create(input: OrganisationInput): Promise<Organisation> {
    const [created] = await this.db.write((tx) => createMany(tx, [{ id: randomUUID(), input }]));
    return created!;
  }

  async update(id: string, version: number, input: OrganisationInput): Promise<Organisation> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-organisation'], 'Organisation', id, version);
      const [updated] = await updateMany(tx, [{ id, input }]);
      return updated!;
    });
  }

  async delete(id: string, version: number | undefined): Promise<void> {
    await this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-organisation'], 'Organisation', id, version);
      await tx.run(Q['delete-organisation'], { id });
    });
  }

  async partners(id: string): Promise<PartnerTie[]> {
    return this.db.read(async (tx) => {
      if (!(await tx.one(Q['get-organisation'], { ref: id }))) throw new NotFoundError('Organisation');
      const rows = await tx.run(Q['list-organisation-partners'], { id });
      return rows.map((r) => ({
        organisation: r.organisation as PartnerTie['organisation'],
        projects: Number(r.projects),
        first: (r.first as string | null) ?? null,
        last: (r.last as string | null) ?? null,
      }));
    });
  }

  /**
   * An import in one transaction: reads the organisations the file refers to, lets `decide` plan
   * the writes (it throws to refuse the file, and then nothing is written), and applies the plan.
   */
  async importRows<T>(
    refs: { ids: string[]; slugs: string[] },
    decide: (existing: Organisation[]) => ImportPlan<T>,
  ): Promise<T> {
    return this.db.write(async (tx) => {
      const existing = (await tx.run(Q['find-organisations'], refs)).map((r) => toOrganisation(r));
      const plan = decide(existing);
      if (plan.create.length) await createMany(tx, plan.create);
      if (plan.update.length) await updateMany(tx, plan.update);
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
