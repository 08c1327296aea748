// The demo city's collaboration life: deterministic, valid against the API's input schemas, and
// consistent with itself and with the city (members on the day they attend, insights by those present).
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { disciplineAffinity } from '../../seed/city-profile.ts';
import { generateCollaborationLife, INSIGHT_THEMES, type CollaborationLife, type SeedMeeting, type SeedWorkingGroup } from '../../seed/collaboration-life.ts';
import { generateCity, type City } from '../../seed/generate.ts';
import { DISCIPLINE_IDS } from '../../server/domain/taxonomy.ts';
import {
  AttendanceInputSchema,
  GroupMembershipInputSchema,
  InsightInputSchema,
  MeetingInputSchema,
  WorkingGroupInputSchema,
} from '../../server/schemas/working-group.ts';

// TypeCompiler knows no string formats; give it the ones the schemas use (Fastify's ajv has them).
const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v),
  uri: (v) => URL.canParse(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  'date-time': (v) => !Number.isNaN(Date.parse(v)),
};
for (const [format, check] of Object.entries(FORMATS)) if (!FormatRegistry.Has(format)) FormatRegistry.Set(format, check);

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;
const minutesOf = (localDateTime: string) => Number(localDateTime.slice(11, 13)) * 60 + Number(localDateTime.slice(14, 16));

const UNTIL = '2026-06-30';
const city = generateCity();
const life = generateCollaborationLife(city);

function schemaErrors(schema: TSchema, values: readonly unknown[]): string[] {
  const check = TypeCompiler.Compile(schema);
  return values.flatMap((value, row) => [...check.Errors(value)].map((e) => `#${row} ${e.path}: ${e.message}`)).slice(0, 10);
}

function everySchemaError(l: CollaborationLife): string[] {
  return [
    ...schemaErrors(WorkingGroupInputSchema, l.workingGroups.map(({ id: _id, members: _members, ...group }) => group)),
    ...schemaErrors(GroupMembershipInputSchema, l.workingGroups.flatMap((g) => g.members)),
    ...schemaErrors(MeetingInputSchema, l.meetings.map(({ id: _id, attendance: _attendance, ...meeting }) => meeting)),
    ...schemaErrors(AttendanceInputSchema, l.meetings.flatMap((m) => m.attendance)),
    ...schemaErrors(InsightInputSchema, l.insights.map(({ id: _id, ...insight }) => insight)),
  ];
}

const isHeld = (m: SeedMeeting) => day(m.startsAt) <= day(UNTIL);

function memberOn(group: SeedWorkingGroup, organisationId: string, date: number): boolean {
  return group.members.some((m) => m.organisationId === organisationId && day(m.joinedOn) <= date && (m.leftOn == null || date < day(m.leftOn)));
}

/** Each organisation's attendance records in date order: true when present. */
function attendanceHistories(l: CollaborationLife): Map<string, boolean[]> {
  const histories = new Map<string, boolean[]>();
  const byDate = [...l.meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const m of byDate) {
    for (const a of m.attendance) {
      const history = histories.get(a.organisationId) ?? [];
      history.push(a.status === 'present');
      histories.set(a.organisationId, history);
    }
  }
  return histories;
}

describe('generateCollaborationLife', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives byte-identical JSON for the same city and options, and another life for another seed', () => {
    const again = generateCollaborationLife(generateCity(), { seed: 2024, until: UNTIL, years: 3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(life));
    const other = generateCollaborationLife(city, { seed: 2025 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(life));
    expect(other.workingGroups[0]!.id).not.toBe(life.workingGroups[0]!.id);
  });

  it('never reads the clock and leaves the city as it was', () => {
    const before = JSON.stringify(city);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
    expect(JSON.stringify(generateCollaborationLife(city))).toBe(JSON.stringify(life));
    expect(JSON.stringify(city)).toBe(before);
  });

  it('writes groups, memberships, meetings, attendance and insights that the API input schemas accept', () => {
    expect(everySchemaError(life)).toEqual([]);
    const otherCity = generateCity({ seed: 7, organisations: 600, years: 2, until: '2021-01-15' });
    const other = generateCollaborationLife(otherCity, { seed: 7, years: 2, until: '2021-01-15' });
    expect(other.workingGroups.length).toBeGreaterThan(10);
    expect(everySchemaError(other)).toEqual([]);
  });

  it('gives every record a unique UUID and refers only to organisations, groups, meetings and projects that exist', () => {
    const ids = [...life.workingGroups.map((g) => g.id), ...life.meetings.map((m) => m.id), ...life.insights.map((i) => i.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const organisations = new Set(city.organisations.map((o) => o.id));
    const groups = new Set(life.workingGroups.map((g) => g.id));
    const meetings = new Set(life.meetings.map((m) => m.id));
    const projects = new Set(city.projects.map((p) => p.id));
    for (const g of life.workingGroups) for (const m of g.members) expect(organisations.has(m.organisationId)).toBe(true);
    for (const m of life.meetings) {
      if (m.workingGroupId !== null) expect(groups.has(m.workingGroupId!)).toBe(true);
      for (const a of m.attendance) expect(organisations.has(a.organisationId)).toBe(true);
    }
    for (const i of life.insights) {
      expect(organisations.has(i.organisationId)).toBe(true);
      expect(meetings.has(i.meetingId!)).toBe(true);
    }
    for (const [project, group] of Object.entries(life.projectGroups)) {
      expect(projects.has(project)).toBe(true);
      expect(groups.has(group)).toBe(true);
    }
  });

  it('has about eight bilingual thematic groups for the default city, one of them cross-cutting', () => {
    expect(life.workingGroups.length).toBeGreaterThanOrEqual(7);
    expect(life.workingGroups.length).toBeLessThanOrEqual(10);
    const focuses = life.workingGroups.map((g) => g.focusDiscipline);
    for (const focus of ['theatre', 'music', 'visual-arts', 'literature', 'heritage', 'film', 'circus', 'multidisciplinary']) expect(focuses).toContain(focus);
    for (const g of life.workingGroups) {
      expect(DISCIPLINE_IDS).toContain(g.focusDiscipline);
      expect(g.name).toMatch(/^Werkgroep .+ \/ Groupe de travail .+$/);
      expect(g.description?.nl?.length).toBeGreaterThan(40);
      expect(g.description?.fr?.length).toBeGreaterThan(40);
      expect(g.coordinatorName).toMatch(/^\p{Lu}\p{L}+ .+$/u);
    }
    expect(new Set(life.workingGroups.map((g) => g.slug)).size).toBe(life.workingGroups.length);
    expect(new Set(life.workingGroups.map((g) => g.name)).size).toBe(life.workingGroups.length);
  });

  it('recruits 8 to 25 members per group, mostly from the focus discipline and related ones', () => {
    const byId = new Map(city.organisations.map((o) => [o.id, o]));
    for (const g of life.workingGroups) {
      expect(g.members.length).toBeGreaterThanOrEqual(8);
      expect(g.members.length).toBeLessThanOrEqual(25);
      expect(new Set(g.members.map((m) => m.organisationId)).size).toBe(g.members.length);
      if (g.focusDiscipline === 'multidisciplinary') continue;
      const related = g.members.filter((m) => byId.get(m.organisationId)!.disciplines.some((d) => disciplineAffinity(g.focusDiscipline, d) >= 0.8));
      expect(related.length / g.members.length).toBeGreaterThan(0.7);
    }
  });

  it('puts an organisation in at most three groups, and isolated members mostly in none', () => {
    const groupsOf = new Map<string, number>();
    for (const g of life.workingGroups) for (const m of g.members) groupsOf.set(m.organisationId, (groupsOf.get(m.organisationId) ?? 0) + 1);
    for (const n of groupsOf.values()) expect(n).toBeLessThanOrEqual(3);
    const inProjects = new Set(city.projects.flatMap((p) => p.partners.map((x) => x.organisationId)));
    const isolated = city.organisations.filter((o) => !inProjects.has(o.id));
    const active = city.organisations.filter((o) => inProjects.has(o.id));
    expect(isolated.length).toBeGreaterThan(0);
    expect(isolated.filter((o) => groupsOf.has(o.id)).length / isolated.length).toBeLessThan(0.3);
    expect(active.filter((o) => groupsOf.has(o.id)).length / active.length).toBeGreaterThan(0.55);
    expect([...groupsOf.values()].some((n) => n >= 2)).toBe(true);
  });

  it('gives each group one chair, at most one secretary, a representative per member, and dates within the period', () => {
    const first = day(UNTIL) - Math.round(3 * 365.25);
    let memberships = 0;
    let left = 0;
    let fromTheStart = 0;
    for (const g of life.workingGroups) {
      expect(g.members.filter((m) => m.role === 'chair')).toHaveLength(1);
      expect(g.members.filter((m) => m.role === 'secretary').length).toBeLessThanOrEqual(1);
      const start = Math.min(...g.members.map((m) => day(m.joinedOn)));
      for (const m of g.members) {
        memberships++;
        expect(m.representative).toMatch(/^\p{Lu}\p{L}+ .+$/u);
        const joined = day(m.joinedOn);
        expect(joined).toBeGreaterThanOrEqual(first);
        expect(joined).toBeLessThan(day(UNTIL));
        if (joined === start) fromTheStart++;
        if (m.leftOn) {
          left++;
          expect(day(m.leftOn)).toBeGreaterThan(joined);
          expect(day(m.leftOn)).toBeLessThan(day(UNTIL));
          expect(m.role).toBe('member');
        }
      }
    }
    expect(fromTheStart / memberships).toBeGreaterThan(0.6);
    expect(left / memberships).toBeGreaterThan(0.04);
    expect(left / memberships).toBeLessThan(0.2);
  });

  it('holds 4 to 8 group meetings a year, and 2 or 3 plenaries a year', () => {
    for (const g of life.workingGroups) {
      const held = life.meetings.filter((m) => m.workingGroupId === g.id && isHeld(m));
      const years = (day(UNTIL) - day(held[0]!.startsAt) + 1) / 365.25;
      expect(held.length / years).toBeGreaterThanOrEqual(4);
      expect(held.length / years).toBeLessThanOrEqual(8);
      expect(held.some((m) => m.kind === 'knowledge-exchange')).toBe(true);
      expect(life.meetings.some((m) => m.workingGroupId === g.id && !isHeld(m))).toBe(true);
    }
    const plenaries = life.meetings.filter((m) => m.kind === 'plenary');
    expect(plenaries.every((m) => m.workingGroupId === null)).toBe(true);
    expect(life.meetings.filter((m) => m.workingGroupId === null).every((m) => m.kind === 'plenary')).toBe(true);
    const heldPlenaries = plenaries.filter(isHeld).length;
    expect(heldPlenaries).toBeGreaterThanOrEqual(6);
    expect(heldPlenaries).toBeLessThanOrEqual(9);
  });

  it('meets on weekdays at plausible hours for 1.5 to 3 hours, in a member’s house or online', () => {
    const groups = new Map(life.workingGroups.map((g) => [g.id, g]));
    const first = day(UNTIL) - Math.round(3 * 365.25);
    for (const m of life.meetings) {
      expect(m.startsAt.slice(0, 10)).toBe(m.endsAt.slice(0, 10));
      expect(m.endsAt > m.startsAt).toBe(true);
      const weekday = new Date(day(m.startsAt) * DAY_MS).getUTCDay();
      expect(weekday).toBeGreaterThanOrEqual(1);
      expect(weekday).toBeLessThanOrEqual(5);
      const start = minutesOf(m.startsAt);
      const length = minutesOf(m.endsAt) - start;
      expect(start).toBeGreaterThanOrEqual(9 * 60);
      expect(start).toBeLessThanOrEqual(19 * 60);
      expect(length).toBeGreaterThanOrEqual(90);
      expect(length).toBeLessThanOrEqual(180);
      expect(day(m.startsAt)).toBeGreaterThanOrEqual(first);
      expect(day(m.startsAt)).toBeLessThanOrEqual(day(UNTIL) + 120);
      expect(m.place || m.onlineUrl).toBeTruthy();
      if (m.place === 'Online') expect(m.onlineUrl).toBeTruthy();
      if (m.onlineUrl) {
        const slug = m.workingGroupId ? groups.get(m.workingGroupId)!.slug : 'plenary';
        expect(m.onlineUrl).toBe(`https://meet.example.org/${slug}`);
      }
      const points = m.agenda!.split('\n');
      expect(points.length).toBeGreaterThanOrEqual(3);
      expect(points.length).toBeLessThanOrEqual(5);
      points.forEach((p, i) => expect(p.startsWith(`${i + 1}. `)).toBe(true));
    }
    expect(life.meetings.some((m) => m.place === 'Online')).toBe(true);
    expect(life.meetings.some((m) => m.place !== 'Online' && m.onlineUrl)).toBe(true);
    expect(life.meetings.some((m) => m.place !== 'Online' && !m.onlineUrl)).toBe(true);
  });

  it('writes minutes, decisions and attendance for past meetings only', () => {
    for (const m of life.meetings) {
      if (isHeld(m)) {
        expect(m.minutes?.length).toBeGreaterThan(20);
        expect(m.decisions?.length).toBeGreaterThan(0);
        expect(m.attendance.length).toBeGreaterThan(0);
      } else {
        expect(m.minutes).toBeUndefined();
        expect(m.decisions).toBeUndefined();
        expect(m.attendance).toEqual([]);
      }
    }
  });

  it('records the attendance of exactly the members of the group on that day; plenaries invite every group member', () => {
    const groups = new Map(life.workingGroups.map((g) => [g.id, g]));
    for (const m of life.meetings.filter(isHeld)) {
      const date = day(m.startsAt);
      const recorded = m.attendance.map((a) => a.organisationId);
      expect(new Set(recorded).size).toBe(recorded.length);
      if (m.workingGroupId) {
        const group = groups.get(m.workingGroupId)!;
        const expected = group.members.filter((x) => memberOn(group, x.organisationId, date)).map((x) => x.organisationId);
        expect([...recorded].sort()).toEqual([...expected].sort());
      } else {
        const expected = new Set(life.workingGroups.flatMap((g) => g.members.filter((x) => memberOn(g, x.organisationId, date)).map((x) => x.organisationId)));
        expect(new Set(recorded)).toEqual(expected);
      }
      // The minutes count what the attendance says.
      const present = m.attendance.filter((a) => a.status === 'present').length;
      expect(m.minutes).toMatch(new RegExp(`Aanwezig: ${present} organisaties|Présents : ${present} organisations|Present: ${present} organisations`));
    }
  });

  it('has about 70% presence overall, with loyal members, members drifting away and members coming closer', () => {
    const all = life.meetings.flatMap((m) => m.attendance);
    const rate = all.filter((a) => a.status === 'present').length / all.length;
    expect(rate).toBeGreaterThan(0.62);
    expect(rate).toBeLessThan(0.8);
    expect(all.some((a) => a.status === 'excused')).toBe(true);
    expect(all.some((a) => a.status === 'absent')).toBe(true);
    const trends: number[] = [];
    for (const history of attendanceHistories(life).values()) {
      if (history.length < 12) continue;
      const half = Math.floor(history.length / 2);
      const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;
      trends.push(share(history.slice(half)) - share(history.slice(0, half)));
    }
    expect(trends.length).toBeGreaterThan(30);
    expect(trends.filter((t) => t <= -0.3).length).toBeGreaterThanOrEqual(3);
    expect(trends.filter((t) => t >= 0.3).length).toBeGreaterThanOrEqual(3);
    expect(trends.filter((t) => Math.abs(t) < 0.15).length).toBeGreaterThanOrEqual(10);
  });

  it('records 1 to 4 insights per knowledge-exchange session, each shared by a member present there', () => {
    expect(life.insights.length).toBeGreaterThan(40);
    const meetings = new Map(life.meetings.map((m) => [m.id, m]));
    const organisations = new Map(city.organisations.map((o) => [o.id, o]));
    const perMeeting = new Map<string, number>();
    for (const i of life.insights) {
      const meeting = meetings.get(i.meetingId!)!;
      expect(meeting.kind).toBe('knowledge-exchange');
      expect(isHeld(meeting)).toBe(true);
      expect(meeting.attendance).toContainEqual({ organisationId: i.organisationId, status: 'present' });
      perMeeting.set(meeting.id, (perMeeting.get(meeting.id) ?? 0) + 1);
      const organisation = organisations.get(i.organisationId)!;
      expect(i.language).toBe(organisation.mainLanguage);
      expect(i.disciplines).toEqual(organisation.disciplines);
      expect(i.themes.length).toBeGreaterThan(0);
      for (const t of i.themes) expect(INSIGHT_THEMES).toContain(t);
      expect(i.body).toContain(organisation.name);
    }
    for (const n of perMeeting.values()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(4);
    }
    expect(new Set(life.insights.map((i) => i.kind))).toEqual(new Set(['success-story', 'obstacle', 'lesson-learned']));
    expect(new Set(life.insights.map((i) => i.language))).toEqual(new Set(['nl', 'fr', 'en']));
    expect(new Set(life.insights.flatMap((i) => i.themes)).size).toBeGreaterThanOrEqual(9);
  });

  it('has insights in Dutch and in French that a search for volunteers finds', () => {
    const words = (language: string, pattern: RegExp) => life.insights.filter((i) => i.language === language && pattern.test(`${i.title} ${i.body}`));
    expect(words('nl', /vrijwilligers/i).length).toBeGreaterThanOrEqual(2);
    expect(words('fr', /bénévoles/i).length).toBeGreaterThanOrEqual(2);
    expect(words('nl', /vrijwilligers/i).every((i) => !/bénévoles/i.test(i.body))).toBe(true);
  });

  it('links about a third of the projects to the group most of their partners belonged to when they started', () => {
    const groups = new Map(life.workingGroups.map((g) => [g.id, g]));
    const projects = new Map(city.projects.map((p) => [p.id, p]));
    const linked = Object.entries(life.projectGroups);
    expect(linked.length / city.projects.length).toBeGreaterThanOrEqual(0.28);
    expect(linked.length / city.projects.length).toBeLessThanOrEqual(0.4);
    for (const [projectId, groupId] of linked) {
      const project = projects.get(projectId)!;
      expect(project.status).not.toBe('idea');
      const start = day(project.startDate!);
      const members = project.partners.filter((p) => memberOn(groups.get(groupId)!, p.organisationId, start));
      expect(members.length).toBeGreaterThanOrEqual(2);
      const leadIsMember = members.some((p) => p.role === 'lead');
      expect(2 * members.length + (leadIsMember ? 1 : 0)).toBeGreaterThan(project.partners.length);
    }
    // Their group's minutes say when it went ahead.
    const decided = life.meetings.flatMap((m) => m.decisions ?? []).join('\n');
    const mentioned = linked.filter(([projectId]) => decided.includes(projects.get(projectId)!.title)).length;
    expect(mentioned / linked.length).toBeGreaterThan(0.5);
  });

  it('rejects options it cannot honour, with a message that names them', () => {
    expect(() => generateCollaborationLife(city, { until: '2026-02-30' })).toThrow(/until/);
    expect(() => generateCollaborationLife(city, { years: 0 })).toThrow(/years/);
    expect(() => generateCollaborationLife(city, { seed: Number.NaN })).toThrow(/seed/);
  });

  it('copes with tiny cities', () => {
    expect(generateCollaborationLife({ organisations: [], projects: [] })).toEqual({ workingGroups: [], meetings: [], insights: [], projectGroups: {} });
    const five = generateCity({ organisations: 5 });
    const small = generateCollaborationLife(five);
    expect(everySchemaError(small)).toEqual([]);
    for (const g of small.workingGroups) expect(g.members.length).toBeGreaterThan(0);
  });

  it('scales: a city of 20 000 members gets about one group per 18 members in a few seconds', { timeout: 180_000 }, () => {
    const large: City = generateCity({ organisations: 20_000 });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const big = generateCollaborationLife(large);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const attendance = big.meetings.reduce((sum, m) => sum + m.attendance.length, 0);
    // CPU time too: on a busy machine the wall clock says more about the neighbours than about us.
    console.info(
      `generateCollaborationLife(20 000 organisations): ${big.workingGroups.length} groups, ${big.meetings.length} meetings, ` +
        `${attendance} attendance records, ${big.insights.length} insights in ${seconds.toFixed(2)} s ` +
        `(CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
    );
    expect(big.workingGroups.length).toBeGreaterThanOrEqual(1000);
    expect(big.workingGroups.length).toBeLessThanOrEqual(1200);
    expect(new Set(big.workingGroups.map((g) => g.slug)).size).toBe(big.workingGroups.length);
    expect(new Set(big.workingGroups.map((g) => g.name)).size).toBe(big.workingGroups.length);
    const groupsOf = new Map<string, number>();
    for (const g of big.workingGroups) {
      expect(g.members.length).toBeLessThanOrEqual(25);
      for (const m of g.members) groupsOf.set(m.organisationId, (groupsOf.get(m.organisationId) ?? 0) + 1);
    }
    for (const n of groupsOf.values()) expect(n).toBeLessThanOrEqual(3);
    expect(seconds).toBeLessThan(60);
  });
});
