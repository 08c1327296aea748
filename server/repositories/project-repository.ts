// Joint projects with their partners and disciplines; every write is one transaction.
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { assertValid, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { referenceErrors } from '../domain/references.ts';
import { projectProps } from '../domain/project.ts';
import { statusMoveErrors, type ProjectStatus } from '../domain/project-status.ts';
import type { ProjectImportContext, ProjectImportPlan } from '../csv/project-csv.ts';
import type { Page } from '../schemas/common.ts';
import type { Project, ProjectInput, ProjectListQuery } from '../schemas/project.ts';
import { requireStatements } from './cypher.ts';
import { recordChanges } from './audit-repository.ts';
import { createOnce } from './idempotent-create.ts';
import { lockAtVersion, type Database, type Tx } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';
import { checkWorkingGroupRef, findWorkingGroups } from './working-group-repository.ts';

const EXPORT_LIMIT = 1_000_000;

const Q = requireStatements('projects', [
  'list-projects',
  'get-project',
  'count-partners',
  'create-projects',
  'lock-project',
  'update-project',
  'delete-project',
  'lock-deleted-project',
  'restore-project',
  'count-projects',
  'set-project-status',
  'find-projects',
  'find-deleted-project-ids',
]);

/** An audit entry of one project; before and after are the API shape. */
const projectChange = (action: AuditAction, before: Project | null, after: Project | null): AuditChange => ({
  entityType: 'project',
  entityId: (after ?? before)!.id,
  entityLabel: (after ?? before)!.title,
  action,
  before,
  after,
});

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
    workingGroup: (p.workingGroup as Project['workingGroup']) ?? null,
    needsPartnersIn: Array.isArray(p.needsPartnersIn) ? p.needsPartnersIn.map(String) : [],
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
    workingGroupId: input.workingGroupId ?? null,
  };
}

async function checkPartnersExist(tx: Tx, input: ProjectInput): Promise<void> {
  const ids = input.partners.map((p) => p.organisationId);
  const found = new Set(((await tx.one(Q['count-partners'], { ids }))?.found as string[]) ?? []);
  const errors = input.partners.flatMap((p, i) => referenceErrors('organisation', `partners.${i}.organisationId`, p.organisationId, found));
  assertValid(errors, 'A partner organisation does not exist.');
}

export class ProjectRepository {
  constructor(private readonly db: Database) {}

  async list(query: ProjectListQuery): Promise<Page<Project>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const row = await this.db.read((tx) =>
      tx.one(Q['list-projects'], {
        status: query.status ?? null,
        discipline: query.discipline ?? null,
        organisation: query.organisation ?? null,
        workingGroup: query.workingGroup ?? null,
        needsPartnersIn: query.needsPartnersIn ?? null,
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

  async create(input: ProjectInput, context: ChangeContext): Promise<Project> {
    return createOnce(this.db, 'Project', input, context, (id, mark) =>
      this.db.write(async (tx) => {
        await checkPartnersExist(tx, input);
        await checkWorkingGroupRef(tx, input.workingGroupId);
        await createProjects(tx, [projectRow(id, input)]);
        await mark(tx);
        const created = await getIn(tx, id);
        await recordChanges(tx, context, [projectChange('create', null, created)]);
        return created;
      }),
      (id) => this.get(id),
    );
  }

  async update(id: string, version: number, input: ProjectInput, context: ChangeContext): Promise<Project> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-project'], 'Project', id, version);
      const before = await getIn(tx, id);
      await checkPartnersExist(tx, input);
      await checkWorkingGroupRef(tx, input.workingGroupId);
      await tx.run(Q['update-project'], projectRow(id, input));
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [projectChange('update', before, updated)]);
      return updated;
    });
  }

  /** Moves the project to the trash (see delete-project.cypher); `restore` brings it back. */
  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-project'], 'Project', id, version);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-project'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [projectChange('delete', before, null)]);
    });
  }

  /**
   * Moves a project on the board. Refused with 400 `invalid-transition` for a move its life cycle
   * does not allow and `start-date-required` for a planned (or later) project without a start
   * date; a move to where it already is changes nothing.
   */
  async setStatus(id: string, status: ProjectStatus, version: number, context: ChangeContext): Promise<Project> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-project'], 'Project', id, version);
      const before = await getIn(tx, id);
      const errors = statusMoveErrors(before.status as ProjectStatus, status, before.startDate);
      if (errors.length) throw new InvalidInputError(errors[0]!.code, errors.map((e) => e.message).join(' '), errors);
      if (before.status === status) return before;
      await tx.run(Q['set-project-status'], { id, status });
      const moved = await getIn(tx, id);
      await recordChanges(tx, context, [projectChange('update', before, moved)]);
      return moved;
    });
  }

  /** Every project the filter keeps, newest first (the CSV export). */
  async listAll(query: Omit<ProjectListQuery, 'page' | 'pageSize'>): Promise<Project[]> {
    return (await this.list({ ...query, page: 1, pageSize: EXPORT_LIMIT })).items;
  }

  /**
   * An import in one transaction: reads the projects the file names by id (and which of those ids
   * are in the trash), the organisations and working groups it names by slug, lets `decide` plan the
   * writes (it throws to refuse the file, and nothing is written), applies them and records one
   * audit event per project created or changed.
   */
  async importRows<T>(
    refs: { ids: string[]; organisations: string[]; workingGroups: string[] },
    decide: (found: ProjectImportContext) => ProjectImportPlan<T>,
    context: ChangeContext,
  ): Promise<T> {
    return this.db.write(async (tx) => {
      const existing = (await tx.run(Q['find-projects'], { ids: refs.ids })).map((r) => toProject(r.project as Record<string, unknown>));
      const trashed = ((await tx.one(Q['find-deleted-project-ids'], { ids: refs.ids }))?.ids as string[]) ?? [];
      const organisations = await findOrganisationRefs(tx, refs.organisations);
      const workingGroups = await findWorkingGroups(tx, refs.workingGroups);
      const plan = decide({ existing, trashed, organisations, workingGroups });
      const before = new Map(existing.map((p) => [p.id, p]));
      if (plan.create.length) await createProjects(tx, plan.create.map(({ id, input }) => projectRow(id, input)));
      for (const { id, input } of plan.update) await tx.run(Q['update-project'], projectRow(id, input));
      const changes: AuditChange[] = [];
      for (const { id } of [...plan.create, ...plan.update]) changes.push(projectChange('import', before.get(id) ?? null, await getIn(tx, id)));
      await recordChanges(tx, context, changes);
      return plan.result;
    });
  }

  /** Takes a project out of the trash; nothing can have taken its place, so it never conflicts. */
  async restore(id: string, context: ChangeContext): Promise<Project> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-deleted-project'], 'Project in the trash', id, undefined);
      await tx.run(Q['restore-project'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [projectChange('restore', null, restored)]);
      return restored;
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

/** A project as the API shows it, read inside another repository's transaction (the partner finder's project ideas). */
export { getIn as getProjectIn };
