// Strategy goals through the real app: baseline from the data, status and its history, validation,
// roles, audit, trash and restore, exports with their filters, the KPI series, the leadership overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting, recordAttendance } from '../helpers/collaboration.ts';
import { createGoal, goalInput } from '../helpers/goals.ts';
import { quarterBounds } from '../../server/domain/home.ts';
import { brusselsToday } from '../../server/domain/council-time.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { GoalDetail } from '../../server/schemas/goal.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, strategist: BrowserAgent, leadership: BrowserAgent, admin: BrowserAgent, representative: BrowserAgent;
let a: Organisation, b: Organisation, c: Organisation, d: Organisation;
let group: { id: string };

// Four members of one group from 2024; A and B share a project in the first quarter of 2024 (share
// 2/4 = 0.5), nobody in the second (0), and all four one in the quarter under way (1).
beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  strategist = await asRole(app, 'strategist');
  leadership = await asRole(app, 'leadership');
  admin = await asRole(app, 'admin');
  a = await createOrganisation(coordinator, { name: 'Théâtre Amont', disciplines: ['theatre'] });
  b = await createOrganisation(coordinator, { name: 'Muziekhuis Brug', disciplines: ['music'] });
  c = await createOrganisation(coordinator, { name: 'Compagnie Danse C', disciplines: ['dance'] });
  d = await createOrganisation(coordinator, { name: 'Dansatelier D', disciplines: ['dance'] });
  representative = await asRole(app, 'representative', { organisationId: a.id });
  group = await createGroup(coordinator, { name: 'Strategie', slug: 'strategie' });
  for (const o of [a, b, c, d]) await addMember(coordinator, group.id, o.id, { joinedOn: '2024-01-01' });
  await createProject(coordinator, [a, b], { title: 'Duo', startDate: '2024-01-10', endDate: '2024-03-20' });
  const { quarterStart, nextQuarterStart } = quarterBounds(brusselsToday());
  const quarterEnd = new Date(Date.parse(`${nextQuarterStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await createProject(coordinator, [a, b, c, d], { title: 'Quartet', status: 'running', startDate: quarterStart, endDate: quarterEnd });
  // Two of four invited were present at the group's meeting in March 2024.
  const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2024-03-14T18:30', endsAt: '2024-03-14T20:30' });
  await recordAttendance(coordinator, meeting.id, [
    { organisationId: a.id, status: 'present' },
    { organisationId: b.id, status: 'present' },
    { organisationId: c.id, status: 'absent' },
  ]);
});
afterAll(async () => app?.close());

const fieldCodes = (body: { errors?: { field?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);

describe('GET /api/kpis', () => {
  it('lists the catalogue: network figures of the engine and the attendance rate', async () => {
    const response = await leadership.inject('/api/kpis');
    expect(response.statusCode).toBe(200);
    const ids = (response.json() as { id: string }[]).map((k) => k.id);
    expect(ids).toEqual(expect.arrayContaining(['jointProjectShare', 'crossDisciplineShare', 'isolatedShare', 'density', 'attendanceRate']));
  });

  it('answers a KPI per quarter, filtered by discipline or group', async () => {
    const all = (await strategist.inject('/api/kpis/jointProjectShare')).json() as GoalDetail;
    const q = (from: string) => all.points.find((p) => p.from === from);
    expect(q('2024-01-01')).toMatchObject({ at: '2024-03-31', value: 0.5, n: 4 });
    expect(q('2024-04-01')).toMatchObject({ value: 0 });
    expect(all.points.at(-1)).toMatchObject({ at: brusselsToday(), value: 1 });
    const dance = (await strategist.inject('/api/kpis/jointProjectShare?discipline=dance')).json() as GoalDetail;
    expect(dance.points.find((p) => p.from === '2024-01-01')).toMatchObject({ value: 0, n: 2 });
    const attendance = (await strategist.inject(`/api/kpis/attendanceRate?workingGroup=${group.id}`)).json() as GoalDetail;
    expect(attendance.points).toEqual([{ at: '2024-03-31', from: '2024-01-01', value: 0.5, n: 4 }]);
  });

  it('refuses an unknown KPI with 400 and an unknown group with 404', async () => {
    expect((await strategist.inject('/api/kpis/happiness')).statusCode).toBe(400);
    expect((await strategist.inject('/api/kpis/density?workingGroup=6f1c0f4e-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('exports a series as CSV and JSON with the filters in force', async () => {
    const csv = await strategist.inject('/api/kpis/jointProjectShare/export.csv?discipline=dance');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="kpi-jointProjectShare-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = Papa.parse<Record<string, string>>(csv.body.trim(), { header: true }).data;
    expect(rows[0]).toMatchObject({ kpi: 'jointProjectShare', filter_discipline: 'dance', filter_working_group: '' });
    const json = await strategist.inject('/api/kpis/jointProjectShare/export.json?discipline=dance');
    expect(json.json()).toMatchObject({ filters: { discipline: 'dance', workingGroup: null } });
  });
});

describe('POST /api/goals', () => {
  it('takes the baseline from the data on the baseline day and states the status with its history', async () => {
    const response = await strategist.inject({ method: 'POST', url: '/api/goals', payload: goalInput({ title: 'Half the members in a joint project', baselineDate: '2024-02-01', target: 1 }) });
    expect(response.statusCode, response.body).toBe(201);
    const goal = response.json() as GoalDetail;
    expect(goal).toMatchObject({ baselineValue: 0.5, target: 1, unit: 'share', status: 'on-track', version: 1 });
    // Today all four are in a project: the whole way covered, ahead of the path.
    expect(goal.current).toMatchObject({ value: 1, progress: 1, status: 'on-track' });
    // The second quarter of 2024 fell back to nobody: off track then.
    expect(goal.history.find((h) => h.at === '2024-06-30')).toMatchObject({ value: 0, progress: -1, status: 'off-track' });
    expect(goal.history[0]!.at >= '2024-02-01').toBe(true);
    expect(goal.rule).toEqual({ onTrackTolerance: 0.1, atRiskTolerance: 0.25 });
  });

  it('measures a goal on a discipline or a working group', async () => {
    expect((await createGoal(strategist, { discipline: 'dance', baselineDate: '2024-02-01' })).baselineValue).toBe(0);
    const g = await createGoal(strategist, { kpi: 'attendanceRate', workingGroupId: group.id, baselineDate: '2024-03-31', target: 0.8 });
    expect(g).toMatchObject({ baselineValue: 0.5, workingGroup: { id: group.id, name: 'Strategie' } });
  });

  it.each([
    [{ kpi: 'happiness' }, 'kpi:unknown-kpi'],
    [{ baselineDate: '2019-01-01' }, 'baselineDate:no-baseline'],
    [{ baselineDate: '2099-01-01', deadline: '2100-01-01' }, 'baselineDate:baseline-in-future'],
    [{ deadline: '2024-01-01' }, 'deadline:deadline-before-baseline'],
    [{ discipline: 'dance', workingGroupId: '6f1c0f4e-0000-4000-8000-000000000000' }, 'workingGroupId:one-filter'],
    [{ workingGroupId: '6f1c0f4e-0000-4000-8000-000000000000' }, 'workingGroupId:unknown-working-group'],
  ])('refuses %j naming the field, and writes nothing', async (overrides, code) => {
    const before = (await strategist.inject('/api/goals')).json().items.length;
    const response = await strategist.inject({ method: 'POST', url: '/api/goals', payload: goalInput(overrides) });
    expect(response.statusCode).toBe(400);
    expect(fieldCodes(response.json()).join(' ')).toContain(code.split(':')[0]);
    if (!code.endsWith('unknown-working-group')) expect(fieldCodes(response.json())).toContain(code);
    expect((await strategist.inject('/api/goals')).json().items.length).toBe(before);
  });

  it('is for strategists: leadership and coordinators read goals, a representative not at all', async () => {
    expect((await coordinator.inject({ method: 'POST', url: '/api/goals', payload: goalInput() })).statusCode).toBe(403);
    expect((await leadership.inject({ method: 'POST', url: '/api/goals', payload: goalInput() })).statusCode).toBe(403);
    expect((await leadership.inject('/api/goals')).statusCode).toBe(200);
    expect((await representative.inject('/api/goals')).statusCode).toBe(403);
  });
});

describe('PUT and DELETE /api/goals/:id', () => {
  it('replaces a goal at the version read, audited, and refuses a stale version', async () => {
    const goal = await createGoal(strategist, { title: 'Denser network' });
    const { id, version } = goal;
    const edited = await strategist.inject({ method: 'PUT', url: `/api/goals/${id}`, payload: { ...goalInput({ title: 'A denser network', target: 0.95 }), version } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'A denser network', target: 0.95, version: 2 });
    const stale = await strategist.inject({ method: 'PUT', url: `/api/goals/${id}`, payload: { ...goalInput(), version } });
    expect(stale.statusCode).toBe(409);
    const audit = (await admin.inject(`/api/audit?entityType=goal&entityId=${id}`)).json() as { items: { action: string; after: { title: string } | null }[] };
    expect(audit.items.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit.items[0]!.after?.title).toBe('A denser network');
  });

  it('moves a goal to the trash, from where the admin restores it whole', async () => {
    const goal = await createGoal(strategist, { title: 'Fewer isolated members', kpi: 'isolatedShare', target: 0 });
    expect((await strategist.inject({ method: 'DELETE', url: `/api/goals/${goal.id}` })).statusCode).toBe(204);
    expect((await strategist.inject(`/api/goals/${goal.id}`)).statusCode).toBe(404);
    expect((await strategist.inject('/api/goals')).json().items.map((g: { id: string }) => g.id)).not.toContain(goal.id);
    const trash = (await admin.inject('/api/trash?entityType=goal')).json() as { id: string; label: string }[];
    expect(trash).toContainEqual(expect.objectContaining({ id: goal.id, label: 'Fewer isolated members' }));
    const restored = await admin.inject({ method: 'POST', url: `/api/trash/goal/${goal.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ id: goal.id, baselineValue: goal.baselineValue, target: 0 });
    expect((await strategist.inject(`/api/goals/${goal.id}`)).statusCode).toBe(200);
  });
});

describe('goal exports', () => {
  it('writes the goals as CSV with the list filters as columns, and as JSON with each history', async () => {
    const csv = await strategist.inject('/api/goals/export.csv?status=on-track');
    expect(csv.statusCode).toBe(200);
    const rows = Papa.parse<Record<string, string>>(csv.body.trim(), { header: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ status: 'on-track', filter_status: 'on-track', filter_kpi: '' });
    expect(rows.map((r) => r.title)).toContain('Half the members in a joint project');
    const json = (await strategist.inject('/api/goals/export.json?kpi=attendanceRate')).json() as { filters: object; items: GoalDetail[] };
    expect(json.filters).toEqual({ status: null, kpi: 'attendanceRate' });
    expect(json.items.map((g) => g.kpi)).toEqual(['attendanceRate']);
    expect(json.items[0]!.history.length).toBeGreaterThan(0);
  });
});

describe('the leadership overview in GET /api/home', () => {
  it('carries the headline KPIs with their latest quarters, the goals and the last quarter’s changes', async () => {
    const home = (await leadership.inject('/api/home')).json();
    const headline = home.strategy.headline as { kpi: { id: string }; points: unknown[]; goal: { title: string } | null }[];
    expect(headline.map((h) => h.kpi.id).slice(0, 4)).toEqual(['jointProjectShare', 'crossDisciplineShare', 'isolatedShare', 'attendanceRate']);
    expect(headline[0]!.points.length).toBeGreaterThan(1);
    expect(headline[0]!.points.length).toBeLessThanOrEqual(8);
    expect(headline[0]!.goal).not.toBeNull();
    expect(home.strategy.goals.length).toBeGreaterThan(0);
    expect(home.strategy.changes).toMatchObject({ brokerTop: 10 });
    expect((await coordinator.inject('/api/home')).json().strategy).toBeUndefined();
  });
});

describe('backup', () => {
  it('carries the goals', async () => {
    const backup = await admin.inject('/api/admin/backup');
    expect(backup.statusCode).toBe(200);
    expect(backup.body).toContain('"labels":["Goal"]');
    expect(backup.body).toContain('Half the members in a joint project');
  });
});
