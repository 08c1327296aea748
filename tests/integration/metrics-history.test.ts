// Metrics per period through the API against the real Neo4j: figures of a tiny dated graph checked
// by hand, closed periods kept as computed, a change reflected in the open period only, a late
// correction kept as reported and marked stale, exports that read back with their filters, the
// status/recompute cycle under a lease, a second instance, and who may read what.
import Papa from 'papaparse';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf, periodsOf, type Period } from '../../server/analytics/collaboration-network.ts';
import { brusselsDate } from '../../server/domain/council-time.ts';
import { RECOMPUTE_JOB } from '../../server/plugins/metrics.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { MetricsHistory, MetricsPeriod } from '../../server/schemas/metrics.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type Agent } from '../helpers/auth.ts';
import { addMember, createGroup } from '../helpers/collaboration.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';

let app: FastifyInstance;
let coordinator: Agent;
let leadership: Agent;
let a: Organisation, b: Organisation, c: Organisation, d: Organisation;
// q[0..2]: the three quarters before the current one, q[3]: the current (open) quarter.
let q: Period[];
let today: string;

const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function metrics(agent: Agent, query = ''): Promise<MetricsHistory> {
  const response = await agent.inject(`/api/metrics${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const byPeriod = (history: MetricsHistory) => new Map(history.periods.map((p) => [p.period, p]));

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  today = brusselsDate(new Date());
  const current = periodOf(today, 'quarter');
  const earlier = periodsOf(dayAfter(current.from, -250), current.from, 'quarter');
  q = earlier.slice(-4);
  expect(q[3]!.key).toBe(current.key);

  a = await createOrganisation(coordinator, { name: 'Alpha Theatre', disciplines: ['theatre'] });
  b = await createOrganisation(coordinator, { name: 'Beta Dance', disciplines: ['dance', 'theatre'] });
  c = await createOrganisation(coordinator, { name: 'Gamma Music', disciplines: ['music'] });
  d = await createOrganisation(coordinator, { name: 'Delta Heritage', disciplines: ['heritage'] });
  // q0: A-B; q0 into q1: B-C (counts in both); q1: A-B again; q2: nothing; q3 (open): nothing yet.
  await createProject(coordinator, [a, b], { title: 'First', startDate: q[0]!.from, endDate: dayAfter(q[0]!.from, 10) });
  await createProject(coordinator, [b, c], { title: 'Across', startDate: dayAfter(q[0]!.to, -5), endDate: dayAfter(q[1]!.from, 5), disciplines: ['dance', 'music'] });
  await createProject(coordinator, [a, b], { title: 'Again', startDate: dayAfter(q[1]!.from, 20), endDate: dayAfter(q[1]!.from, 30) });
});
afterAll(async () => app?.close());

describe('figures per period of a tiny dated graph, checked by hand', () => {
  it('has every quarter from the first activity to today, the last one open', async () => {
    const history = await metrics(leadership);
    expect(history.granularity).toBe('quarter');
    expect(history.filters).toEqual({ discipline: null, workingGroup: null, commune: null, tie: null });
    expect(history.periods.map((p) => p.period)).toEqual(q.map((p) => p.key));
    expect(history.periods.map((p) => p.closed)).toEqual([true, true, true, false]);
    const [q0, q1, q2, q3] = history.periods as [MetricsPeriod, MetricsPeriod, MetricsPeriod, MetricsPeriod];
    // q0: A-B and B-C; D, entered today without any activity, counts from today's quarter only.
    expect(q0.network).toMatchObject({ organisations: 3, ties: 2, isolated: 0, components: 1, largestComponentSize: 3, newTies: null, lastingTies: null, lostTies: null });
    expect(q0.network.density).toBeCloseTo(2 / 3, 12);
    expect(q0.network.meanDegree).toBeCloseTo(4 / 3, 12);
    expect(q0.network.jointProjectShare).toBe(1);
    expect(q0.network.transitivity).toBe(0);
    // Main disciplines theatre-dance and dance-music: both ties cross disciplines.
    expect(q0.network.crossDisciplineShare).toBe(1);
    // q1: the same two ties, both lasting.
    expect(q1.network).toMatchObject({ ties: 2, newTies: 0, lastingTies: 2, lostTies: 0 });
    // q2: nobody worked together; both ties lost.
    expect(q2.network).toMatchObject({ organisations: 3, ties: 0, isolated: 3, newTies: 0, lastingTies: 0, lostTies: 2, jointProjectShare: 0 });
    expect(q3.network).toMatchObject({ organisations: 4, ties: 0, isolated: 4, lostTies: 0 });
  });

  it('gives the per-organisation table of a period: B is the broker of q0', async () => {
    const response = await leadership.inject(`/api/metrics/organisations?period=${q[0]!.key}&sort=betweenness&order=desc`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 3, page: 1, period: { period: q[0]!.key, closed: true } });
    // Equal betweenness: by name.
    expect(page.items.map((r: { name: string }) => r.name)).toEqual(['Beta Dance', 'Alpha Theatre', 'Gamma Music']);
    const beta = page.items[0];
    // The one pair without B (A, C) goes through B: normalised by (n-1)(n-2)/2 = 1 pair, 1.
    expect(beta).toMatchObject({ id: b.id, slug: b.slug, degree: 2, weightedDegree: 2, betweennessRank: 1, disciplinesConnected: 2, mainDiscipline: 'dance' });
    expect(beta.betweenness).toBeCloseTo(1, 12);
    expect(page.items[1]).toMatchObject({ id: a.id, degree: 1, betweenness: 0, betweennessRank: 2, clustering: 0 });
    const byName = await leadership.inject(`/api/metrics/organisations?period=${q[0]!.key}&sort=name&q=ALPHA`);
    expect(byName.json().items.map((r: { id: string }) => r.id)).toEqual([a.id]);
    const paged = (await leadership.inject(`/api/metrics/organisations?period=${q[0]!.key}&sort=degree&page=2&pageSize=2`)).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((r: { id: string }) => r.id)).toEqual([c.id]);
  });

  it('gives one organisation its figures over time, with the network size', async () => {
    const response = await leadership.inject(`/api/organisations/${b.id}/metrics`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.organisation).toEqual({ id: b.id, slug: b.slug, name: 'Beta Dance' });
    expect(body.periods.map((p: { period: string; degree: number; organisations: number }) => [p.period, p.degree, p.organisations])).toEqual([
      [q[0]!.key, 2, 3],
      [q[1]!.key, 2, 3],
      [q[2]!.key, 0, 3],
      [q[3]!.key, 0, 4],
    ]);
    expect((await leadership.inject(`/api/organisations/${b.id}/metrics?granularity=year`)).statusCode).toBe(200);
  });

  it('filters: a discipline, a tie kind, periods by date', async () => {
    const theatre = await metrics(leadership, '?discipline=theatre');
    // A and B work in theatre; their tie A-B in q0 and q1.
    expect(theatre.filters.discipline).toBe('theatre');
    expect(theatre.periods.map((p) => [p.network.organisations, p.network.ties])).toEqual([[2, 1], [2, 1], [2, 0], [2, 0]]);
    const meetings = await metrics(leadership, '?tie=meeting,group');
    expect(meetings.filters.tie).toEqual(['group', 'meeting']);
    expect(meetings.periods.every((p) => p.network.ties === 0)).toBe(true);
    const some = await metrics(leadership, `?from=${q[1]!.from}&to=${q[2]!.to}`);
    expect(some.periods.map((p) => p.period)).toEqual([q[1]!.key, q[2]!.key]);
    const unknownGroup = await leadership.inject('/api/metrics?workingGroup=00000000-0000-4000-8000-000000000000');
    expect(unknownGroup.statusCode).toBe(404);
    const years = await metrics(leadership, '?granularity=year');
    expect(years.periods.at(-1)).toMatchObject({ period: today.slice(0, 4), closed: false });
  });
});

describe('history kept', () => {
  it('recomputing leaves closed periods exactly as they were computed', async () => {
    const before = await metrics(leadership);
    const recompute = await leadership.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} });
    expect(recompute.statusCode, recompute.body).toBe(202);
    await app.metrics.idle();
    const after = await metrics(leadership);
    expect(after.periods.filter((p) => p.closed)).toEqual(before.periods.filter((p) => p.closed));
    // The open period was computed again (same figures, a later time).
    const open = (h: MetricsHistory) => h.periods.find((p) => !p.closed)!;
    expect(open(after).network).toEqual(open(before).network);
    expect(open(after).computedAt >= open(before).computedAt).toBe(true);
  });

  it('a data change is reflected in the open period only', async () => {
    const before = byPeriod(await metrics(leadership));
    await createProject(coordinator, [c, d], { title: 'Now', startDate: q[3]!.from, endDate: q[3]!.from, disciplines: ['music'] });
    const after = byPeriod(await metrics(leadership));
    expect(after.get(q[3]!.key)!.network).toMatchObject({ ties: 1, newTies: 1, lostTies: 0, isolated: 2 });
    for (const p of q.slice(0, 3)) expect(after.get(p.key)).toEqual(before.get(p.key));
  });

  it('a late correction or deletion keeps a closed period as reported, marked stale; undoing it clears the mark', async () => {
    const before = byPeriod(await metrics(leadership));
    const late = await createProject(coordinator, [a, d], { title: 'Late entry', startDate: dayAfter(q[2]!.from, 3), endDate: dayAfter(q[2]!.from, 4) });
    const after = byPeriod(await metrics(leadership));
    const q2 = after.get(q[2]!.key)!;
    expect(q2.stale).toBe(true);
    expect(q2.network).toEqual(before.get(q[2]!.key)!.network);
    expect(q2.computedAt).toBe(before.get(q[2]!.key)!.computedAt);
    expect(after.get(q[0]!.key)!.stale).toBe(false);
    // The open period compares with the corrected q2: A-D was there, now lost.
    expect(after.get(q[3]!.key)!.network).toMatchObject({ lostTies: 1 });

    expect((await coordinator.inject({ method: 'DELETE', url: `/api/projects/${late.id}` })).statusCode).toBe(204);
    const undone = byPeriod(await metrics(leadership));
    expect(undone.get(q[2]!.key)).toEqual({ ...before.get(q[2]!.key)!, stale: false });
  });
});

describe('exports', () => {
  it('CSV and JSON of the periods round-trip with their filters', async () => {
    const query = '?discipline=theatre&tie=project';
    const json = await metrics(leadership, query);
    const csv = await leadership.inject(`/api/metrics/export.csv${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="metrics-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(json.periods.length);
    rows.forEach((row, i) => {
      const p = json.periods[i]!;
      expect(row).toMatchObject({ period: p.period, from: p.from, to: p.to, closed: String(p.closed), filter_discipline: 'theatre', filter_tie: 'project', filter_commune: '', filter_working_group: '', granularity: 'quarter' });
      expect(Number(row.density)).toBe(p.network.density);
      expect(Number(row.ties)).toBe(p.network.ties);
      expect(row.newTies === '' ? null : Number(row.newTies)).toBe(p.network.newTies);
    });
    const file = await leadership.inject(`/api/metrics/export.json${query}`);
    expect(file.headers['content-disposition']).toMatch(/\.json"$/);
    expect(JSON.parse(file.body)).toEqual(json);
  });

  it('the organisation table and one organisation’s history round-trip, formula-safe', async () => {
    const formula = await createOrganisation(coordinator, { name: '=HYPERLINK("x") Org', disciplines: ['theatre'] });
    const query = `?period=${q[3]!.key}&discipline=theatre&sort=name`;
    const table = (await leadership.inject(`/api/metrics/organisations/export.json${query}`)).json();
    expect(table.filters).toEqual({ discipline: 'theatre', workingGroup: null, commune: null, tie: null });
    expect(table.items.map((r: { id: string }) => r.id).sort()).toEqual([a.id, b.id, formula.id].sort());
    const csv = await leadership.inject(`/api/metrics/organisations/export.csv${query}`);
    const rows = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(table.items.map((r: { id: string }) => r.id));
    expect(rows.find((r) => r.id === formula.id)!.name).toBe(`'${formula.name}`);
    for (const row of rows) {
      const item = table.items.find((r: { id: string }) => r.id === row.id);
      expect(Number(row.betweenness)).toBe(item.betweenness);
      expect(row).toMatchObject({ period: q[3]!.key, filter_discipline: 'theatre', granularity: 'quarter' });
    }
    const history = (await leadership.inject(`/api/organisations/${a.id}/metrics`)).json();
    const own = Papa.parse<Record<string, string>>((await leadership.inject(`/api/organisations/${a.id}/metrics/export.csv`)).body, { header: true, skipEmptyLines: true }).data;
    expect(own.map((r) => [r.period, Number(r.degree), r.organisationId])).toEqual(history.periods.map((p: { period: string; degree: number }) => [p.period, p.degree, a.id]));
    const ownJson = JSON.parse((await leadership.inject(`/api/organisations/${a.id}/metrics/export.json`)).body);
    expect(ownJson).toMatchObject({ filters: { discipline: null }, organisation: { id: a.id }, periods: history.periods });
  });
});

describe('background recomputation', () => {
  it('reports its progress; one instance at a time under a lease; a second instance sees the same snapshots', async () => {
    const started = await leadership.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ holder: app.metrics.holder, lastError: null });
    await app.metrics.idle();
    const status = (await leadership.inject('/api/metrics/status')).json();
    const years = new Set(q.map((p) => p.key.slice(0, 4))).size;
    expect(status).toMatchObject({ running: false, done: 4 + years, total: 4 + years, holder: app.metrics.holder, lastError: null });
    expect(Date.parse(status.finishedAt)).toBeGreaterThanOrEqual(Date.parse(status.startedAt));

    const second = await buildTestApp({}, { keepData: true });
    try {
      const other = await asRole(second, 'strategist');
      expect((await other.inject('/api/metrics/status')).json()).toEqual(status);
      const mine = await metrics(leadership);
      expect(await metrics(other)).toEqual(mine);

      // Someone else holds the lease: the second instance does not start a run of its own.
      expect(await app.metrics.repository.acquireLease(RECOMPUTE_JOB, 'another-instance', 60, 0)).toBe(true);
      const refused = (await other.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} })).json();
      expect(refused).toMatchObject({ running: true, holder: 'another-instance' });
      await second.metrics.idle();
      expect((await metrics(other)).periods.filter((p) => p.closed)).toEqual(mine.periods.filter((p) => p.closed));
      // The holder stops; now the second instance may run it.
      await app.metrics.repository.finishJob(RECOMPUTE_JOB, 'another-instance', 0, 0, null);
      const taken = (await other.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} })).json();
      expect(taken.holder).toBe(second.metrics.holder);
      await second.metrics.idle();
      expect((await leadership.inject('/api/metrics/status')).json()).toMatchObject({ running: false, holder: second.metrics.holder, lastError: null });
    } finally {
      await second.close();
    }
  });
});

describe('permissions', () => {
  it('a representative reads only its own organisation’s figures; the public nothing', async () => {
    const representative = await asRole(app, 'representative', { organisationId: a.id });
    expect((await representative.inject(`/api/organisations/${a.id}/metrics`)).statusCode).toBe(200);
    expect((await representative.inject(`/api/organisations/${a.id}/metrics/export.csv`)).statusCode).toBe(200);
    const other = await representative.inject(`/api/organisations/${b.id}/metrics`);
    expect(other.statusCode).toBe(404);
    expect((await representative.inject('/api/metrics')).statusCode).toBe(403);
    expect((await representative.inject('/api/metrics/organisations')).statusCode).toBe(403);
    const visitor = await asRole(app, 'public');
    expect((await visitor.inject('/api/metrics')).statusCode).toBe(401);
    expect((await visitor.inject(`/api/organisations/${a.id}/metrics`)).statusCode).toBe(401);
    const coordinatorRecompute = await coordinator.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} });
    expect(coordinatorRecompute.statusCode).toBe(403);
    expect((await coordinator.inject('/api/metrics/status')).statusCode).toBe(200);
  });
});

describe('a working group’s view', () => {
  it('measures the members of the group during each period', async () => {
    const group = await createGroup(coordinator, { name: 'Metrics circle' });
    await addMember(coordinator, group.id, a.id, { joinedOn: q[1]!.from, leftOn: q[1]!.to });
    await addMember(coordinator, group.id, c.id, { joinedOn: q[1]!.from });
    const view = byPeriod(await metrics(leadership, `?workingGroup=${group.id}`));
    expect(view.get(q[0]!.key)!.network).toMatchObject({ organisations: 0, ties: 0 });
    // q1: A and C, tied by the group they share (0.5).
    expect(view.get(q[1]!.key)!.network).toMatchObject({ organisations: 2, ties: 1, isolated: 0 });
    expect(view.get(q[2]!.key)!.network).toMatchObject({ organisations: 1, ties: 0 });
    const projectsOnly = byPeriod(await metrics(leadership, `?workingGroup=${group.id}&tie=project`));
    expect(projectsOnly.get(q[1]!.key)!.network).toMatchObject({ organisations: 2, ties: 0 });
    const table = (await leadership.inject(`/api/metrics/organisations?workingGroup=${group.id}&period=${q[1]!.key}&sort=name`)).json();
    expect(table.items.map((r: { id: string; weightedDegree: number }) => [r.id, r.weightedDegree])).toEqual([
      [a.id, 0.5],
      [c.id, 0.5],
    ]);
  });
});
