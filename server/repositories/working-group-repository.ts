// Working groups and their memberships; every write is one transaction with its audit events.
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { brusselsDate } from '../domain/council-time.ts';
import { assertValid, ConflictError, NotFoundError } from '../domain/errors.ts';
import { referenceErrors, requireReference } from '../domain/references.ts';
import type { MembershipImportPlan, StoredMembership } from '../csv/membership-csv.ts';
import { checkNoOverlap, descriptionFromProps, splitMembers, workingGroupProps } from '../domain/working-group.ts';
import type {
  GroupMember,
  GroupMembershipInput,
  GroupMembershipUpdate,
  MeetingRef,
  OrganisationRef,
  WorkingGroup,
  WorkingGroupDetail,
  WorkingGroupInput,
} from '../schemas/working-group.ts';
import { recordChanges } from './audit-repository.ts';
import { createOnce } from './idempotent-create.ts';
import { findOrganisationRefs } from './organisation-repository.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';

const Q = requireStatements('working-groups', [
  'create-working-groups',
  'get-working-group',
  'list-working-groups',
  'lock-working-group',
  'update-working-group',
  'delete-working-group',
  'lock-deleted-working-group',
  'restore-working-group',
  'find-working-group-slug-owner',
  'find-working-groups',
  'find-user',
  'list-group-memberships',
  'create-memberships',
  'update-memberships',
  'delete-membership',
  'list-group-attendance',
  'link-projects-to-groups',
]);

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toWorkingGroup(p: Record<string, unknown>, memberCount: number): WorkingGroup {
  return {
    id: String(p.id),
    slug: String(p.slug),
    name: String(p.name),
    description: descriptionFromProps(p),
    focusDiscipline: String(p.focusDiscipline),
    coordinatorName: text(p.coordinatorName),
    coordinatorUserId: text(p.coordinatorUserId),
    memberCount,
    nextMeeting: (p.nextMeeting as MeetingRef | null) ?? null,
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

function toMember(m: Record<string, unknown>): GroupMember {
  return {
    organisation: m.organisation as OrganisationRef,
    role: String(m.role) as GroupMember['role'],
    representative: text(m.representative),
    joinedOn: String(m.joinedOn),
    leftOn: text(m.leftOn),
  };
}

const today = () => brusselsDate(new Date());

/** What the audit log keeps of a group: what a person edits, without the figures that change on their own. */
const auditShape = (g: WorkingGroup) => ({
  id: g.id,
  slug: g.slug,
  name: g.name,
  description: g.description,
  focusDiscipline: g.focusDiscipline,
  coordinatorName: g.coordinatorName,
  coordinatorUserId: g.coordinatorUserId,
  version: g.version,
});

const groupChange = (action: AuditAction, group: { id: string; name: string }, before: object | null, after: object | null): AuditChange => ({
  entityType: 'working-group',
  entityId: group.id,
  entityLabel: group.name,
  action,
  before,
  after,
});

export interface GroupRow {
  id: string;
  input: WorkingGroupInput;
}

export interface MembershipRow {
  groupId: string;
  organisationId: string;
  role: string;
  representative: string | null;
  joinedOn: string;
  leftOn: string | null;
}

/** Creates groups (API and demo data); each row's `input.slug` defaults to one made from the name. */
export async function createWorkingGroups(tx: Tx, rows: GroupRow[]): Promise<void> {
  await tx.run(Q['create-working-groups'], { groups: rows.map(({ id, input }) => ({ id, props: workingGroupProps(input) })) });
}

/** Creates memberships without checking them (the demo data's are consistent by construction). */
export async function createMemberships(tx: Tx, rows: MembershipRow[]): Promise<void> {
  await tx.run(Q['create-memberships'], { memberships: rows });
}

/** Marks projects as born in groups. */
export async function linkProjectsToGroups(tx: Tx, links: { projectId: string; groupId: string }[]): Promise<void> {
  await tx.run(Q['link-projects-to-groups'], { links });
}

/** Refuses (400) a working group id that names no group, for the projects and meetings born in one. */
export async function checkWorkingGroupRef(tx: Tx, groupId: string | null | undefined): Promise<void> {
  if (!groupId) return;
  const found = new Set((await findWorkingGroups(tx, [groupId])).map((g) => g.id));
  assertValid(referenceErrors('working-group', 'workingGroupId', groupId, found), 'The working group does not exist.');
}

/** Working groups named by id or slug that exist (and are not in the trash). */
export async function findWorkingGroups(tx: Tx, refs: string[]): Promise<{ id: string; slug: string; name: string }[]> {
  return (await tx.run(Q['find-working-groups'], { refs })).map((r) => r.workingGroup as { id: string; slug: string; name: string });
}

async function getIn(tx: Tx, ref: string): Promise<WorkingGroupDetail> {
  const row = await tx.one(Q['get-working-group'], { ref });
  if (!row) throw new NotFoundError('Working group');
  const p = row.workingGroup as Record<string, unknown>;
  const { members, pastMembers } = splitMembers(((p.memberships as Row[]) ?? []).map(toMember), today());
  return {
    ...toWorkingGroup(p, new Set(members.map((m) => m.organisation.id)).size),
    members,
    pastMembers,
    projectCount: Number(p.projectCount ?? 0),
    insightCount: Number(p.insightCount ?? 0),
  };
}

/** Write-locks the group (404 when it does not exist or is in the trash); returns its name. */
async function lockGroup(tx: Tx, id: string, version?: number): Promise<{ id: string; name: string }> {
  const row = await lockAtVersion(tx, Q['lock-working-group'], 'Working group', id, version);
  return { id, name: String(row.name) };
}

async function checkCoordinator(tx: Tx, input: WorkingGroupInput): Promise<void> {
  const id = input.coordinatorUserId;
  if (!id) return;
  const found = new Set((await tx.one(Q['find-user'], { id })) ? [id] : []);
  assertValid(referenceErrors('user', 'coordinatorUserId', id, found), 'The coordinator account does not exist.');
}

async function membershipsOf(tx: Tx, groupId: string, organisationId: string | null): Promise<GroupMember[]> {
  return (await tx.run(Q['list-group-memberships'], { groupId, organisationId })).map(toMember);
}

const membershipRow = (groupId: string, organisationId: string, m: GroupMembershipUpdate): MembershipRow => ({
  groupId,
  organisationId,
  role: m.role,
  representative: m.representative?.trim() || null,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn ?? null,
});

export class WorkingGroupRepository {
  constructor(private readonly db: Database) {}

  async list(filter: { discipline?: string | undefined; organisation?: string | undefined } = {}): Promise<WorkingGroup[]> {
    const rows = await this.db.read((tx) =>
      tx.run(Q['list-working-groups'], { discipline: filter.discipline ?? null, organisation: filter.organisation ?? null, today: today() }),
    );
    return rows.map((r) => {
      const p = r.workingGroup as Record<string, unknown>;
      return toWorkingGroup(p, Number(p.memberCount ?? 0));
    });
  }

  async get(ref: string): Promise<WorkingGroupDetail> {
    return this.db.read((tx) => getIn(tx, ref));
  }

  async create(input: WorkingGroupInput, context: ChangeContext): Promise<WorkingGroupDetail> {
    return createOnce(this.db, 'WorkingGroup', input, context, (id, mark) =>
      this.db.write(async (tx) => {
        await checkCoordinator(tx, input);
        await createWorkingGroups(tx, [{ id, input }]);
        await mark(tx);
        const created = await getIn(tx, id);
        await recordChanges(tx, context, [groupChange('create', created, null, auditShape(created))]);
        return created;
      }),
      (id) => this.get(id),
    );
  }

  async update(id: string, version: number, input: WorkingGroupInput, context: ChangeContext): Promise<WorkingGroupDetail> {
    return this.db.write(async (tx) => {
      await lockGroup(tx, id, version);
      const before = await getIn(tx, id);
      await checkCoordinator(tx, input);
      await tx.run(Q['update-working-group'], { id, props: workingGroupProps(input) });
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [groupChange('update', updated, auditShape(before), auditShape(updated))]);
      return updated;
    });
  }

  /** Moves the group to the trash; its meetings are hidden with it, and come back with its restore. */
  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      await lockGroup(tx, id, version);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-working-group'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [groupChange('delete', before, auditShape(before), null)]);
    });
  }

  /** Takes a group out of the trash; 409 `restore-conflict` when another group has taken its slug meanwhile. */
  async restore(id: string, context: ChangeContext): Promise<WorkingGroupDetail> {
    return this.db.write(async (tx) => {
      const trashed = await lockAtVersion(tx, Q['lock-deleted-working-group'], 'Working group in the trash', id, undefined);
      const slug = String(trashed.slug);
      const owner = (await tx.one(Q['find-working-group-slug-owner'], { slug }))?.workingGroup as { id: string; name: string } | undefined;
      if (owner) {
        const message = `The slug "${slug}" now belongs to "${owner.name}" (${owner.id}); give that group another slug first.`;
        throw new ConflictError('restore-conflict', `"${String(trashed.name)}" cannot be restored: ${message}`, [
          { field: 'slug', code: 'slug-taken', message },
        ]);
      }
      await tx.run(Q['restore-working-group'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [groupChange('restore', restored, null, auditShape(restored))]);
      return restored;
    });
  }

  /** 400 for an unknown organisation, 409 `already-member` when its membership would overlap one it has. */
  async addMember(groupId: string, input: GroupMembershipInput, context: ChangeContext): Promise<GroupMember> {
    return this.db.write(async (tx) => {
      const group = await lockGroup(tx, groupId);
      const organisation = requireReference(
        'organisation',
        'organisationId',
        input.organisationId,
        (await findOrganisationRefs(tx, [input.organisationId])).find((o) => o.id === input.organisationId),
        'The organisation does not exist.',
      );
      const row = membershipRow(groupId, organisation.id, input);
      checkNoOverlap(organisation, row, await membershipsOf(tx, groupId, organisation.id));
      await createMemberships(tx, [row]);
      const member = toMember({ ...row, organisation });
      await recordChanges(tx, context, [groupChange('update', group, { member: null }, { member })]);
      return member;
    });
  }

  /**
   * Changes the organisation's most recent membership of the group (the one a person sees on the
   * group page); 404 when it has none, 409 when the new dates overlap one of its earlier ones.
   */
  async updateMember(groupId: string, organisationId: string, input: GroupMembershipUpdate, context: ChangeContext): Promise<GroupMember> {
    return this.db.write(async (tx) => {
      const group = await lockGroup(tx, groupId);
      const [current, ...earlier] = await membershipsOf(tx, groupId, organisationId);
      if (!current) throw new NotFoundError('Membership');
      const row = membershipRow(groupId, organisationId, input);
      checkNoOverlap(current.organisation, row, earlier);
      await tx.run(Q['update-memberships'], { memberships: [{ ...row, currentJoinedOn: current.joinedOn }] });
      const member = toMember({ ...row, organisation: current.organisation });
      await recordChanges(tx, context, [groupChange('update', group, { member: current }, { member })]);
      return member;
    });
  }

  /** Removes the organisation's most recent membership record (one entered by mistake). */
  async removeMember(groupId: string, organisationId: string, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      const group = await lockGroup(tx, groupId);
      const [current] = await membershipsOf(tx, groupId, organisationId);
      if (!current) throw new NotFoundError('Membership');
      await tx.run(Q['delete-membership'], { groupId, organisationId, joinedOn: current.joinedOn });
      await recordChanges(tx, context, [groupChange('update', group, { member: current }, { member: null })]);
    });
  }

  /** Every membership of the group, current and past, by organisation name (for the CSV). */
  async memberships(groupId: string): Promise<GroupMember[]> {
    return this.db.read(async (tx) => {
      await getIn(tx, groupId);
      const all = await membershipsOf(tx, groupId, null);
      return all.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name) || a.joinedOn.localeCompare(b.joinedOn));
    });
  }

  /**
   * An import in one transaction: reads the organisations the file names and the group's
   * memberships, lets `decide` plan the writes (it throws to refuse the file, and nothing is
   * written), and applies the plan with one audit event for the group.
   */
  async importMembers(
    groupId: string,
    refs: string[],
    decide: (organisations: OrganisationRef[], existing: StoredMembership[]) => MembershipImportPlan,
    context: ChangeContext,
  ): Promise<MembershipImportPlan['result']> {
    return this.db.write(async (tx) => {
      const group = await lockGroup(tx, groupId);
      const organisations = await findOrganisationRefs(tx, refs);
      const existing = (await membershipsOf(tx, groupId, null)).map((m) => ({ ...m, organisationId: m.organisation.id }));
      const plan = decide(organisations, existing);
      if (plan.create.length) await createMemberships(tx, plan.create.map((m) => ({ ...m, groupId })));
      if (plan.update.length) await tx.run(Q['update-memberships'], { memberships: plan.update.map((m) => ({ ...m, groupId })) });
      if (plan.create.length || plan.update.length) {
        await recordChanges(tx, context, [groupChange('import', group, null, { created: plan.create, updated: plan.update })]);
      }
      return plan.result;
    });
  }

  /** The group's started meetings with invitations and records, for its attendance trend (404 for an unknown group). */
  async attendance(groupId: string) {
    return this.db.read(async (tx) => {
      await getIn(tx, groupId);
      const rows = await tx.run(Q['list-group-attendance'], { id: groupId });
      return rows.map((r) => ({
        meetingId: String(r.meetingId),
        title: String(r.title),
        startsAt: String(r.startsAt),
        invited: (r.invited as string[]) ?? [],
        records: (r.records as { organisationId: string; status: 'present' | 'excused' | 'absent' }[]) ?? [],
      }));
    });
  }
}
