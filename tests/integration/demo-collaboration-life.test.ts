// The demo city's collaboration life, loaded as the demo load will, read back through the API: its
// groups, meetings, attendance and insights keep the rules the API enforces on people.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { generateCollaborationLife, type CollaborationLife } from '../../seed/collaboration-life.ts';
import { generateCity } from '../../seed/generate.ts';
import { loadCity } from '../../seed/load.ts';
import { loadCollaborationLife } from '../../seed/load-collaboration-life.ts';
import { canonicalGraphHash } from '../../server/repositories/backup-repository.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import type { AttendanceEntry, MeetingDetail } from '../../server/schemas/meeting.ts';
import type { WorkingGroup } from '../../server/schemas/working-group.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
let leadership: BrowserAgent;
let life: CollaborationLife;
const timings: Record<string, number> = {};

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

beforeAll(async () => {
  app = await buildTestApp();
  const city = generateCity();
  life = generateCollaborationLife(city);
  await loadCity(app.db, city);
  await timed('load collaboration life', () => loadCollaborationLife(app.db, life));
  leadership = await asRole(app, 'leadership');
}, 300_000);
afterAll(async () => {
  console.log(`[demo collaboration life] ${JSON.stringify({ groups: life?.workingGroups.length, meetings: life?.meetings.length, insights: life?.insights.length, ms: timings })}`);
  await app?.close();
});

const get = async <T>(url: string): Promise<T> => {
  const response = await leadership.inject(url);
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json() as T;
};

describe('the demo collaboration life', () => {
  it('lists every group with members', async () => {
    const groups = await timed('GET /api/working-groups', () => get<WorkingGroup[]>('/api/working-groups'));
    expect(groups).toHaveLength(life.workingGroups.length);
    expect(groups.every((g) => g.memberCount > 0)).toBe(true);
  });

  it('records attendance only of organisations invited to each meeting', async () => {
    const page = await get<{ total: number; items: { id: string }[] }>('/api/meetings?sort=date&pageSize=200');
    expect(page.total).toBe(life.meetings.length);
    for (const { id } of page.items.filter((_, i) => i % 10 === 0)) {
      const meeting = await get<MeetingDetail>(`/api/meetings/${id}`);
      const strays = meeting.attendance.filter((a: AttendanceEntry) => a.status !== null && !a.invited);
      expect(strays, meeting.title).toEqual([]);
    }
  });

  it('gives each group an attendance trend and each member an attendance rate', async () => {
    const group = life.workingGroups[0]!;
    const trend = await timed('GET attendance-trend', () => get<{ rate: number | null }[]>(`/api/working-groups/${group.id}/attendance-trend`));
    expect(trend.some((p) => p.rate !== null && p.rate > 0)).toBe(true);
    const rate = await timed('GET organisation attendance', () => get<{ invited: number; rate: number | null }>(`/api/organisations/${group.members[0]!.organisationId}/attendance`));
    expect(rate.invited).toBeGreaterThan(0);
  });

  it('finds its insights by their words', async () => {
    const insight = life.insights.find((i) => i.language === 'fr') ?? life.insights[0]!;
    const word = insight.title.split(/\s+/).find((w) => w.length >= 6)!;
    const found = await timed('GET /api/insights?q=', () => get<{ items: { id: string }[] }>(`/api/insights?q=${encodeURIComponent(word)}&pageSize=200`));
    expect(found.items.map((i) => i.id)).toContain(insight.id);
  });

  it('draws group and meeting ties in the network', async () => {
    const network = unpackNetwork(await timed('GET /api/network', () => get<Parameters<typeof unpackNetwork>[0]>('/api/network')));
    const kinds = new Set(network.edges.flatMap((e) => Object.keys(e.kinds)));
    expect([...kinds].sort()).toEqual(['group', 'meeting', 'project']);
    timings.edges = network.edges.length;
  });

  it('answers the library, the network and a group page quickly once warm', async () => {
    const group = life.workingGroups[0]!;
    for (const [name, url] of [
      ['warm GET /api/insights?q=', '/api/insights?q=vrijwilligers'],
      ['warm GET /api/network', '/api/network'],
      ['warm GET /api/working-groups/:ref', `/api/working-groups/${group.slug}`],
      ['warm GET /api/meetings', `/api/meetings?workingGroup=${group.slug}`],
    ] as const) {
      await get(url);
      await timed(name, () => get(url));
    }
  });

  it('survives a backup and a restore whole: groups, repeated memberships, Brussels times', async () => {
    const admin = await asRole(app, 'admin');
    const before = await canonicalGraphHash(app.db);
    const backup = await admin.inject('/api/admin/backup');
    expect(backup.statusCode).toBe(200);
    const labels = new Set((backup.json().nodes as { labels: string[] }[]).map((n) => n.labels.join()));
    expect([...labels]).toEqual(expect.arrayContaining(['WorkingGroup', 'Meeting', 'Insight']));
    const restore = await admin.inject({ method: 'POST', url: '/api/admin/restore?replace=true', headers: { 'content-type': 'application/json' }, payload: backup.body });
    expect(restore.statusCode, restore.body.slice(0, 300)).toBe(200);
    expect(await canonicalGraphHash(app.db)).toBe(before);
    leadership = await asRole(app, 'leadership');
    const meeting = life.meetings.find((m) => m.startsAt.slice(5, 7) === '07')!;
    expect((await get<MeetingDetail>(`/api/meetings/${meeting.id}`)).startsAt).toBe(meeting.startsAt);
  });

  it("publishes each group's calendar", async () => {
    const response = await timed('GET group calendar.ics', () => leadership.inject(`/api/working-groups/${life.workingGroups[0]!.id}/calendar.ics`));
    const events = new ICAL.Component(ICAL.parse(response.body) as unknown[]).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
  });
});
