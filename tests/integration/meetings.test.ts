import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { addMember, createGroup, createMeeting, meetingInput, recordAttendance } from '../helpers/collaboration.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { WorkingGroupDetail } from '../../server/schemas/working-group.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, strategist: BrowserAgent, publicVisitor: BrowserAgent;
let theatre: Organisation, dance: Organisation, music: Organisation, newcomer: Organisation;
let group: WorkingGroupDetail;
const NEXT_YEAR = new Date().getFullYear() + 1;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  strategist = await asRole(app, 'strategist');
  publicVisitor = await asRole(app, 'public');
  theatre = await createOrganisation(coordinator, { name: 'Théâtre Aurore' });
  dance = await createOrganisation(coordinator, { name: 'Dansgezelschap Beweging', disciplines: ['dance'] });
  music = await createOrganisation(coordinator, { name: 'Muziekhuis Cadans', disciplines: ['music'] });
  newcomer = await createOrganisation(coordinator, { name: 'Zz Newcomer' });
  group = await createGroup(coordinator, { name: 'Werkgroep Theater', slug: 'werkgroep-theater' });
  await addMember(coordinator, group.id, theatre.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, group.id, dance.id, { joinedOn: '2024-01-01' });
  await addMember(coordinator, group.id, music.id, { joinedOn: '2024-01-01', leftOn: '2025-05-31' });
  await addMember(coordinator, group.id, newcomer.id, { joinedOn: '2025-09-01' });
});
afterAll(async () => app?.close());

const codes = (body: { errors?: { field?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
const parseCalendar = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const events = (text: string) => parseCalendar(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('POST /api/meetings', () => {
  it('keeps Brussels wall-clock times in winter and in summer, and answers them as written', async () => {
    const march = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-03-14T18:30', endsAt: '2025-03-14T20:30' });
    const july = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-07-01T10:00', endsAt: '2025-07-01T12:15' });
    expect(march).toMatchObject({ startsAt: '2025-03-14T18:30', endsAt: '2025-03-14T20:30', workingGroup: { id: group.id, slug: 'werkgroep-theater' } });
    expect(july).toMatchObject({ startsAt: '2025-07-01T10:00', endsAt: '2025-07-01T12:15' });
    const read = (await strategist.inject(`/api/meetings/${july.id}`)).json();
    expect(read).toMatchObject({ startsAt: '2025-07-01T10:00', endsAt: '2025-07-01T12:15', kind: 'working-group', version: 1 });
  });

  it('stores the instant: the period filter counts Brussels days, not UTC ones', async () => {
    // 00:30 in Brussels on 1 July is still 30 June in UTC.
    const late = await createMeeting(coordinator, { workingGroupId: group.id, title: 'Just after midnight', startsAt: '2026-07-01T00:30', endsAt: '2026-07-01T01:30' });
    const ids = async (query: string) => (await strategist.inject(`/api/meetings?${query}`)).json().items.map((m: { id: string }) => m.id);
    expect(await ids('from=2026-07-01&to=2026-07-01')).toEqual([late.id]);
    expect(await ids('from=2026-06-30&to=2026-06-30')).toEqual([]);
  });

  it('takes a plenary without a group', async () => {
    const plenary = await createMeeting(coordinator, { kind: 'plenary', title: 'Algemene vergadering', workingGroupId: null, onlineUrl: 'https://meet.example.org/plenary' });
    expect(plenary).toMatchObject({ kind: 'plenary', workingGroup: null, onlineUrl: 'https://meet.example.org/plenary' });
  });

  it('refuses an end before the start, bad dates, a missing title, a group mismatch and an unknown group with 400, writing nothing', async () => {
    const before = (await strategist.inject('/api/meetings')).json().total;
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: '2025-05-01T20:00', endsAt: '2025-05-01T18:00' }, 'endsAt:end-before-start'],
      [{ startsAt: '2025-05-01T20:00', endsAt: '2025-05-01T20:00' }, 'endsAt:end-before-start'],
      [{ startsAt: '2025-02-30T10:00', endsAt: '2025-03-01T12:00' }, 'startsAt:format'],
      [{ startsAt: '2025-05-01T25:00', endsAt: '2025-05-02T12:00' }, 'startsAt:format'],
      [{ startsAt: '2025-05-01 18:00', endsAt: '2025-05-01T20:00' }, 'startsAt:pattern'],
      [{ startsAt: '2025-03-30T02:30', endsAt: '2025-03-30T04:00' }, 'startsAt:nonexistent-time'],
      [{ title: undefined }, 'title:required'],
      [{ workingGroupId: null, kind: 'knowledge-exchange' }, 'workingGroupId:group-required'],
      [{ kind: 'plenary' }, 'workingGroupId:plenary-without-group'],
      [{ workingGroupId: randomUUID() }, 'workingGroupId:unknown-working-group'],
      [{ kind: 'party' }, 'kind:enum'],
    ];
    for (const [overrides, code] of cases) {
      const payload = JSON.parse(JSON.stringify({ ...meetingInput({ workingGroupId: group.id }), ...overrides }));
      const response = await coordinator.inject({ method: 'POST', url: '/api/meetings', payload });
      expect(response.statusCode, code).toBe(400);
      expect(codes(response.json()), code).toContain(code);
    }
    expect((await strategist.inject('/api/meetings')).json().total).toBe(before);
  });
});

describe('GET /api/meetings', () => {
  it('lists upcoming meetings soonest first, then past ones most recent first; or by date; filtered by group, kind and days', async () => {
    const other = await createGroup(coordinator, { slug: 'list-group' });
    const past1 = await createMeeting(coordinator, { workingGroupId: other.id, title: 'Past 1', startsAt: '2024-01-10T18:00', endsAt: '2024-01-10T20:00' });
    const past2 = await createMeeting(coordinator, { workingGroupId: other.id, title: 'Past 2', startsAt: '2024-06-10T18:00', endsAt: '2024-06-10T20:00' });
    const soon = await createMeeting(coordinator, { workingGroupId: other.id, title: 'Soon', startsAt: `${NEXT_YEAR}-01-10T18:00`, endsAt: `${NEXT_YEAR}-01-10T20:00` });
    const later = await createMeeting(coordinator, { workingGroupId: other.id, kind: 'knowledge-exchange', title: 'Later', startsAt: `${NEXT_YEAR}-06-10T18:00`, endsAt: `${NEXT_YEAR}-06-10T20:00` });
    const titles = async (query: string) => (await strategist.inject(`/api/meetings?workingGroup=list-group&${query}`)).json();
    expect((await titles('')).items.map((m: { id: string }) => m.id)).toEqual([soon.id, later.id, past2.id, past1.id]);
    expect((await titles('sort=date')).items.map((m: { id: string }) => m.id)).toEqual([past1.id, past2.id, soon.id, later.id]);
    expect((await titles('sort=-date&pageSize=2&page=2')).items.map((m: { id: string }) => m.id)).toEqual([past2.id, past1.id]);
    expect((await titles('kind=knowledge-exchange')).items.map((m: { id: string }) => m.id)).toEqual([later.id]);
    const window = await titles('from=2024-06-01&to=2024-06-30');
    expect(window).toMatchObject({ total: 1, items: [{ id: past2.id, attendanceCounts: { present: 0, excused: 0, absent: 0 } }] });
    expect((await strategist.inject('/api/meetings?from=yesterday')).statusCode).toBe(400);
  });
});

describe('PUT and DELETE /api/meetings/:id', () => {
  it('replaces a meeting with minutes and decisions, refuses a stale version, and moves it to the trash', async () => {
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id });
    const payload = { ...meetingInput({ workingGroupId: group.id, title: 'With minutes', minutes: 'We talked.', decisions: ['Joint festival in May'] }), version: 1 };
    const updated = await coordinator.inject({ method: 'PUT', url: `/api/meetings/${meeting.id}`, payload });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ title: 'With minutes', minutes: 'We talked.', decisions: ['Joint festival in May'], version: 2 });
    const stale = await coordinator.inject({ method: 'PUT', url: `/api/meetings/${meeting.id}`, payload });
    expect(stale.statusCode).toBe(409);
    const backwards = await coordinator.inject({ method: 'PUT', url: `/api/meetings/${meeting.id}`, payload: { ...payload, version: 2, endsAt: '2025-03-14T17:00' } });
    expect(codes(backwards.json())).toContain('endsAt:end-before-start');
    expect((await coordinator.inject({ method: 'PUT', url: `/api/meetings/${randomUUID()}`, payload })).statusCode).toBe(404);
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/meetings/${meeting.id}?version=1` })).statusCode).toBe(409);
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/meetings/${meeting.id}` })).statusCode).toBe(204);
    expect((await strategist.inject(`/api/meetings/${meeting.id}`)).statusCode).toBe(404);
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/meetings/${meeting.id}` })).statusCode).toBe(404);
  });
});

describe('attendance', () => {
  it('lists the members on the meeting day as invited, with or without a record', async () => {
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-06-10T18:00', endsAt: '2025-06-10T20:00' });
    await recordAttendance(coordinator, meeting.id, [{ organisationId: theatre.id, status: 'present' }]);
    const detail = (await strategist.inject(`/api/meetings/${meeting.id}`)).json();
    // music left on 31 May, newcomer joins in September: neither was invited on 10 June.
    expect(detail.attendance.map((a: { organisation: { name: string }; invited: boolean; status: string | null }) => [a.organisation.name, a.invited, a.status])).toEqual([
      ['Dansgezelschap Beweging', true, null],
      ['Théâtre Aurore', true, 'present'],
    ]);
    expect(detail.attendance[1].recordedAt).toEqual(expect.any(String));
    expect(detail.attendance[1].confirmedBy).toBeNull();
  });

  it('replaces the records given and leaves the others; refuses organisations that were not members that day', async () => {
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-04-10T18:00', endsAt: '2025-04-10T20:00' });
    await recordAttendance(coordinator, meeting.id, [{ organisationId: theatre.id, status: 'present' }, { organisationId: dance.id, status: 'absent' }]);
    const after = await recordAttendance(coordinator, meeting.id, [{ organisationId: dance.id, status: 'excused' }, { organisationId: music.id, status: 'present' }]);
    expect(Object.fromEntries(after.map((a) => [a.organisation.name, a.status]))).toEqual({
      'Dansgezelschap Beweging': 'excused',
      'Muziekhuis Cadans': 'present',
      'Théâtre Aurore': 'present',
    });
    const refused = await coordinator.inject({
      method: 'PUT',
      url: `/api/meetings/${meeting.id}/attendance`,
      payload: [{ organisationId: theatre.id, status: 'absent' }, { organisationId: newcomer.id, status: 'present' }, { organisationId: randomUUID(), status: 'present' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(codes(refused.json())).toEqual(['1.organisationId:not-invited', '2.organisationId:unknown-organisation']);
    const unchanged = (await strategist.inject(`/api/meetings/${meeting.id}`)).json();
    expect(unchanged.attendance.find((a: { organisation: { id: string } }) => a.organisation.id === theatre.id).status).toBe('present');
    const badStatus = await coordinator.inject({ method: 'PUT', url: `/api/meetings/${meeting.id}/attendance`, payload: [{ organisationId: theatre.id, status: 'late' }] });
    expect(badStatus.statusCode).toBe(400);
    expect((await coordinator.inject({ method: 'PUT', url: `/api/meetings/${randomUUID()}/attendance`, payload: [{ organisationId: theatre.id, status: 'present' }] })).statusCode).toBe(404);
  });

  it('lets any organisation attend a plenary', async () => {
    const plenary = await createMeeting(coordinator, { kind: 'plenary', workingGroupId: null, startsAt: '2025-02-01T10:00', endsAt: '2025-02-01T12:00' });
    const after = await recordAttendance(coordinator, plenary.id, [{ organisationId: newcomer.id, status: 'present' }]);
    expect(after.find((a) => a.organisation.id === newcomer.id)).toMatchObject({ invited: true, status: 'present' });
    expect(after.every((a) => a.invited)).toBe(true);
  });
});

describe('POST /api/meetings/:id/attendance/confirm', () => {
  it('lets a representative confirm its own organisation, records who did, and hides other organisations with 404', async () => {
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: `${NEXT_YEAR}-03-03T18:00`, endsAt: `${NEXT_YEAR}-03-03T20:00` });
    const representative = await asRole(app, 'representative', { organisationId: dance.id });
    const confirm = (agent: BrowserAgent, organisationId: string, status = 'excused') =>
      agent.inject({ method: 'POST', url: `/api/meetings/${meeting.id}/attendance/confirm`, payload: { organisationId, status } });
    const own = await confirm(representative, dance.id);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ organisation: { id: dance.id }, status: 'excused', confirmedBy: representative.user!.id });
    const other = await confirm(representative, theatre.id, 'absent');
    expect(other.statusCode).toBe(404);
    const detail = (await strategist.inject(`/api/meetings/${meeting.id}`)).json();
    expect(detail.attendance.find((a: { organisation: { id: string } }) => a.organisation.id === theatre.id).status).toBeNull();
    expect((await confirm(strategist, theatre.id)).statusCode).toBe(403);
    expect((await confirm(coordinator, theatre.id, 'present')).statusCode).toBe(200);
  });

  it('refuses a representative whose organisation was not invited with 400', async () => {
    const meeting = await createMeeting(coordinator, { workingGroupId: group.id, startsAt: '2025-01-15T18:00', endsAt: '2025-01-15T20:00' });
    const representative = await asRole(app, 'representative', { organisationId: newcomer.id });
    const response = await representative.inject({ method: 'POST', url: `/api/meetings/${meeting.id}/attendance/confirm`, payload: { organisationId: newcomer.id, status: 'present' } });
    expect(response.statusCode, response.body).toBe(400);
    expect(codes(response.json())).toContain('0.organisationId:not-invited');
  });
});

describe('GET /api/organisations/:id/attendance', () => {
  it('gives the rate over the meetings it was invited to whose attendance was taken, per quarter without gaps', async () => {
    const solo = await createOrganisation(coordinator, { name: 'Solo Collective' });
    const own = await createGroup(coordinator);
    await addMember(coordinator, own.id, solo.id, { joinedOn: '2024-01-01', leftOn: '2024-09-30' });
    await addMember(coordinator, own.id, theatre.id, { joinedOn: '2024-01-01' });
    const meet = (startsAt: string, workingGroupId: string | null = own.id) =>
      createMeeting(coordinator, { workingGroupId, kind: workingGroupId ? 'working-group' : 'plenary', startsAt, endsAt: startsAt.replace(/T\d\d/, 'T23') });
    const q1a = await meet('2024-02-01T18:00');
    const q1b = await meet('2024-03-01T18:00');
    const q3 = await meet('2024-08-01T18:00');
    await meet('2024-09-01T18:00'); // attendance never taken: not counted
    const afterLeaving = await meet('2024-11-01T18:00'); // no longer a member: not invited
    const plenary = await meet('2024-05-15T14:00', null); // every organisation is invited to a plenary
    await recordAttendance(coordinator, q1a.id, [{ organisationId: solo.id, status: 'present' }]);
    await recordAttendance(coordinator, q1b.id, [{ organisationId: solo.id, status: 'excused' }]);
    await recordAttendance(coordinator, q3.id, [{ organisationId: solo.id, status: 'present' }]);
    await recordAttendance(coordinator, afterLeaving.id, [{ organisationId: theatre.id, status: 'present' }]);
    await recordAttendance(coordinator, plenary.id, [{ organisationId: theatre.id, status: 'present' }]);
    const rates = (await strategist.inject(`/api/organisations/${solo.id}/attendance`)).json();
    // Other tests of this file hold plenaries too (in 2025): they count for every organisation.
    expect(rates.byQuarter.filter((q: { period: string }) => q.period.startsWith('2024'))).toEqual([
      { period: '2024-Q1', invited: 2, present: 1, rate: 0.5 },
      { period: '2024-Q2', invited: 1, present: 0, rate: 0 },
      { period: '2024-Q3', invited: 1, present: 1, rate: 1 },
      { period: '2024-Q4', invited: 0, present: 0, rate: null },
    ]);
    const sum = (key: 'invited' | 'present') => rates.byQuarter.reduce((total: number, q: Record<string, number>) => total + q[key]!, 0);
    expect(rates).toMatchObject({ invited: sum('invited'), present: 2, rate: 2 / sum('invited') });
    expect((await strategist.inject(`/api/organisations/${randomUUID()}/attendance`)).statusCode).toBe(404);
  });
});

describe('calendars', () => {
  it('gives one meeting as an iCalendar file whose times a real parser reads right, in winter and in summer', async () => {
    const winter = await createMeeting(coordinator, { workingGroupId: group.id, title: 'Winter, with; punctuation', startsAt: '2025-01-20T19:00', endsAt: '2025-01-20T21:00' });
    const summer = await createMeeting(coordinator, { workingGroupId: group.id, title: 'Summer', startsAt: '2025-07-15T09:30', endsAt: '2025-07-15T11:00' });
    for (const [meeting, start, end] of [
      [winter, '2025-01-20T18:00:00.000Z', '2025-01-20T20:00:00.000Z'],
      [summer, '2025-07-15T07:30:00.000Z', '2025-07-15T09:00:00.000Z'],
    ] as const) {
      const response = await strategist.inject(`/api/meetings/${meeting.id}/calendar.ics`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="meeting-2025-\d\d-\d\d\.ics"$/);
      const [event] = events(response.body);
      expect(event!.summary).toBe(meeting.title);
      expect(event!.startDate.toJSDate().toISOString()).toBe(start);
      expect(event!.endDate.toJSDate().toISOString()).toBe(end);
      expect(event!.startDate.zone?.tzid).toBe('Europe/Brussels');
      expect(event!.description).toContain('2. Gezamenlijke programmatie');
      expect(event!.uid).toBe(`meeting-${meeting.id}@kulturrat`);
    }
    expect((await publicVisitor.inject(`/api/meetings/${winter.id}/calendar.ics`)).statusCode).toBe(401);
  });

  it("publishes a group's meetings as a feed anyone can subscribe to, without agenda, minutes or online link", async () => {
    const feedGroup = await createGroup(coordinator, { name: 'Feed Group', slug: 'feed-group' });
    const soon = await createMeeting(coordinator, {
      workingGroupId: feedGroup.id,
      title: 'Open rehearsal',
      startsAt: `${NEXT_YEAR}-07-02T19:00`,
      endsAt: `${NEXT_YEAR}-07-02T21:00`,
      onlineUrl: 'https://meet.example.org/feed',
      agenda: 'Confidential agenda point',
      minutes: 'Confidential minutes',
    });
    const response = await publicVisitor.inject(`/api/working-groups/${feedGroup.id}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.headers['content-disposition']).toBe('inline; filename="feed-group.ics"');
    const calendar = parseCalendar(response.body);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Feed Group');
    const [event] = events(response.body);
    expect(event!.uid).toBe(`meeting-${soon.id}@kulturrat`);
    expect(event!.startDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-07-02T17:00:00.000Z`);
    expect(event!.description).toContain('Feed Group');
    expect(event!.description).toContain(`/meetings/${soon.id}`);
    expect(event!.location).toBe('Rue de la Source 112, 1060 Saint-Gilles');
    expect(response.body.replace(/\r\n[ \t]/g, '')).not.toContain('https://meet.example.org/feed');
    expect(response.body).not.toContain('Confidential');
    expect((await publicVisitor.inject(`/api/working-groups/${randomUUID()}/calendar.ics`)).statusCode).toBe(404);
  });

  it('publishes the plenaries as a feed', async () => {
    const plenary = await createMeeting(coordinator, { kind: 'plenary', workingGroupId: null, title: 'Plenary in spring', startsAt: `${NEXT_YEAR}-03-20T14:00`, endsAt: `${NEXT_YEAR}-03-20T17:00` });
    const response = await publicVisitor.inject('/api/meetings/calendar.ics');
    expect(response.statusCode).toBe(200);
    const found = events(response.body);
    expect(found.map((e) => e.uid)).toContain(`meeting-${plenary.id}@kulturrat`);
    expect(found.every((e) => e.component.getFirstPropertyValue('categories') === 'plenary')).toBe(true);
    expect(found.find((e) => e.uid === `meeting-${plenary.id}@kulturrat`)!.startDate.toJSDate().toISOString()).toBe(`${NEXT_YEAR}-03-20T13:00:00.000Z`);
  });
});
