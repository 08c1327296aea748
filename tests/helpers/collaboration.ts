// Factories for working groups, memberships, meetings, attendance and insights, made through the
// API by an agent that may (a coordinator usually).
import type { Client } from './factories.ts';
import type { GroupMember, GroupMembershipInput, InsightInput, MeetingInput, WorkingGroupDetail, WorkingGroupInput } from '../../server/schemas/working-group.ts';
import type { AttendanceEntry, MeetingDetail } from '../../server/schemas/meeting.ts';
import type { Insight } from '../../server/schemas/insight.ts';

let counter = 0;

async function expectStatus<T>(what: string, status: number, response: { statusCode: number; body: string; json(): unknown }): Promise<T> {
  if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

export function groupInput(overrides: Partial<WorkingGroupInput> = {}): WorkingGroupInput {
  counter += 1;
  return {
    name: `Werkgroep ${counter}`,
    focusDiscipline: 'theatre',
    description: { nl: 'Een werkgroep.', fr: 'Un groupe de travail.' },
    coordinatorName: 'An Coördinator',
    ...overrides,
  };
}

export async function createGroup(client: Client, overrides: Partial<WorkingGroupInput> = {}): Promise<WorkingGroupDetail> {
  return expectStatus('createGroup', 201, await client.inject({ method: 'POST', url: '/api/working-groups', payload: groupInput(overrides) }));
}

export async function addMember(
  client: Client,
  groupId: string,
  organisationId: string,
  overrides: Partial<GroupMembershipInput> = {},
): Promise<GroupMember> {
  const payload: GroupMembershipInput = { organisationId, role: 'member', joinedOn: '2023-01-01', representative: 'Sam Vertegenwoordiger', ...overrides };
  return expectStatus('addMember', 201, await client.inject({ method: 'POST', url: `/api/working-groups/${groupId}/members`, payload }));
}

export function meetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  counter += 1;
  return {
    kind: 'working-group',
    title: `Vergadering ${counter}`,
    startsAt: '2025-03-14T18:30',
    endsAt: '2025-03-14T20:30',
    place: 'Rue de la Source 112, 1060 Saint-Gilles',
    agenda: '1. Welkom\n2. Gezamenlijke programmatie',
    ...overrides,
  };
}

export async function createMeeting(client: Client, overrides: Partial<MeetingInput> = {}): Promise<MeetingDetail> {
  return expectStatus('createMeeting', 201, await client.inject({ method: 'POST', url: '/api/meetings', payload: meetingInput(overrides) }));
}

export async function recordAttendance(
  client: Client,
  meetingId: string,
  records: { organisationId: string; status: 'present' | 'excused' | 'absent' }[],
): Promise<AttendanceEntry[]> {
  return expectStatus('recordAttendance', 200, await client.inject({ method: 'PUT', url: `/api/meetings/${meetingId}/attendance`, payload: records }));
}

export function insightInput(organisationId: string, overrides: Partial<InsightInput> = {}): InsightInput {
  counter += 1;
  return {
    kind: 'lesson-learned',
    title: `Inzicht ${counter}`,
    body: 'Wat we leerden.',
    language: 'nl',
    themes: ['audiences'],
    disciplines: ['theatre'],
    organisationId,
    ...overrides,
  };
}

export async function createInsight(client: Client, organisationId: string, overrides: Partial<InsightInput> = {}): Promise<Insight> {
  return expectStatus('createInsight', 201, await client.inject({ method: 'POST', url: '/api/insights', payload: insightInput(organisationId, overrides) }));
}
