// Joint projects with their partners and disciplines; every write is one transaction.
import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { projectProps } from '../domain/project.ts';
import type { Project, ProjectInput, ProjectListQuery } from '../schemas/project.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Tx } from './database.ts';

const Q = requireStatements('projects', [
  'list-projects',
  'get-project',
  'count-partners',
  'create-projects',
  'lock-project',
  'update-project',
  'delete-project',
  'count-projects',
]);

function toProject(p: Record<string, unknown>): Project {
  return {
    id: String(p.id),
    title: String(p.title),
    description: (p.description as string | null) ?? null,
    kind: String(p.kind),
    status: String(p.status),
    startDate: (p.startDate as string | null) ?? null,
    endDate: (p.endDate as string | null) ?? null,
    budget: typeof p.budget === 'number' ? p.budget : null,
    disciplines: Array.isArray(p.disciplines) ? p.disciplines.map(String) : [],
    partners: (p.partners as Project['partners']) ?? [],
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

export function projectRow(id: string, input: ProjectInput) {
  return {
    id,
    props: projectProps(input),
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    partners: input.partners,
  };
}

async function checkPartnersExist(tx: Tx, input: ProjectInput): Promise<void> {
  const ids = input.partners.map((p) => p.organisationId);
  const found = new Set(((await tx.one(Q['count-partners'], { ids }))?.found as string[]) ?? []);
  const errors = input.partners
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !found.has(p.organisationId))
    .map(({ p, i }) => ({
      field: `partners.${i}.organisationId`,
      code: 'unknown-organisation',
      message: `No organisation has the id ${p.organisationId}.`,
    }));
  if (errors.length) throw new InvalidInputError('validation', 'A partner organisation does not exist.', errors);
}

export class ProjectRepository {
  constructor(private readonly db: Database) {}

  async list(query: ProjectListQuery): Promise<{ items: Project[]; total: number; page: number; pageSize: number }> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const row = await this.db.read((tx) =>
      tx.one(Q['list-projects'], {
        status: query.status ?? null,
        discipline: query.discipline ?? null,
        organisation: query.organisation ?? null,
        skip: (page - 1) * pageSize,
        limit: pageSize,
      }),
    );
    const items = (row?.items as Record<string, unknown>[]) ?? [];
    return { items: items.map(toProject), total: Number(row?.total ?? 0), page, pageSize };
  }

  async get(id: string): Promise<Project> {
    return this.db.read((tx) => getIn(tx, id));
  }

  async count(): Promise<number> {
    return Number((await this.db.read((tx) => tx.one(Q['count-projects'])))?.count ?? 0);
  }

  async create(input: ProjectInput): Promise<Project> {
    return this.db.write(async (tx) => {
      await checkPartnersExist(tx, input);
      const id = randomUUID();
      await createProjects(tx, [projectRow(id, input)]);
      return getIn(tx, id);
    });
  }

  async update(id: string, version: number, input: ProjectInput): Promise<Project> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-project'], 'Project', id, version);
      await checkPartnersExist(tx, input);
      await tx.run(Q['update-project'], projectRow(id, input));
      return getIn(tx, id);
    });
  }

  async delete(id: string, version: number | undefined): Promise<void> {
    await this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-project'], 'Project', id, version);
      await tx.run(Q['delete-project'], { id });
    });
  }
}

export async function createProjects(tx: Tx, rows: ReturnType<typeof projectRow>[]): Promise<void> {
  await tx.run(Q['create-projects'], { projects: rows });
}

async function getIn(tx: Tx, id: string): Promise<Project> {
  const row = await tx.one(Q['get-project'], { id });
  if (!row) throw new NotFoundError('Project');
  return toProject(row.project as Record<string, unknown>);
}
