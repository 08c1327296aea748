import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject, projectInput } from '../helpers/factories.ts';
import { createGroup } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';
import type { WorkingGroupDetail } from '../../server/schemas/working-group.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, strategist: BrowserAgent, admin: BrowserAgent;
let lead: Organisation, partner: Organisation;
let group: WorkingGroupDetail;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  strategist = await asRole(app, 'strategist');
  admin = await asRole(app, 'admin');
  lead = await createOrganisation(coordinator, { name: 'Lead Theatre', slug: 'lead-theatre' });
  partner = await createOrganisation(coordinator, { name: 'Partner Dance', slug: 'partner-dance', disciplines: ['dance'] });
  await createOrganisation(coordinator, { name: 'Third Music', slug: 'third-music', disciplines: ['music'] });
  group = await createGroup(coordinator, { name: 'Werkgroep Podium', slug: 'werkgroep-podium' });
});
afterAll(async () => app?.close());

const codes = (body: { errors?: { field?: string; row?: number; column?: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => (e.row ? `${e.row}:${e.column}:${e.code}` : `${e.field}:${e.code}`));

describe('projects born in a working group', () => {
  it('keep their group and the disciplines they still need partners in, and the lists filter on both', async () => {
    const project = await createProject(coordinator, [lead, partner], { title: 'Born in the group', workingGroupId: group.id, needsPartnersIn: ['music', 'film'] });
    expect(project).toMatchObject({ workingGroup: { id: group.id, slug: 'werkgroep-podium', name: 'Werkgroep Podium' }, needsPartnersIn: ['music', 'film'] });
    const elsewhere = await createProject(coordinator, [partner], { title: 'Born elsewhere' });
    expect(elsewhere).toMatchObject({ workingGroup: null, needsPartnersIn: [] });
    const ids = async (query: string) => (await strategist.inject(`/api/projects?${query}`)).json().items.map((p: Project) => p.id);
    expect(await ids('workingGroup=werkgroep-podium')).toEqual([project.id]);
    expect(await ids(`workingGroup=${group.id}`)).toEqual([project.id]);
    expect(await ids('needsPartnersIn=music')).toEqual([project.id]);
    expect((await strategist.inject(`/api/working-groups/${group.id}`)).json().projectCount).toBe(1);

    const moved = await coordinator.inject({ method: 'PUT', url: `/api/projects/${project.id}`, payload: { ...projectInput([lead, partner], { title: 'Born in the group', workingGroupId: null }), version: 1 } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ workingGroup: null, needsPartnersIn: [] });
  });

  it('refuses an unknown working group and an unknown discipline needed, with 400', async () => {
    const unknownGroup = await coordinator.inject({ method: 'POST', url: '/api/projects', payload: projectInput([lead], { workingGroupId: randomUUID() }) });
    expect(unknownGroup.statusCode).toBe(400);
    expect(codes(unknownGroup.json())).toContain('workingGroupId:unknown-working-group');
    const badNeed = await coordinator.inject({ method: 'POST', url: '/api/projects', payload: projectInput([lead], { needsPartnersIn: ['opera' as never] }) });
    expect(badNeed.statusCode).toBe(400);
  });
});

describe('POST /api/projects/:id/status', () => {
  const move = async (project: { id: string }, status: string, version: number) =>
    coordinator.inject({ method: 'POST', url: `/api/projects/${project.id}/status`, payload: { status, version } });

  it('walks a project along its life cycle, one step forward or back, and records each move', async () => {
    const project = await createProject(coordinator, [lead, partner], { title: 'On the board', status: 'idea', startDate: '2025-09-01', endDate: null });
    let version = project.version;
    for (const status of ['planned', 'running', 'completed', 'running', 'completed']) {
      const response = await move(project, status, version);
      expect(response.statusCode, status).toBe(200);
      expect(response.json().status).toBe(status);
      version = response.json().version;
    }
    const same = await move(project, 'completed', version);
    expect(same.json().version).toBe(version);
    const history = (await admin.inject(`/api/audit?entityType=project&entityId=${project.id}`)).json().items;
    expect(history.filter((e: { action: string }) => e.action === 'update')).toHaveLength(5);
  });

  it('refuses moves its life cycle does not allow with 400 invalid-transition, changing nothing', async () => {
    const project = await createProject(coordinator, [lead], { title: 'Jumpy', status: 'idea', startDate: '2025-01-01', endDate: null });
    for (const status of ['running', 'completed']) {
      const response = await move(project, status, project.version);
      expect(response.statusCode, status).toBe(400);
      expect(response.json().code).toBe('invalid-transition');
      expect(codes(response.json())).toEqual(['status:invalid-transition']);
    }
    expect((await strategist.inject(`/api/projects/${project.id}`)).json()).toMatchObject({ status: 'idea', version: project.version });
  });

  it('cancels from anywhere, revives a cancelled project only as an idea', async () => {
    const project = await createProject(coordinator, [lead], { title: 'Cancelled and back', status: 'running', startDate: '2025-01-01', endDate: null });
    const cancelled = (await move(project, 'cancelled', project.version)).json();
    expect(cancelled.status).toBe('cancelled');
    expect((await move(project, 'running', cancelled.version)).json().code).toBe('invalid-transition');
    expect((await move(project, 'idea', cancelled.version)).json().status).toBe('idea');
  });

  it('needs a start date from planned on, a current version, a known status and project', async () => {
    const idea = await createProject(coordinator, [lead], { title: 'Undated idea', status: 'idea', startDate: null, endDate: null });
    const undated = await move(idea, 'planned', idea.version);
    expect(undated.statusCode).toBe(400);
    expect(undated.json().code).toBe('start-date-required');
    expect((await move(idea, 'cancelled', idea.version)).statusCode).toBe(200);
    expect((await move(idea, 'idea', idea.version)).statusCode).toBe(409);
    expect((await move(idea, 'finished', 2)).statusCode).toBe(400);
    expect((await move({ id: randomUUID() }, 'planned', 1)).statusCode).toBe(404);
    const representative = await asRole(app, 'representative', { organisationId: lead.id });
    const refused = await representative.inject({ method: 'POST', url: `/api/projects/${idea.id}/status`, payload: { status: 'idea', version: 2 } });
    expect(refused.statusCode).toBe(403);
  });
});

describe('project CSV', () => {
  const importCsv = (body: string) => coordinator.inject({ method: 'POST', url: '/api/projects/import', headers: { 'content-type': 'text/csv' }, payload: body });
  const total = async () => (await strategist.inject('/api/projects')).json().total as number;
  const HEADER = 'title,kind,status,start_date,end_date,budget,disciplines,lead,partners,working_group,needs_partners_in';

  it('creates every row of a good file, with slugs resolved, and reads the file back unchanged', async () => {
    const body = [
      HEADER,
      `Zomerfestival,festival,planned,2026-07-01,2026-07-05,12000,music;dance,lead-theatre,partner-dance;third-music,werkgroep-podium,film`,
      `"Atelier ""Ouvert""",workshop,idea,,,,visual-arts,third-music,,,`,
    ].join('\r\n');
    const response = await importCsv(body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const festival = (await strategist.inject('/api/projects?workingGroup=werkgroep-podium&status=planned')).json().items.find((p: Project) => p.title === 'Zomerfestival');
    expect(festival).toMatchObject({
      kind: 'festival',
      startDate: '2026-07-01',
      budget: 12000,
      disciplines: ['music', 'dance'],
      needsPartnersIn: ['film'],
      partners: [{ slug: 'lead-theatre', role: 'lead' }, { slug: 'partner-dance', role: 'partner' }, { slug: 'third-music', role: 'partner' }],
    });

    const exported = await strategist.inject('/api/projects/export.csv?workingGroup=werkgroep-podium');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="projects-\d{4}-\d\d-\d\d\.csv"$/);
    const rows = Papa.parse<Record<string, string>>(exported.body, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.title === 'Zomerfestival')).toMatchObject({ id: festival.id, lead: 'lead-theatre', partners: 'partner-dance;third-music', working_group: 'werkgroep-podium' });
    const again = await importCsv(exported.body);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: rows.length });
  });

  it('updates the project a row names by id', async () => {
    const project = await createProject(coordinator, [lead, partner], { title: 'To be renamed', status: 'planned', startDate: '2025-05-01', endDate: null });
    const body = `id,${HEADER}\n${project.id},Renamed by file,performance,running,2025-05-01,,,theatre,lead-theatre,partner-dance,,\n`;
    expect((await importCsv(body)).json()).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0 });
    expect((await strategist.inject(`/api/projects/${project.id}`)).json()).toMatchObject({ title: 'Renamed by file', status: 'running', version: 2 });
  });

  it('refuses the whole file with a row, column and reason for each bad row, writing nothing', async () => {
    const before = await total();
    const deleted = await createProject(coordinator, [lead], { title: 'In the trash' });
    await coordinator.inject({ method: 'DELETE', url: `/api/projects/${deleted.id}` });
    const body = [
      `id,${HEADER}`,
      `,Good row,workshop,idea,,,,theatre,lead-theatre,,,`,
      `,Unknown lead,workshop,idea,,,,theatre,nobody-here,,,`,
      `,Backwards,workshop,planned,2025-05-01,2025-04-01,,theatre,lead-theatre,,,`,
      `,Bad kind,spaceship,idea,,,,theatre,lead-theatre,,,`,
      `,Bad date,workshop,planned,2025-02-30,,,theatre,lead-theatre,,,`,
      `,Unknown group,workshop,idea,,,,theatre,lead-theatre,,no-such-group,`,
      `,Partner twice,workshop,idea,,,,theatre,lead-theatre,lead-theatre,,`,
      `,No start,workshop,running,,,,theatre,lead-theatre,,,`,
      `${deleted.id},Deleted,workshop,idea,,,,theatre,lead-theatre,,,`,
      `,Budget,workshop,idea,,,lots,theatre,lead-theatre,,,`,
    ].join('\n');
    const response = await importCsv(body);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('invalid-csv');
    // A file is checked in two steps: its cells first, then what they name in the graph.
    expect(codes(response.json())).toEqual(['5:kind:unknown-kind', '6:start_date:format', '11:budget:type']);
    const cellsFixed = body.split('\n').filter((_, i) => ![4, 5, 10].includes(i)).join('\n');
    const second = await importCsv(cellsFixed);
    expect(second.statusCode).toBe(422);
    expect(codes(second.json())).toEqual([
      '3:lead:unknown-organisation',
      '4:end_date:end-before-start',
      '5:working_group:unknown-working-group',
      '6:partners:duplicate',
      '7:start_date:required',
      '8:id:project-deleted',
    ]);
    expect(await total()).toBe(before);
  });

  it('names unknown and missing columns', async () => {
    const response = await importCsv('title,colour\nSomething,blue\n');
    expect(response.statusCode).toBe(422);
    expect(codes(response.json())).toEqual(expect.arrayContaining(['1:colour:unknown-column', '1:kind:missing-column', '1:lead:missing-column']));
  });
});
