// Meetings of working groups and plenaries, and their attendance; every write is one transaction
// with its audit events. Times cross this boundary as Brussels wall-clock text.
import type { Invitation } from '../analytics/attendance.ts';
import type { ChangeContext } from '../domain/actor.ts';
import type { AuditAction, AuditChange } from '../domain/audit.ts';
import { COUNCIL_TIME_ZONE } from '../domain/council-time.ts';
import { assertValid, NotFoundError } from '../domain/errors.ts';
import { attendanceErrors, meetingProps } from '../domain/meeting.ts';
import type { Page } from '../schemas/common.ts';
import type { AttendanceEntry, Meeting, MeetingDetail, MeetingListItem, MeetingListQuery } from '../schemas/meeting.ts';
import type { AttendanceInput, MeetingInput, OrganisationRef } from '../schemas/working-group.ts';
import { recordChanges } from './audit-repository.ts';
import { createOnce } from './idempotent-create.ts';
import { requireStatements } from './cypher.ts';
import { lockAtVersion, type Database, type Row, type Tx } from './database.ts';
import { findOrganisationRefs } from './organisation-repository.ts';
import { checkWorkingGroupRef } from './working-group-repository.ts';

const Q = requireStatements('meetings', [
  'create-meetings',
  'get-meeting',
  'list-meetings',
  'lock-meeting',
  'update-meeting',
  'delete-meeting',
  'lock-deleted-meeting',
  'restore-meeting',
  'list-meeting-attendance',
  'record-attendance',
  'create-attendance',
  'list-organisation-invitations',
]);

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toMeeting(p: Record<string, unknown>): Meeting {
  return {
    id: String(p.id),
    kind: String(p.kind) as Meeting['kind'],
    title: String(p.title),
    startsAt: String(p.startsAt),
    endsAt: String(p.endsAt),
    place: text(p.place),
    onlineUrl: text(p.onlineUrl),
    agenda: text(p.agenda),
    minutes: text(p.minutes),
    decisions: Array.isArray(p.decisions) ? p.decisions.map(String) : [],
    workingGroup: (p.workingGroup as Meeting['workingGroup']) ?? null,
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

function toEntry(r: Row): AttendanceEntry {
  return {
    organisation: r.organisation as OrganisationRef,
    invited: r.invited === true,
    status: (text(r.status) as AttendanceEntry['status']) ?? null,
    recordedAt: text(r.recordedAt),
    confirmedBy: text(r.confirmedBy),
  };
}

export interface MeetingRow {
  id: string;
  input: MeetingInput;
}

const meetingRow = ({ id, input }: MeetingRow) => ({
  id,
  props: meetingProps(input),
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  workingGroupId: input.workingGroupId ?? null,
});

/** Creates meetings without checking them (the API checks first; the demo data is consistent by construction). */
export async function createMeetings(tx: Tx, rows: MeetingRow[]): Promise<void> {
  await tx.run(Q['create-meetings'], { meetings: rows.map(meetingRow), timeZone: COUNCIL_TIME_ZONE });
}

/** Attendance records in bulk, for the demo data; `recordedAt` is an ISO instant or null (now). */
export async function createAttendance(
  tx: Tx,
  records: { meetingId: string; organisationId: string; status: string; recordedAt?: string | null; confirmedBy?: string | null }[],
): Promise<void> {
  await tx.run(Q['create-attendance'], { records: records.map((r) => ({ recordedAt: null, confirmedBy: null, ...r })) });
}

const meetingChange = (action: AuditAction, meeting: { id: string; title: string }, before: object | null, after: object | null): AuditChange => ({
  entityType: 'meeting',
  entityId: meeting.id,
  entityLabel: meeting.title,
  action,
  before,
  after,
});

async function getIn(tx: Tx, id: string): Promise<Meeting & { insightCount: number }> {
  const row = await tx.one(Q['get-meeting'], { id });
  if (!row) throw new NotFoundError('Meeting');
  const p = row.meeting as Record<string, unknown>;
  return { ...toMeeting(p), insightCount: Number(p.insightCount ?? 0) };
}

async function attendanceIn(tx: Tx, id: string): Promise<AttendanceEntry[]> {
  return (await tx.run(Q['list-meeting-attendance'], { id })).map(toEntry);
}

/**
 * Records attendance of organisations that exist and were invited (a plenary invites every
 * organisation), leaving the meeting's other records alone; 400 naming each refused entry. Only
 * records whose status changes are written, so "recorded at" says when a status was last set.
 */
async function recordIn(
  tx: Tx,
  meeting: { id: string; title: string },
  records: AttendanceInput[],
  confirmedBy: string | null,
  context: ChangeContext,
  action: AuditAction = 'update',
): Promise<{ created: number; updated: number; unchanged: number }> {
  const entries = await attendanceIn(tx, meeting.id);
  const byOrganisation = new Map(entries.map((e) => [e.organisation.id, e]));
  const known = new Set((await findOrganisationRefs(tx, records.map((r) => r.organisationId))).map((o) => o.id));
  const invited = new Set(entries.filter((e) => e.invited).map((e) => e.organisation.id));
  assertValid(attendanceErrors(records, known, invited));
  const changed = records.filter((r) => byOrganisation.get(r.organisationId)?.status !== r.status);
  const created = changed.filter((r) => (byOrganisation.get(r.organisationId)?.status ?? null) === null).length;
  if (changed.length) {
    await tx.run(Q['record-attendance'], { meetingId: meeting.id, records: changed, confirmedBy });
    const before = changed.map((r) => ({ organisationId: r.organisationId, status: byOrganisation.get(r.organisationId)?.status ?? null }));
    await recordChanges(tx, context, [meetingChange(action, meeting, { attendance: before }, { attendance: changed })]);
  }
  return { created, updated: changed.length - created, unchanged: records.length - changed.length };
}

export class MeetingRepository {
  constructor(private readonly db: Database) {}

  async list(query: MeetingListQuery): Promise<Page<MeetingListItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const row = await this.db.read((tx) =>
      tx.one(Q['list-meetings'], {
        workingGroup: query.workingGroup ?? null,
        kind: query.kind ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        sort: query.sort ?? 'upcoming',
        timeZone: COUNCIL_TIME_ZONE,
        skip: (page - 1) * pageSize,
        limit: pageSize,
      }),
    );
    const items = ((row?.items as Record<string, unknown>[]) ?? []).map((p) => ({
      ...toMeeting(p),
      attendanceCounts: p.attendanceCounts as MeetingListItem['attendanceCounts'],
    }));
    return { items, total: Number(row?.total ?? 0), page, pageSize };
  }

  /** Every meeting of a group (or every plenary) from a day on, oldest first: a calendar feed. */
  async calendar(filter: { workingGroup?: string; kind?: 'plenary'; from: string }): Promise<Meeting[]> {
    const { items } = await this.list({ ...filter, sort: 'date', page: 1, pageSize: 100_000 });
    return items;
  }

  async get(id: string): Promise<MeetingDetail> {
    return this.db.read(async (tx) => ({ ...(await getIn(tx, id)), attendance: await attendanceIn(tx, id) }));
  }

  async create(input: MeetingInput, context: ChangeContext): Promise<MeetingDetail> {
    return createOnce(this.db, 'Meeting', input, context, (id, mark) =>
      this.db.write(async (tx) => {
        await checkWorkingGroupRef(tx, input.workingGroupId);
        await createMeetings(tx, [{ id, input }]);
        await mark(tx);
        const created = await getIn(tx, id);
        await recordChanges(tx, context, [meetingChange('create', created, null, toMeeting(created))]);
        return { ...created, attendance: await attendanceIn(tx, id) };
      }),
      (id) => this.get(id),
    );
  }

  async update(id: string, version: number, input: MeetingInput, context: ChangeContext): Promise<MeetingDetail> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-meeting'], 'Meeting', id, version);
      const before = await getIn(tx, id);
      await checkWorkingGroupRef(tx, input.workingGroupId);
      await tx.run(Q['update-meeting'], { ...meetingRow({ id, input }), timeZone: COUNCIL_TIME_ZONE });
      const updated = await getIn(tx, id);
      await recordChanges(tx, context, [meetingChange('update', updated, toMeeting(before), toMeeting(updated))]);
      return { ...updated, attendance: await attendanceIn(tx, id) };
    });
  }

  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-meeting'], 'Meeting', id, version);
      const before = await getIn(tx, id);
      await tx.run(Q['delete-meeting'], { id, actorId: context.actor.userId });
      await recordChanges(tx, context, [meetingChange('delete', before, toMeeting(before), null)]);
    });
  }

  /** Takes a meeting out of the trash (it stays hidden while its group is in the trash). */
  async restore(id: string, context: ChangeContext): Promise<Meeting> {
    return this.db.write(async (tx) => {
      await lockAtVersion(tx, Q['lock-deleted-meeting'], 'Meeting in the trash', id, undefined);
      await tx.run(Q['restore-meeting'], { id });
      const restored = await getIn(tx, id);
      await recordChanges(tx, context, [meetingChange('restore', restored, null, toMeeting(restored))]);
      return toMeeting(restored);
    });
  }

  async attendance(id: string): Promise<AttendanceEntry[]> {
    return this.db.read(async (tx) => {
      await getIn(tx, id);
      return attendanceIn(tx, id);
    });
  }

  /** Replaces the records of the organisations given; `confirmedBy` is set when a representative confirms its own. */
  async recordAttendance(id: string, records: AttendanceInput[], confirmedBy: string | null, context: ChangeContext): Promise<AttendanceEntry[]> {
    return this.db.write(async (tx) => {
      const row = await lockAtVersion(tx, Q['lock-meeting'], 'Meeting', id, undefined);
      await recordIn(tx, { id, title: String(row.title) }, records, confirmedBy, context);
      return attendanceIn(tx, id);
    });
  }

  /**
   * An attendance import in one transaction: `decide` turns the file into records knowing the
   * organisations it names and who was invited (null for a plenary); it throws to refuse the file.
   */
  async importAttendance(
    id: string,
    refs: string[],
    decide: (organisations: OrganisationRef[], invited: Set<string> | null) => AttendanceInput[],
    context: ChangeContext,
  ): Promise<{ created: number; updated: number; unchanged: number }> {
    return this.db.write(async (tx) => {
      const row = await lockAtVersion(tx, Q['lock-meeting'], 'Meeting', id, undefined);
      const meeting = await getIn(tx, id);
      const organisations = await findOrganisationRefs(tx, refs);
      const invited = meeting.kind === 'plenary' ? null : new Set((await attendanceIn(tx, id)).filter((e) => e.invited).map((e) => e.organisation.id));
      const records = decide(organisations, invited);
      return recordIn(tx, { id, title: String(row.title) }, records, null, context, 'import');
    });
  }

  /** The meetings an organisation was invited to whose attendance was taken (404 for an unknown organisation). */
  async invitations(organisationId: string): Promise<Invitation[]> {
    return this.db.read(async (tx) => {
      const [organisation] = await findOrganisationRefs(tx, [organisationId]);
      if (!organisation || organisation.id !== organisationId) throw new NotFoundError('Organisation');
      const rows = await tx.run(Q['list-organisation-invitations'], { id: organisationId });
      return rows.map((r) => ({ day: String(r.day), status: (text(r.status) as Invitation['status']) ?? null }));
    });
  }
}
