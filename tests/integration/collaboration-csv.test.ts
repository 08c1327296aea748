import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, strategist: BrowserAgent;
let aurore: Organisation, beweging: Organisation, cadans: Organisation;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  strategist = await asRole(app, 'strategist');
  aurore = await createOrganisation(coordinator, { name: 'Théâtre Aurore', slug: 'theatre-aurore' });
  beweging = await createOrganisation(coordinator, { name: 'Dans Beweging', slug: 'dans-beweging', disciplines: ['dance'] });
  cadans = await createOrganisation(coordinator, { name: '=Cadans', slug: 'cadans', disciplines: ['music'] });
});
afterAll(async () => app?.close());

const cells = (body: { errors?: { row?: number; column?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.row}:${e.column}:${e.code}`);
const post = (url: string, body: string) => coordinator.inject({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: body });

describe('working group members as CSV', () => {
  it('imports every row of a good file, semicolon-separated as Belgian spreadsheets save it, and exports it back', async () => {
    const group = await createGroup(coordinator, { slug: 'csv-group' });
    const body = [
      'organisation;role;representative;joined_on;left_on',
      'theatre-aurore;chair;Marie Dupont;2023-01-01;',
      `${beweging.id};;;2022-05-01;2024-04-30`,
      'dans-beweging;member;Jan;2025-01-01;',
    ].join('\r\n');
    const response = await post(`/api/working-groups/${group.id}/members/import`, body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ total: 3, created: 3, updated: 0, unchanged: 0 });
    const detail = (await strategist.inject(`/api/working-groups/${group.id}`)).json();
    expect(detail.members.map((m: { organisation: { slug: string }; role: string }) => `${m.organisation.slug}:${m.role}`)).toEqual(['theatre-aurore:chair', 'dans-beweging:member']);
    expect(detail.pastMembers[0]).toMatchObject({ organisation: { slug: 'dans-beweging' }, role: 'member', leftOn: '2024-04-30' });

    const exported = await strategist.inject(`/api/working-groups/${group.id}/members.csv`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="csv-group-members-/);
    const rows = Papa.parse<Record<string, string>>(exported.body, { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      { organisation: 'dans-beweging', name: 'Dans Beweging', role: 'member', representative: '', joined_on: '2022-05-01', left_on: '2024-04-30' },
      { organisation: 'dans-beweging', name: 'Dans Beweging', role: 'member', representative: 'Jan', joined_on: '2025-01-01', left_on: '' },
      { organisation: 'theatre-aurore', name: 'Théâtre Aurore', role: 'chair', representative: 'Marie Dupont', joined_on: '2023-01-01', left_on: '' },
    ]);
    expect((await post(`/api/working-groups/${group.id}/members/import`, exported.body)).json()).toEqual({ total: 3, created: 0, updated: 0, unchanged: 3 });
    const changed = exported.body.replace('Marie Dupont', 'Marie Martin');
    expect((await post(`/api/working-groups/${group.id}/members/import`, changed)).json()).toEqual({ total: 3, created: 0, updated: 1, unchanged: 2 });
  });

  it('neutralises a name that a spreadsheet would run as a formula', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, cadans.id);
    const exported = (await strategist.inject(`/api/working-groups/${group.id}/members.csv`)).body;
    expect(exported).toContain("'=Cadans");
  });

  it('refuses the whole file with a row, column and reason for each bad row, writing nothing', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, aurore.id, { joinedOn: '2024-01-01' });
    const body = [
      'organisation,role,joined_on,left_on',
      'dans-beweging,member,2024-01-01,',
      'nobody-here,member,2024-01-01,',
      'cadans,boss,2024-01-01,',
      'cadans,member,2024-13-01,',
      'cadans,member,2024-06-01,2024-05-01',
      'theatre-aurore,member,2025-01-01,',
      ',member,2024-01-01,',
      'dans-beweging,member,2024-01-01,',
    ].join('\n');
    const response = await post(`/api/working-groups/${group.id}/members/import`, body);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('invalid-csv');
    expect(cells(response.json())).toEqual(['4:role:enum', '5:joined_on:format', '6:left_on:left-before-joined', '8:organisation:required']);
    // Each file is checked in two steps: the cells first, then against the graph.
    const second = await post(`/api/working-groups/${group.id}/members/import`, body.split('\n').filter((_, i) => ![3, 4, 5, 7].includes(i)).join('\n'));
    expect(second.statusCode).toBe(422);
    expect(cells(second.json())).toEqual(['3:organisation:unknown-organisation', '4:joined_on:already-member', '5:joined_on:duplicate']);
    expect((await strategist.inject(`/api/working-groups/${group.id}`)).json().memberCount).toBe(1);
    expect((await post(`/api/working-groups/${randomUUID()}/members/import`, 'organisation,joined_on\ncadans,2024-01-01\n')).statusCode).toBe(404);
  });
});

describe('meeting attendance as CSV', () => {
  it('exports the sheet of invited organisations, and imports it back filled in', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, aurore.id, { joinedOn: '2024-01-01' });
    await addMember(coordinator, group.id, beweging.id, { joinedOn: '2024-01-01' });
    await addMember(coordinator, group.id, cadans.id, { joinedOn: '2024-01-01' });
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-05-05T18:00', endsAt: '2025-05-05T20:00' });
    const sheet = await strategist.inject(`/api/meetings/${meeting.id}/attendance.csv`);
    expect(sheet.statusCode).toBe(200);
    const rows = Papa.parse<Record<string, string>>(sheet.body, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.organisation, r.status])).toEqual([['cadans', ''], ['dans-beweging', ''], ['theatre-aurore', '']]);
    const filled = sheet.body.replace('theatre-aurore,Théâtre Aurore,', 'theatre-aurore,Théâtre Aurore,present').replace('dans-beweging,Dans Beweging,', 'dans-beweging,Dans Beweging,Excused');
    const response = await post(`/api/meetings/${meeting.id}/attendance/import`, filled);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ total: 3, created: 2, updated: 0, unchanged: 0, skipped: 1 });
    const detail = (await strategist.inject(`/api/meetings/${meeting.id}`)).json();
    expect(Object.fromEntries(detail.attendance.map((a: { organisation: { slug: string }; status: string | null }) => [a.organisation.slug, a.status]))).toEqual({
      cadans: null,
      'dans-beweging': 'excused',
      'theatre-aurore': 'present',
    });
    expect((await post(`/api/meetings/${meeting.id}/attendance/import`, filled)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses the whole file when a row names an unknown organisation, one not invited, a bad status or a duplicate', async () => {
    const outsider = await createOrganisation(coordinator, { name: 'Outsider', slug: 'outsider' });
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, aurore.id, { joinedOn: '2024-01-01' });
    await addMember(coordinator, group.id, beweging.id, { joinedOn: '2024-01-01' });
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-05-05T18:00', endsAt: '2025-05-05T20:00' });
    const badStatus = await post(`/api/meetings/${meeting.id}/attendance/import`, 'organisation,status\ntheatre-aurore,late\n');
    expect(cells(badStatus.json())).toEqual(['2:status:enum']);
    const body = ['organisation,status', 'theatre-aurore,present', 'nobody,present', 'outsider,present', 'theatre-aurore,absent', 'dans-beweging,absent'].join('\n');
    const response = await post(`/api/meetings/${meeting.id}/attendance/import`, body);
    expect(response.statusCode).toBe(422);
    expect(cells(response.json())).toEqual(['3:organisation:unknown-organisation', '4:organisation:not-invited', '5:organisation:duplicate']);
    expect((await strategist.inject(`/api/meetings/${meeting.id}`)).json().attendance.every((a: { status: string | null }) => a.status === null)).toBe(true);
    expect(outsider.id).toBeTruthy();
  });
});
