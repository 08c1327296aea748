import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting, groupInput, recordAttendance } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, admin: BrowserAgent, strategist: BrowserAgent;
let theatre: Organisation, dance: Organisation, music: Organisation;
const NEXT_YEAR = new Date().getFullYear() + 1;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  admin = await asRole(app, 'admin');
  strategist = await asRole(app, 'strategist');
  theatre = await createOrganisation(coordinator, { name: 'Théâtre Aurore', disciplines: ['theatre'] });
  dance = await createOrganisation(coordinator, { name: 'Dansgezelschap Beweging', disciplines: ['dance'] });
  music = await createOrganisation(coordinator, { name: 'Muziekhuis Cadans', disciplines: ['music'] });
});
afterAll(async () => app?.close());

const codes = (body: { errors?: { field?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);

describe('POST /api/working-groups', () => {
  it('creates a group with a slug made from its name, readable by id and by slug', async () => {
    const created = await createGroup(coordinator, { name: 'Werkgroep Podiumkunsten', focusDiscipline: 'dance', description: { nl: 'Podium', fr: 'Scène' } });
    expect(created).toMatchObject({
      slug: 'werkgroep-podiumkunsten',
      focusDiscipline: 'dance',
      description: { nl: 'Podium', fr: 'Scène' },
      coordinatorName: 'An Coördinator',
      memberCount: 0,
      nextMeeting: null,
      members: [],
      pastMembers: [],
      projectCount: 0,
      insightCount: 0,
      version: 1,
    });
    const bySlug = (await strategist.inject('/api/working-groups/werkgroep-podiumkunsten')).json();
    expect(bySlug.id).toBe(created.id);
  });

  it('refuses missing fields, an unknown discipline, an unknown coordinator account and a taken slug, writing nothing', async () => {
    const before = (await coordinator.inject('/api/working-groups')).json().length;
    const missing = await coordinator.inject({ method: 'POST', url: '/api/working-groups', payload: { description: {} } });
    expect(missing.statusCode).toBe(400);
    expect(codes(missing.json())).toEqual(expect.arrayContaining(['name:required', 'focusDiscipline:required']));
    const badDiscipline = await coordinator.inject({ method: 'POST', url: '/api/working-groups', payload: groupInput({ focusDiscipline: 'opera' as never }) });
    expect(badDiscipline.statusCode).toBe(400);
    expect(codes(badDiscipline.json())).toContain('focusDiscipline:enum');
    const unknownUser = await coordinator.inject({ method: 'POST', url: '/api/working-groups', payload: groupInput({ coordinatorUserId: randomUUID() }) });
    expect(unknownUser.statusCode).toBe(400);
    expect(codes(unknownUser.json())).toContain('coordinatorUserId:unknown-user');
    await createGroup(coordinator, { slug: 'taken-slug' });
    const taken = await coordinator.inject({ method: 'POST', url: '/api/working-groups', payload: groupInput({ slug: 'taken-slug' }) });
    expect(taken.statusCode).toBe(409);
    expect((await coordinator.inject('/api/working-groups')).json().length).toBe(before + 1);
  });

  it('takes the coordinator account of the council', async () => {
    const group = await createGroup(coordinator, { coordinatorUserId: coordinator.user!.id });
    expect(group.coordinatorUserId).toBe(coordinator.user!.id);
  });
});

describe('GET /api/working-groups', () => {
  it('lists groups by name with their member count and next meeting, and filters by member organisation', async () => {
    const group = await createGroup(coordinator, { name: 'Aaa Eerste Groep' });
    await addMember(coordinator, group.id, theatre.id);
    await addMember(coordinator, group.id, dance.id, { joinedOn: '2022-01-01', leftOn: '2023-12-31' });
    await createMeeting(coordinator, { workingGroupId: group.id, title: 'Far ahead', startsAt: `${NEXT_YEAR}-09-01T19:00`, endsAt: `${NEXT_YEAR}-09-01T21:00` });
    await createMeeting(coordinator, { workingGroupId: group.id, title: 'Next one', startsAt: `${NEXT_YEAR}-02-03T19:00`, endsAt: `${NEXT_YEAR}-02-03T21:00` });
    await createMeeting(coordinator, { workingGroupId: group.id, title: 'Long ago', startsAt: '2024-02-03T19:00', endsAt: '2024-02-03T21:00' });
    const list = (await strategist.inject('/api/working-groups')).json();
    expect(list[0]).toMatchObject({ id: group.id, memberCount: 1, nextMeeting: { title: 'Next one', startsAt: `${NEXT_YEAR}-02-03T19:00`, kind: 'working-group' } });
    const ofTheatre = (await strategist.inject(`/api/working-groups?organisation=${theatre.slug}`)).json();
    expect(ofTheatre.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect((await strategist.inject(`/api/working-groups?organisation=${dance.id}`)).json()).toEqual([]);
  });
});

describe('PUT /api/working-groups/:id', () => {
  it('replaces the group with the version read, and refuses a stale version with 409', async () => {
    const group = await createGroup(coordinator);
    const { id, version } = group;
    const payload = { ...groupInput({ name: 'Renamed group', focusDiscipline: 'music' }), version };
    const updated = await coordinator.inject({ method: 'PUT', url: `/api/working-groups/${id}`, payload });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Renamed group', focusDiscipline: 'music', version: 2 });
    const stale = await coordinator.inject({ method: 'PUT', url: `/api/working-groups/${id}`, payload: { ...payload, name: 'Lost update' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version-conflict');
    const unknown = await coordinator.inject({ method: 'PUT', url: `/api/working-groups/${randomUUID()}`, payload });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('DELETE /api/working-groups/:id', () => {
  it('moves the group to the trash with its meetings, and a restore brings both back', async () => {
    const group = await createGroup(coordinator, { slug: 'short-lived' });
    await addMember(coordinator, group.id, music.id);
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id });
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/working-groups/${group.id}` })).statusCode).toBe(204);
    expect((await coordinator.inject(`/api/working-groups/${group.id}`)).statusCode).toBe(404);
    expect((await coordinator.inject(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
    const trash = (await admin.inject('/api/trash?entityType=working-group')).json();
    expect(trash.map((t: { id: string }) => t.id)).toContain(group.id);
    const restored = await admin.inject({ method: 'POST', url: `/api/trash/working-group/${group.id}/restore` });
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ slug: 'short-lived', memberCount: 1 });
    expect((await coordinator.inject(`/api/meetings/${meeting.id}`)).statusCode).toBe(200);
  });

  it('records one audit event per committed change of a group', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, theatre.id);
    await coordinator.inject({ method: 'DELETE', url: `/api/working-groups/${group.id}` });
    const events = (await admin.inject(`/api/audit?entityType=working-group&entityId=${group.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'update']);
    const added = events.find((e: { action: string }) => e.action === 'update');
    expect(added.after.member.organisation.id).toBe(theatre.id);
    expect(added.actor.email).toBe(coordinator.user!.email);
  });
});

describe('POST /api/working-groups/:id/members', () => {
  it('adds a member with its role and representative, shown on the group page', async () => {
    const group = await createGroup(coordinator);
    const member = await addMember(coordinator, group.id, theatre.id, { role: 'chair', representative: 'Marie Dupont', joinedOn: '2024-01-15' });
    expect(member).toEqual({
      organisation: { id: theatre.id, slug: theatre.slug, name: theatre.name, mainDiscipline: 'theatre' },
      role: 'chair',
      representative: 'Marie Dupont',
      joinedOn: '2024-01-15',
      leftOn: null,
    });
    await addMember(coordinator, group.id, dance.id);
    const detail = (await strategist.inject(`/api/working-groups/${group.id}`)).json();
    expect(detail.memberCount).toBe(2);
    expect(detail.members.map((m: { role: string }) => m.role)).toEqual(['chair', 'member']);
  });

  it('refuses a second membership while one is active or overlapping with 409 already-member, but takes a rejoin after leaving', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, theatre.id, { joinedOn: '2022-01-01', leftOn: '2022-12-31' });
    await addMember(coordinator, group.id, theatre.id, { joinedOn: '2024-01-01' });
    for (const joinedOn of ['2025-01-01', '2024-01-01', '2021-06-01']) {
      const payload = { organisationId: theatre.id, role: 'member', joinedOn, leftOn: joinedOn === '2021-06-01' ? '2022-02-01' : null };
      const response = await coordinator.inject({ method: 'POST', url: `/api/working-groups/${group.id}/members`, payload });
      expect(response.statusCode, joinedOn).toBe(409);
      expect(response.json().code).toBe('already-member');
    }
    const detail = (await strategist.inject(`/api/working-groups/${group.id}`)).json();
    expect(detail.members).toHaveLength(1);
    expect(detail.pastMembers).toHaveLength(1);
    expect(detail.memberCount).toBe(1);
  });

  it('refuses an unknown organisation, a leftOn before joinedOn, bad dates and missing fields with 400; an unknown group with 404', async () => {
    const group = await createGroup(coordinator);
    const post = (payload: object, groupId = group.id) => coordinator.inject({ method: 'POST', url: `/api/working-groups/${groupId}/members`, payload });
    const cases: [object, string][] = [
      [{ organisationId: randomUUID(), role: 'member', joinedOn: '2024-01-01' }, 'organisationId:unknown-organisation'],
      [{ organisationId: theatre.id, role: 'member', joinedOn: '2024-01-01', leftOn: '2023-12-31' }, 'leftOn:left-before-joined'],
      [{ organisationId: theatre.id, role: 'member', joinedOn: '2024-02-30' }, 'joinedOn:format'],
      [{ organisationId: theatre.id, role: 'member', joinedOn: '1 January 2024' }, 'joinedOn:format'],
      [{ organisationId: theatre.id, joinedOn: '2024-01-01' }, 'role:required'],
      [{ organisationId: theatre.id, role: 'president', joinedOn: '2024-01-01' }, 'role:enum'],
    ];
    for (const [payload, code] of cases) {
      const response = await post(payload);
      expect(response.statusCode, code).toBe(400);
      expect(codes(response.json()), code).toContain(code);
    }
    expect((await strategist.inject(`/api/working-groups/${group.id}`)).json().members).toEqual([]);
    expect((await post({ organisationId: theatre.id, role: 'member', joinedOn: '2024-01-01' }, randomUUID())).statusCode).toBe(404);
  });
});

describe('PUT and DELETE /api/working-groups/:id/members/:organisationId', () => {
  it('records that an organisation left, which makes it a past member', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, music.id, { joinedOn: '2023-03-01' });
    const response = await coordinator.inject({
      method: 'PUT',
      url: `/api/working-groups/${group.id}/members/${music.id}`,
      payload: { role: 'secretary', representative: 'Jo', joinedOn: '2023-03-01', leftOn: '2024-06-30' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'secretary', leftOn: '2024-06-30' });
    const detail = (await strategist.inject(`/api/working-groups/${group.id}`)).json();
    expect(detail.members).toEqual([]);
    expect(detail.pastMembers[0]).toMatchObject({ organisation: { id: music.id }, leftOn: '2024-06-30' });
  });

  it('refuses dates that overlap an earlier membership, a leftOn before joinedOn, and an organisation that is no member', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, dance.id, { joinedOn: '2020-01-01', leftOn: '2021-12-31' });
    await addMember(coordinator, group.id, dance.id, { joinedOn: '2023-01-01' });
    const put = (organisationId: string, payload: object) =>
      coordinator.inject({ method: 'PUT', url: `/api/working-groups/${group.id}/members/${organisationId}`, payload });
    expect((await put(dance.id, { role: 'member', joinedOn: '2021-06-01' })).json().code).toBe('already-member');
    expect(codes((await put(dance.id, { role: 'member', joinedOn: '2023-01-01', leftOn: '2022-01-01' })).json())).toContain('leftOn:left-before-joined');
    expect((await put(theatre.id, { role: 'member', joinedOn: '2023-01-01' })).statusCode).toBe(404);
  });

  it('removes a membership entered by mistake', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, theatre.id);
    const url = `/api/working-groups/${group.id}/members/${theatre.id}`;
    expect((await coordinator.inject({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await coordinator.inject({ method: 'DELETE', url })).statusCode).toBe(404);
    expect((await strategist.inject(`/api/working-groups/${group.id}`)).json().memberCount).toBe(0);
  });
});

describe('GET /api/working-groups/:id/attendance-trend', () => {
  it('gives each started meeting its invited, present, excused and absent counts and rate, oldest first', async () => {
    const group = await createGroup(coordinator);
    await addMember(coordinator, group.id, theatre.id, { joinedOn: '2024-01-01' });
    await addMember(coordinator, group.id, dance.id, { joinedOn: '2024-01-01' });
    await addMember(coordinator, group.id, music.id, { joinedOn: '2024-06-01' });
    const march = await createMeeting(coordinator, { workingGroupId: group.id, title: 'March', startsAt: '2024-03-05T18:00', endsAt: '2024-03-05T20:00' });
    const october = await createMeeting(coordinator, { workingGroupId: group.id, title: 'October', startsAt: '2024-10-08T18:00', endsAt: '2024-10-08T20:00' });
    await createMeeting(coordinator, { workingGroupId: group.id, title: 'Not recorded', startsAt: '2024-12-10T18:00', endsAt: '2024-12-10T20:00' });
    await createMeeting(coordinator, { workingGroupId: group.id, title: 'Future', startsAt: `${NEXT_YEAR}-01-10T18:00`, endsAt: `${NEXT_YEAR}-01-10T20:00` });
    await recordAttendance(coordinator, march.id, [{ organisationId: theatre.id, status: 'present' }, { organisationId: dance.id, status: 'excused' }]);
    await recordAttendance(coordinator, october.id, [
      { organisationId: theatre.id, status: 'present' },
      { organisationId: dance.id, status: 'present' },
      { organisationId: music.id, status: 'absent' },
    ]);
    const trend = (await strategist.inject(`/api/working-groups/${group.id}/attendance-trend`)).json();
    expect(trend).toEqual([
      { meetingId: march.id, title: 'March', startsAt: '2024-03-05T18:00', invited: 2, present: 1, excused: 1, absent: 0, rate: 0.5 },
      { meetingId: october.id, title: 'October', startsAt: '2024-10-08T18:00', invited: 3, present: 2, excused: 0, absent: 1, rate: 2 / 3 },
      expect.objectContaining({ title: 'Not recorded', invited: 3, present: 0, absent: 3, rate: null }),
    ]);
    expect((await strategist.inject(`/api/working-groups/${randomUUID()}/attendance-trend`)).statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents every route of working groups, meetings, attendance, insights and the project board', async () => {
    const doc = (await strategist.inject('/api/openapi.json')).json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    for (const route of [
      'GET /api/working-groups', 'POST /api/working-groups', 'GET /api/working-groups/{ref}', 'PUT /api/working-groups/{id}', 'DELETE /api/working-groups/{id}',
      'POST /api/working-groups/{id}/members', 'PUT /api/working-groups/{id}/members/{organisationId}', 'DELETE /api/working-groups/{id}/members/{organisationId}',
      'GET /api/working-groups/{id}/attendance-trend', 'GET /api/working-groups/{id}/members.csv', 'POST /api/working-groups/{id}/members/import',
      'GET /api/working-groups/{id}/calendar.ics', 'GET /api/meetings', 'POST /api/meetings', 'GET /api/meetings/{id}', 'PUT /api/meetings/{id}',
      'DELETE /api/meetings/{id}', 'GET /api/meetings/calendar.ics', 'GET /api/meetings/{id}/calendar.ics', 'PUT /api/meetings/{id}/attendance',
      'POST /api/meetings/{id}/attendance/confirm', 'GET /api/meetings/{id}/attendance.csv', 'POST /api/meetings/{id}/attendance/import',
      'GET /api/organisations/{id}/attendance', 'GET /api/insights', 'POST /api/insights', 'GET /api/insights/{id}', 'PUT /api/insights/{id}',
      'DELETE /api/insights/{id}', 'POST /api/projects/{id}/status', 'GET /api/projects/export.csv', 'POST /api/projects/import',
    ]) {
      expect(documented, route).toContain(route);
    }
    expect(doc.paths['/api/meetings'].post.requestBody.content['application/json'].schema.properties.startsAt.description).toMatch(/Europe\/Brussels/);
  });
});
