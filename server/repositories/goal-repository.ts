// Strategy goals as stored (every write one transaction with its audit event), and the reads the
// strategy KPIs need besides the metric snapshots: meeting attendance and working-group sizes.
import { randomUUID } from 'node:crypto';
import type { DatedMeetingAttendance } from '../analytics/kpis/attendance-kpi.ts';
import type { KpiFilter } from '../analytics/kpis/catalogue.ts';
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { assertValid, NotFoundError } from '../domain/errors.ts';
import { goalErrors, goalProps } from '../domain/goal.ts';
import type { GoalInput } from '../schemas/goal.ts';
import { recordChanges } from './audit-repository.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Tx } from './database.ts';
import { checkWorkingGroupRef } from './working-group-repository.ts';

const Q = requireStatements('goals', [
  'create-goals',
  'get-goals',
  'lock-goal',
  'lock-deleted-goal',
  'update-goal',
  'delete-goal',
  'restore-goal',
  'list-meeting-attendance',
  'group-sizes',
]);

/** A goal as stored, before the data's figures are added to it. */
export interface StoredGoal {
  id: string;
  title: string;
  note: string | null;
  kpi: string;
  discipline: string | null;
  workingGroupId: string | null;
  workingGroup: { id: string; slug: string; name: string } | null;
  baselineDate: string;
  baselineValue: number;
  target: number;
  deadline: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function toGoal(p: Record<string, unknown>): StoredGoal {
  return {
    id: String(p.id),
    title: String(p.title),
    note: text(p.note),
    kpi: String(p.kpi),
    discipline: text(p.discipline),
    workingGroupId: text(p.workingGroupId),
    workingGroup: (p.workingGroup as StoredGoal['workingGroup']) ?? null,
    baselineDate: String(p.baselineDate),
    baselineValue: Number(p.baselineValue),
    target: Number(p.target),
    deadline: String(p.deadline),
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

const goalChange = (action: AuditAction, goal: StoredGoal, before: StoredGoal | null, after: StoredGoal | null): AuditChange => ({
  entityType: 'goal',
  entityId: goal.id,
  entityLabel: goal.title,
  action,
  before,
  after,
});

export interface GoalRow {
  id: string;
  input: GoalInput;
  baselineValue: number;
  createdAt?: string | null;
}

/** Creates goals without checking them (the API checks first; the demo data is consistent by construction). */
export async function createGoals(tx: Tx, rows: GoalRow[]): Promise<void> {
  await tx.run(Q['create-goals'], {
    goals: rows.map(({ id, input, baselineValue, createdAt }) => ({ id, props: goalProps(input, baselineValue), createdAt: createdAt ?? null })),
  });
}

async function getMany(tx: Tx, ids: string[] | null): Promise<StoredGoal[]> {
  return (await tx.run(Q['get-goals'], { ids })).map((r) => toGoal(r.goal as Record<string, unknown>));
}

async function getIn(tx: Tx, id: string): Promise<StoredGoal> {
  const [goal] = await getMany(tx, [id]);
  if (!goal) throw new NotFoundError('Goal');
  return goal;
}

async function checkInput(tx: Tx, input: GoalInput): Promise<void> {
  assertValid(goalErrors(input));
  await checkWorkingGroupRef(tx, input.workingGroupId);
}

export class GoalRepository {
  constructor(private readonly db: Database) {}

  async list(): Promise<StoredGoal[]> {
    return this.db.read((tx) => getMany(tx, null));
  }

  async get(id: string): Promise<StoredGoal> {
    return this.db.read((tx) => getIn(tx, id));
  }

  /** `baselineValue` is the KPI's figure on the baseline day, read by the caller from the catalogue. */
  async create(input: GoalInput, baselineValue: number, context: ChangeContext): Promise<StoredGoal> {
    return this.db.write(async (tx) => {
      await checkInput(tx, input);
      const id = randomUUID();
      await createGoals(tx, [{ id, input, baselineValue }]);
      const created = await getIn(tx, id);
      await recordChanges(tx, context, [goalChange('create', created, null, created)]);
      return created;
    });
  }

  async update(id: string, version: number, input: GoalInput, baselineValue: number, context: ChangeContext): Promise<StoredGoal> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-goal'], 'Goal', id, version);
      const before = await getIn(tx, id);
      await checkInput(tx, input);
      await tx.run(Q['update-goal'], { id, props: goalProps(input, baselineValue) });
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [goalChange('update', updated, before, updated)]);
      return updated;
    });
  }

  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-goal'], 'Goal', id, version);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-goal'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [goalChange('delete', before, before, null)]);
    });
  }

  async restore(id: string, context: ChangeContext): Promise<StoredGoal> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-deleted-goal'], 'Goal in the trash', id, undefined);
      await tx.run(Q['restore-goal'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [goalChange('restore', restored, null, restored)]);
      return restored;
    });
  }

  /** Refuses (400, naming the field) a goal's filter that names a working group that does not exist. */
  async checkFilter(input: Pick<GoalInput, 'workingGroupId'>): Promise<void> {
    await this.db.read((tx) => checkWorkingGroupRef(tx, input.workingGroupId));
  }

  /** Working-group and knowledge-exchange meetings with their invitations and attendance (the attendance KPI). */
  async meetingAttendance(filter: KpiFilter): Promise<DatedMeetingAttendance[]> {
    const rows = await this.db.read((tx) =>
      tx.run(Q['list-meeting-attendance'], { groupId: filter.groupId ?? null, discipline: filter.discipline ?? null }),
    );
    return rows.map((r) => ({
      meetingId: String(r.meetingId),
      title: String(r.title),
      day: String(r.day),
      startsAt: String(r.startsAt),
      invited: (r.invited as string[]) ?? [],
      records: (r.records as DatedMeetingAttendance['records']) ?? [],
    }));
  }

  /** Every working group's members on `day` and on `before`. */
  async groupSizes(day: string, before: string): Promise<{ id: string; slug: string; name: string; members: number; membersBefore: number }[]> {
    const rows = await this.db.read((tx) => tx.run(Q['group-sizes'], { day, before }));
    return rows.map((r) => ({ id: String(r.id), slug: String(r.slug), name: String(r.name), members: Number(r.members), membersBefore: Number(r.membersBefore) }));
  }
}
