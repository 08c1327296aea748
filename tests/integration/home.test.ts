import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { brusselsWallClock } from '../../server/domain/council-time.ts';
import type { Home } from '../../server/schemas/home.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { WorkingGroupDetail } from '../../server/schemas/working-group.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { addMember, createGroup, createMeeting, recordAttendance } from '../helpers/collaboration.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, representative: BrowserAgent, leadership: BrowserAgent, strategist: BrowserAgent, admin: BrowserAgent;
let own: Organisation, neighbour: Organisation, loner: Organisation;
let ownGroup: WorkingGroupDetail, otherGroup: WorkingGroupDetail;

const DAY = 86_400_000;
/** Brussels wall-clock time `days` from now (negative: in the past). */
const wallClock = (days: number, hours = 0) => brusselsWallClock(new Date(Date.now() + days * DAY + hours * 3_600_000)).slice(0, 16);
const at = (days: number) => ({ startsAt: wallClock(days), endsAt: wallClock(days, 2) });

const home = async (agent: BrowserAgent): Promise<Home> => {
  const response = await agent.inject('/api/home');
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  own = await createOrganisation(coordinator, { name: 'Théâtre du Matin', website: 'https://matin.example', founded: 1998 });
  neighbour = await createOrganisation(coordinator, { name: 'Dansatelier Buur', disciplines: ['dance'] });
  loner = await createOrganisation(coordinator, { name: 'Zz Nouveau Venu' });
  representative = await asRole(app, 'representative', { organisationId: own.id });
  leadership = await asRole(app, 'leadership');
  strategist = await asRole(app, 'strategist');
  admin = await asRole(app, 'admin');
  ownGroup = await createGroup(coordinator, { name: 'Werkgroep Ochtend' });
  otherGroup = await createGroup(coordinator, { name: 'Werkgroep Elders' });
  await addMember(coordinator, ownGroup.id, own.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, ownGroup.id, neighbour.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, otherGroup.id, neighbour.id, { joinedOn: '2024-01-01' });
});
afterAll(async () => app?.close());

describe('GET /api/home', { timeout: 120_000 }, () => {
  it('refuses the anonymous public', async () => {
    const visitor = await asRole(app, 'public');
    expect((await visitor.inject('/api/home')).statusCode).toBe(401);
  });

  it("gives a representative its own organisation, meetings, pending confirmations and projects, and nothing of other roles'", async () => {
    const past = await createMeeting(coordinator, { workingGroupId: ownGroup.id, title: 'Terugblik', ...at(-10) });
    const soon = await createMeeting(coordinator, { workingGroupId: ownGroup.id, title: 'Volgende stappen', ...at(5) });
    const confirmed = await createMeeting(coordinator, { workingGroupId: ownGroup.id, title: 'Al bevestigd', ...at(-3) });
    const elsewhere = await createMeeting(coordinator, { workingGroupId: otherGroup.id, title: 'Niet van ons', ...at(4) });
    // A coordinator's record is not the organisation's confirmation; the representative's own is.
    await recordAttendance(coordinator, past.id, [{ organisationId: own.id, status: 'present' }]);
    const confirm = await representative.inject({
      method: 'POST',
      url: `/api/meetings/${confirmed.id}/attendance/confirm`,
      payload: { organisationId: own.id, status: 'excused' },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const ours = await createProject(coordinator, [own, neighbour], { title: 'Ochtendfestival', status: 'planned', startDate: '2027-05-01', endDate: '2027-05-31' });
    const theirs = await createProject(coordinator, [neighbour], { title: 'Alleen de buren', status: 'running', startDate: '2026-01-01', endDate: '2027-01-01' });

    const answer = await home(representative);
    expect(answer.role).toBe('representative');
    expect(answer.organisation).toMatchObject({ id: own.id, slug: own.slug, name: own.name });
    expect(answer.organisation!.completeness.missing).toContain('email');
    expect(answer.organisation!.completeness.missing).not.toContain('website');
    // The factory's organisation has a mission (in two languages) and no goals.
    expect(answer.organisation!.completeness.missing).not.toContain('mission');
    expect(answer.organisation!.completeness.missing).toContain('goals');
    expect(answer.organisation!.completeness.filled).toBe(answer.organisation!.completeness.total - answer.organisation!.completeness.missing.length);

    expect(answer.nextMeetings!.map((m) => m.id)).toContain(soon.id);
    expect(answer.nextMeetings!.map((m) => m.id)).not.toContain(elsewhere.id);
    expect(answer.nextMeetings!.map((m) => m.id)).not.toContain(past.id);

    const pending = answer.pendingConfirmations!.map((m) => m.id);
    expect(pending).toEqual([past.id, soon.id]);
    expect(answer.pendingConfirmations![0]!.status).toBe('present');

    expect(answer.projects!.map((p) => p.id)).toEqual([ours.id]);
    expect(answer.projects!.map((p) => p.id)).not.toContain(theirs.id);
    for (const block of ['meetingsMissingRecords', 'stuckProjects', 'figures', 'accounts', 'lastBackup'] as const) expect(answer[block]).toBeUndefined();
  });

  it('gives a coordinator meetings without minutes or attendance, stuck projects, new members without a group and imports', async () => {
    const noRecords = await createMeeting(coordinator, { workingGroupId: otherGroup.id, title: 'Zonder verslag', ...at(-20) });
    const complete = await createMeeting(coordinator, { workingGroupId: otherGroup.id, title: 'Alles genoteerd', minutes: 'Besproken: de zomer.', ...at(-15) });
    await recordAttendance(coordinator, complete.id, [{ organisationId: neighbour.id, status: 'present' }]);
    const minutesOnly = await createMeeting(coordinator, { workingGroupId: otherGroup.id, title: 'Wel verslag', minutes: 'Kort.', ...at(-12) });

    const stuck = await createProject(coordinator, [neighbour], { title: 'Vastgelopen', status: 'running', startDate: '2025-01-01', endDate: '2027-12-31' });
    const moving = await createProject(coordinator, [neighbour], { title: 'Vers idee', status: 'idea', startDate: null, endDate: null });
    // Four months pass for the stuck one: its creation and the audit event that gave it its status.
    await app.db.runAutoCommit(
      `MATCH (p:Project {id: $id}) SET p.createdAt = p.createdAt - duration({days: 120})
       WITH p MATCH (e:AuditEvent {entityId: $id}) SET e.at = e.at - duration({days: 120})`,
      { id: stuck.id },
    );
    const imported = await coordinator.inject({
      method: 'POST',
      url: '/api/organisations/import',
      headers: { 'content-type': 'text/csv' },
      payload: 'name,kind,commune,disciplines\nGeïmporteerd Collectief,collective,schaerbeek,music\n',
    });
    expect(imported.statusCode, imported.body).toBe(200);

    const answer = await home(coordinator);
    const missing = answer.meetingsMissingRecords!.items;
    expect(missing.find((m) => m.id === noRecords.id)).toMatchObject({ missingMinutes: true, missingAttendance: true });
    expect(missing.find((m) => m.id === minutesOnly.id)).toMatchObject({ missingMinutes: false, missingAttendance: true });
    expect(missing.map((m) => m.id)).not.toContain(complete.id);

    expect(answer.stuckProjects!.items.map((p) => p.id)).toContain(stuck.id);
    expect(answer.stuckProjects!.items.map((p) => p.id)).not.toContain(moving.id);
    expect(answer.rules.stuckAfterDays).toBe(90);

    const newcomers = answer.newMembersWithoutGroup!.items.map((o) => o.id);
    expect(newcomers).toContain(loner.id);
    expect(newcomers).not.toContain(own.id);
    expect(newcomers).not.toContain(neighbour.id);

    expect(answer.recentImports![0]).toMatchObject({ entityType: 'organisation', items: 1 });
    expect(answer.organisation).toBeUndefined();
    expect(answer.figures).toBeUndefined();
  });

  it('gives leadership and strategists the headline figures of the network', async () => {
    for (const agent of [leadership, strategist]) {
      const answer = await home(agent);
      const { figures } = answer;
      const organisations = (await coordinator.inject('/api/organisations?pageSize=1')).json() as { total: number };
      const groups = (await coordinator.inject('/api/working-groups')).json() as unknown[];
      expect(figures!.organisations.value).toBe(organisations.total);
      expect(figures!.groups.value).toBe(groups.length);
      // Own and neighbour share Ochtendfestival: one tie (a pair counts once).
      expect(figures!.ties.value).toBe(1);
      expect(figures!.projectsByStatus).toMatchObject({ planned: 1 });
      expect(answer.accounts).toBeUndefined();
      expect(answer.organisation).toBeUndefined();
    }
  });

  it('gives the admin the accounts and the last backup, which a download records', async () => {
    const before = await home(admin);
    expect(before.accounts!.byRole).toMatchObject({ coordinator: 1, representative: 1, leadership: 1, strategist: 1, admin: 1 });
    expect(before.accounts!.total).toBe(5);
    expect(before.accounts!.disabled).toBe(0);
    expect(before.lastBackup).toBeNull();

    const backup = await admin.inject('/api/admin/backup');
    expect(backup.statusCode).toBe(200);
    const counts = (backup.json() as { counts: { nodes: number; relationships: number } }).counts;
    await expect.poll(async () => (await home(admin)).lastBackup).toMatchObject(counts);
    // The record is no council data: it stays out of the next backup.
    const again = (await admin.inject('/api/admin/backup')).json() as { nodes: { labels: string[] }[] };
    expect(again.nodes.some((n) => n.labels.includes('BackupRecord'))).toBe(false);
  });
});
