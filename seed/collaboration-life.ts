// The demo city's collaboration life: thematic working groups and their members, three years of
// meetings with attendance, knowledge-exchange sessions with their insights, and the projects
// born in a group. Pure: no clock, no I/O; the same city and options give the same life.
import { COMMUNES, type Commune } from '../server/domain/taxonomy.ts';
import type { AttendanceInput, GroupMembershipInput, InsightInput, MeetingInput, WorkingGroupInput } from '../server/schemas/working-group.ts';
import { nearbyCommunes } from './city-profile.ts';
import type { City, SeedOrganisation } from './generate.ts';
import {
  GROUP_THEMES,
  groupDecisions,
  groupMinutes,
  groupNaming,
  planGroupMeeting,
  plenaryAgenda,
  plenaryDecisions,
  plenaryMinutes,
  plenaryTitle,
  type GroupTheme,
  type PlenarySeason,
} from './group-texts.ts';
import { formatEuros, INSIGHT_THEMES, writeInsight, type InsightKind, type InsightTheme } from './insight-texts.ts';
import { distinctPeople, personName } from './people.ts';
import { createRandom, type Random } from '../server/analytics/random.ts';
import type { TextLanguage } from './texts.ts';
import { DAY_MS, isoDay, parseIsoDay, weekday, yearOf } from './days.ts';

export { INSIGHT_THEMES, INSIGHT_THEME_LABELS, type InsightTheme } from './insight-texts.ts';

export interface SeedWorkingGroup extends WorkingGroupInput {
  id: string;
  slug: string;
  members: GroupMembershipInput[];
}

export interface SeedMeeting extends MeetingInput {
  id: string;
  attendance: AttendanceInput[];
}

export interface SeedInsight extends InsightInput {
  id: string;
}

export interface CollaborationLife {
  workingGroups: SeedWorkingGroup[];
  meetings: SeedMeeting[];
  insights: SeedInsight[];
  /** project id → working group id, for projects born in a group */
  projectGroups: Record<string, string>;
}

export interface CollaborationLifeOptions {
  /** Default 2024, like the city. */
  seed?: number;
  /** 'YYYY-MM-DD', the "today" of the city; default '2026-06-30'. Meetings after it are only planned. */
  until?: string;
  /** How many years of meetings before `until`; default 3. */
  years?: number;
}

const DEFAULTS = { seed: 2024, until: '2026-06-30', years: 3 } as const;

/** One working group per this many members, and at least this many groups. */
const ORGANISATIONS_PER_GROUP = 18;
const MIN_GROUPS = 4;
const MIN_MEMBERS = 8;
const MAX_MEMBERS = 25;
const MAX_GROUPS_PER_ORGANISATION = 3;
/** Share of memberships that end before `until`. */
const LEAVING_SHARE = 0.1;
/** How far ahead meetings are already planned. */
const FUTURE_DAYS = 120;
/** Share of projects the council remembers as born in one of its groups. */
const PROJECTS_BORN_IN_GROUPS = 0.35;

function dayOf(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function localDateTime(day: number, minutes: number): string {
  return `${isoDay(day)}T${minutesToTime(minutes)}`;
}

/** The calendar of the period: which days the council does not meet (summer and year-end breaks). */
class Calendar {
  private readonly breaks: Uint8Array;

  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    this.breaks = new Uint8Array(last - first + 1);
    for (let day = first; day <= last; day++) {
      const date = new Date(day * DAY_MS);
      const md = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
      // No meetings from 8 July to 24 August, nor from 21 December to 5 January.
      if ((md >= 708 && md <= 824) || md >= 1221 || md <= 105) this.breaks[day - first] = 1;
    }
  }

  isOpen(day: number): boolean {
    return day >= this.first && day <= this.last && this.breaks[day - this.first] === 0;
  }

  /** Open days on the given weekdays, from `start` to `end` included. */
  openDays(weekdays: readonly number[], start: number, end: number): number[] {
    const days: number[] = [];
    for (let day = Math.max(start, this.first); day <= Math.min(end, this.last); day++) {
      if (weekdays.includes(weekday(day)) && this.isOpen(day)) days.push(day);
    }
    return days;
  }

  /** The first open day on one of `weekdays` on or after `day`, or null. */
  nextOpen(day: number, weekdays: readonly number[]): number | null {
    for (let d = day; d <= this.last; d++) if (weekdays.includes(weekday(d)) && this.isOpen(d)) return d;
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Members as the generator sees them.

type AttendanceProfile = 'loyal' | 'steady' | 'drifting' | 'growing';

interface Member {
  index: number;
  record: SeedOrganisation;
  language: TextLanguage;
  projects: number;
  isolated: boolean;
  /** How many groups it would like to be in. */
  wish: number;
  groups: number;
  /** Themes of the groups it is in, so that it never joins two chapters of one theme. */
  themes: Set<number>;
  contact: string | null;
  /** Chance of being present, at the middle of the period, and its change over the period. */
  base: number;
  slope: number;
  /** When not present: chance of sending apologies rather than just not coming. */
  excuses: number;
  /** Indexes of the organisations it has shared a project with. */
  partners: number[];
  /** Its memberships, for "was it a member on that day?". */
  memberships: Membership[];
}

interface Membership {
  member: Member;
  group: Group;
  role: GroupMembershipInput['role'];
  representative: string;
  joined: number;
  left: number | null;
}

interface Group {
  index: number;
  theme: GroupTheme;
  themeIndex: number;
  id: string;
  slug: string;
  name: string;
  description: { nl: string; fr: string; en: string };
  subject: string;
  coordinator: string;
  meetingsPerYear: number;
  founded: number;
  members: Membership[];
  chair: Membership | null;
  language: TextLanguage;
  weekdays: number[];
  /** Usual start, minutes after midnight. */
  usualStart: number;
  onlineShare: number;
  /** How the group's attendance changes over the period. */
  vitality: number;
}

interface PlannedMeeting {
  id: string;
  group: Group | null;
  kind: MeetingInput['kind'];
  day: number;
  start: number;
  minutes: number;
  host: Member | null;
  online: boolean;
  /** In the room and on the link. */
  hybrid: boolean;
  held: boolean;
  kickOff: boolean;
  sessionTheme: InsightTheme | null;
  plenarySeason: PlenarySeason | null;
  /** As written out, and who was there, for minutes and insights. */
  attendance: AttendanceInput[];
  present: Member[];
  counts: Record<AttendanceInput['status'], number>;
  insights: number;
  projects: { title: string; lead: string }[];
  order: number;
}

/** A meeting as planned: nobody has attended it yet; `order` numbers the meetings as they are planned. */
function plannedMeeting(order: { next: number }, plan: Omit<PlannedMeeting, 'attendance' | 'present' | 'counts' | 'insights' | 'projects' | 'order'>): PlannedMeeting {
  return { ...plan, attendance: [], present: [], counts: { present: 0, excused: 0, absent: 0 }, insights: 0, projects: [], order: order.next++ };
}

function mainLanguage(record: SeedOrganisation): TextLanguage {
  return record.mainLanguage === 'nl' || record.mainLanguage === 'fr' || record.mainLanguage === 'en' ? record.mainLanguage : 'fr';
}

function describeMembers(random: Random, city: City): Member[] {
  const indexOf = new Map(city.organisations.map((o, i) => [o.id, i]));
  const projects = new Map<string, number>();
  const partners = city.organisations.map(() => new Set<number>());
  for (const p of city.projects) {
    const team = p.partners.map((x) => indexOf.get(x.organisationId)).filter((i): i is number => i !== undefined);
    for (const x of p.partners) projects.set(x.organisationId, (projects.get(x.organisationId) ?? 0) + 1);
    for (const a of team) for (const b of team) if (a !== b) partners[a]!.add(b);
  }
  return city.organisations.map((record, index) => {
    const count = projects.get(record.id) ?? 0;
    const isolated = count === 0;
    // Busy members sit in more groups; members outside every project mostly in none.
    const wish = isolated
      ? random.chance(0.12) ? 1 : 0
      : random.weighted([0, 1, 2, 3], count >= 4 ? [0.08, 0.37, 0.35, 0.2] : count >= 2 ? [0.15, 0.45, 0.28, 0.12] : [0.28, 0.47, 0.18, 0.07]);
    const profile = random.weighted<AttendanceProfile>(['loyal', 'steady', 'drifting', 'growing'], [0.25, 0.45, 0.18, 0.12]);
    const base =
      profile === 'loyal' ? 0.86 + 0.08 * random.next() : profile === 'steady' ? 0.6 + 0.22 * random.next() : 0.58 + 0.1 * random.next();
    const slope =
      profile === 'drifting'
        ? -(0.55 + 0.2 * random.next())
        : profile === 'growing'
          ? 0.45 + 0.2 * random.next()
          : (random.next() - 0.5) * (profile === 'loyal' ? 0.1 : 0.25);
    const excuses = profile === 'loyal' ? 0.75 : profile === 'drifting' ? 0.3 : 0.5;
    return {
      index,
      record,
      language: mainLanguage(record),
      projects: count,
      isolated,
      wish,
      groups: 0,
      themes: new Set<number>(),
      contact: null,
      partners: [...partners[index]!].sort((a, b) => a - b),
      base,
      slope,
      excuses,
      memberships: [],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Groups: one per theme in a small council, local chapters per commune in a large one.

interface GroupSlot {
  themeIndex: number;
  commune: Commune | null;
  /** 1-based number among the chapters of one theme in one commune, when there are several. */
  number: number | null;
  /** Natural members expected, to size the group. */
  expectedCore: number;
}

/** 1 for a natural member (main discipline or kind), 0.45 for a secondary discipline, 0 otherwise. */
function coreFit(theme: GroupTheme, record: SeedOrganisation): number {
  const disciplines = record.disciplines;
  if (theme.core.includes(disciplines[0]!) || theme.coreKinds.includes(record.kind as GroupTheme['coreKinds'][number])) return 1;
  for (let i = 1; i < disciplines.length; i++) if (theme.core.includes(disciplines[i]!)) return 0.45;
  return 0;
}

function isAffine(theme: GroupTheme, record: SeedOrganisation): boolean {
  return theme.affine.length === 0 || record.disciplines.some((d) => theme.affine.includes(d));
}

/** Splits `total` in proportion to `weights` (largest remainder), each share at least `minimum`. */
function apportion(total: number, weights: readonly number[], minimum: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const base = weights.map(() => minimum);
  const rest = total - minimum * weights.length;
  if (rest <= 0 || sum <= 0) return base;
  const exact = weights.map((w) => (rest * w) / sum);
  const shares = exact.map((x, i) => base[i]! + Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.i]!++;
  return shares;
}

function planGroupSlots(members: readonly Member[], count: number): GroupSlot[] {
  const coreCount = (theme: GroupTheme, list: readonly Member[]) => list.reduce((sum, m) => sum + coreFit(theme, m.record), 0);
  if (count <= GROUP_THEMES.length) {
    return GROUP_THEMES.slice(0, count).map((theme, themeIndex) => ({ themeIndex, commune: null, number: null, expectedCore: coreCount(theme, members) }));
  }
  // A large council: every theme gets chapters in proportion to its natural members, placed in
  // the communes where those members are.
  const byCommune = new Map<string, Member[]>(COMMUNES.map((c) => [c.id, []]));
  for (const m of members) byCommune.get(m.record.commune)?.push(m);
  const perThemeCommune = GROUP_THEMES.map((theme) => COMMUNES.map((c) => coreCount(theme, byCommune.get(c.id)!)));
  const chapters = apportion(count, perThemeCommune.map((row) => row.reduce((a, b) => a + b, 0)), 1);
  const slots: GroupSlot[] = [];
  GROUP_THEMES.forEach((_, themeIndex) => {
    const row = perThemeCommune[themeIndex]!;
    const perCommune = apportion(chapters[themeIndex]!, row, 0);
    COMMUNES.forEach((commune, c) => {
      const n = perCommune[c]!;
      for (let k = 0; k < n; k++) slots.push({ themeIndex, commune, number: n > 1 ? k + 1 : null, expectedCore: row[c]! / n });
    });
  });
  return slots;
}

const NEARBY = nearbyCommunes(3.5);
/** How strongly a past project partner of the chosen members is pulled into a group. */
const TIE_PULL = 3;

/** Local members count fully; those of the communes around a chapter's home are asked less readily. */
const AWAY = 0.3;

/** Finds the members of each group among the organisations of its theme and area. */
class Recruiter {
  private readonly byCommune = new Map<string, number[]>();
  /** Per theme: each organisation's place in the queue (smaller comes first), Infinity if it does not fit. */
  private readonly coreKeys = new Map<number, Float64Array>();
  private readonly affineKeys = new Map<number, Float64Array>();
  /** Per theme and area: organisation indexes sorted by key. */
  private readonly queues = new Map<string, { core: number[]; affine: number[] }>();

  constructor(
    private readonly random: Random,
    private readonly members: readonly Member[],
  ) {
    for (const m of members) {
      const list = this.byCommune.get(m.record.commune) ?? [];
      list.push(m.index);
      this.byCommune.set(m.record.commune, list);
    }
  }

  /** Drawn once per theme: a random key, smaller for a better fit and a busier member. */
  private keys(themeIndex: number): { core: Float64Array; affine: Float64Array } {
    let core = this.coreKeys.get(themeIndex);
    let affine = this.affineKeys.get(themeIndex);
    if (!core || !affine) {
      const theme = GROUP_THEMES[themeIndex]!;
      core = new Float64Array(this.members.length).fill(Infinity);
      affine = new Float64Array(this.members.length).fill(Infinity);
      for (const member of this.members) {
        const fit = coreFit(theme, member.record);
        if (fit > 0) core[member.index] = this.random.next() / (fit * (1 + 0.15 * Math.min(member.projects, 6)));
        else if (isAffine(theme, member.record)) affine[member.index] = 1 + this.random.next();
      }
      this.coreKeys.set(themeIndex, core);
      this.affineKeys.set(themeIndex, affine);
    }
    return { core, affine };
  }

  /** The queue of one theme in one area: the home commune (or the whole city), or the communes around it. */
  private queue(themeIndex: number, commune: Commune | null, around: boolean): { core: number[]; affine: number[] } {
    const key = `${themeIndex}|${commune?.id ?? '*'}|${around}`;
    const known = this.queues.get(key);
    if (known) return known;
    const { core, affine } = this.keys(themeIndex);
    const area = !commune ? this.members.map((m) => m.index) : around ? NEARBY[commune.id]!.flatMap((c) => this.byCommune.get(c) ?? []) : (this.byCommune.get(commune.id) ?? []);
    const weight = (i: number) => (commune && this.members[i]!.record.commune !== commune.id ? AWAY : 1);
    const sorted = (keys: Float64Array) =>
      area
        .filter((i) => keys[i] !== Infinity)
        .map((i) => ({ i, k: keys[i]! / weight(i) }))
        .sort((a, b) => a.k - b.k || a.i - b.i)
        .map((x) => x.i);
    const queue = { core: sorted(core), affine: sorted(affine) };
    this.queues.set(key, queue);
    return queue;
  }

  /**
   * Draws the members of one group: mostly natural members, some from related disciplines, and
   * those who already work with the chosen ones pulled in first, as groups form around partners.
   */
  recruit(slot: GroupSlot): Member[] {
    const random = this.random;
    const members = this.members;
    const target = Math.min(MAX_MEMBERS, Math.max(MIN_MEMBERS, Math.round(0.5 * slot.expectedCore + random.int(2, 6))));
    const keys = this.keys(slot.themeIndex);
    const area = slot.commune ? new Set(NEARBY[slot.commune.id]!) : null;
    const chosen: Member[] = [];
    const taken = new Set<number>();
    /** How many of the chosen members each organisation has shared a project with. */
    const ties = new Map<number, number>();
    const canJoin = (m: Member, strict: boolean) =>
      !taken.has(m.index) &&
      !m.themes.has(slot.themeIndex) &&
      m.groups < MAX_GROUPS_PER_ORGANISATION &&
      (strict ? m.groups < m.wish : !m.isolated || m.groups < m.wish);
    const take = (m: Member) => {
      chosen.push(m);
      taken.add(m.index);
      for (const partner of m.partners) ties.set(partner, (ties.get(partner) ?? 0) + 1);
    };
    const keyOf = (i: number, own: Float64Array) => {
      const commune = members[i]!.record.commune;
      if (area && !area.has(commune)) return Infinity;
      return own[i]! / (slot.commune && commune !== slot.commune.id ? AWAY : 1);
    };
    // The queue is in key order; a partner of the chosen ones may jump it, so each pick compares
    // the head of the queue with the (few) tied candidates of the area.
    const fill = (queue: readonly number[], own: Float64Array, size: number, strict: boolean) => {
      let head = 0;
      while (chosen.length < size) {
        while (head < queue.length && !canJoin(members[queue[head]!]!, strict)) head++;
        let best = head < queue.length ? queue[head]! : -1;
        let bestKey = best >= 0 ? keyOf(best, own) : Infinity;
        for (const [index, count] of ties) {
          const k = keyOf(index, own);
          if (k === Infinity || !canJoin(members[index]!, strict)) continue;
          const pulled = k / (1 + TIE_PULL * count);
          if (pulled < bestKey || (pulled === bestKey && index < best)) [best, bestKey] = [index, pulled];
        }
        if (best < 0) return;
        take(members[best]!);
      }
    };
    const coreWanted = Math.round(target * (0.75 + 0.15 * random.next()));
    // A chapter looks around its home commune only when home has too few.
    for (const around of slot.commune ? [false, true] : [false]) {
      const queue = this.queue(slot.themeIndex, slot.commune, around);
      for (const strict of [true, false]) {
        fill(queue.core, keys.core, coreWanted, strict);
        fill(queue.affine, keys.affine, target, strict);
        fill(queue.core, keys.core, target, strict);
        if (chosen.length >= target) break;
      }
      if (chosen.length >= target) break;
    }
    for (const m of chosen) {
      m.groups++;
      m.themes.add(slot.themeIndex);
    }
    return chosen;
  }
}

function weightOfSize(record: SeedOrganisation): number {
  return record.size === 'large' ? 3 : record.size === 'medium' ? 2 : 1;
}

/** The member most likely to lead: big houses and busy partners, rarely one that already leads a group. */
function pickLeader(random: Random, candidates: readonly Membership[]): Membership | null {
  if (candidates.length === 0) return null;
  const leads = (m: Member) => m.memberships.some((x) => x.role !== 'member');
  return random.weighted(
    candidates,
    candidates.map((c) => weightOfSize(c.member.record) * (1 + c.member.projects) * (leads(c.member) ? 0.05 : 1)),
  );
}

function representativeFor(random: Random, member: Member): string {
  // Usually the organisation's one contact person; sometimes a colleague who follows this group.
  if (member.contact === null) member.contact = personName(random);
  return random.chance(0.75) ? member.contact : personName(random);
}

const PREFERRED_WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKDAY_WEIGHTS = [1, 3, 3, 3, 1];
const USUAL_STARTS = [9 * 60 + 30, 10 * 60, 14 * 60, 14 * 60 + 30, 18 * 60 + 30];
const USUAL_START_WEIGHTS = [1, 3, 3, 1, 2];

function generateGroups(random: Random, members: Member[], firstDay: number, today: number, calendar: Calendar): Group[] {
  const count = members.length === 0 ? 0 : Math.max(MIN_GROUPS, Math.round(members.length / ORGANISATIONS_PER_GROUP));
  const slots = planGroupSlots(members, count);
  const coordinators = distinctPeople(random, Math.ceil(slots.length / 2));
  const recruiter = new Recruiter(random, members);
  const groups: Group[] = [];
  const takenSlugs = new Set<string>();

  for (const slot of slots) {
    const recruits = recruiter.recruit(slot);
    if (recruits.length === 0) continue;
    const theme = GROUP_THEMES[slot.themeIndex]!;
    const chapter = slot.commune
      ? {
          nl: `${slot.commune.name.nl}${slot.number ? ` ${slot.number}` : ''}`,
          fr: `${slot.commune.name.fr}${slot.number ? ` ${slot.number}` : ''}`,
          en: `${slot.commune.id === 'bruxelles' ? 'Brussels' : slot.commune.name.fr}${slot.number ? ` ${slot.number}` : ''}`,
        }
      : null;
    // A real rate between 4.5 and 7.5: over three years it makes 4 to 8 meetings a year.
    const rate = 4.5 + 3 * random.next();
    const meetingsPerYear = Math.round(rate);
    const naming = groupNaming(theme, meetingsPerYear, chapter);
    let slug = slot.commune ? `${theme.slug}-${slot.commune.id}${slot.number ? `-${slot.number}` : ''}` : theme.slug;
    for (let n = 2; takenSlugs.has(slug); n++) slug = `${theme.slug}-${n}`;
    takenSlugs.add(slug);

    const weekdays = [random.weighted(PREFERRED_WEEKDAYS, WEEKDAY_WEIGHTS)];
    if (random.chance(0.5)) {
      const second = random.weighted(PREFERRED_WEEKDAYS, WEEKDAY_WEIGHTS);
      if (!weekdays.includes(second)) weekdays.push(second);
    }
    // The council launched its groups in the first weeks of the period.
    const founded = Math.min(today, calendar.nextOpen(firstDay + random.int(0, 30), weekdays) ?? firstDay);
    const group: Group = {
      index: groups.length,
      theme,
      themeIndex: slot.themeIndex,
      id: random.uuid(),
      slug,
      name: naming.name,
      description: naming.description,
      // Both follow the chair's working language, known once the members are.
      subject: '',
      coordinator: coordinators[groups.length % coordinators.length]!,
      meetingsPerYear: rate,
      founded,
      members: [],
      chair: null,
      language: 'nl',
      weekdays,
      usualStart: random.weighted(USUAL_STARTS, USUAL_START_WEIGHTS),
      onlineShare: 0.1 + 0.3 * random.next(),
      vitality: (random.next() - 0.5) * 0.3,
    };

    const span = today - founded;
    const memberships = recruits.map((member): Membership => {
      const fromTheStart = span < 60 || random.chance(0.75);
      return {
        member,
        group,
        role: 'member',
        representative: representativeFor(random, member),
        joined: fromTheStart ? founded : founded + random.int(30, span - 30),
        left: null,
      };
    });
    const founders = memberships.filter((m) => m.joined === founded);
    const chair = pickLeader(random, founders.length > 0 ? founders : memberships)!;
    chair.role = 'chair';
    if (memberships.length >= 4 && random.chance(0.7)) {
      const secretary = pickLeader(random, founders.filter((m) => m !== chair));
      if (secretary) secretary.role = 'secretary';
    }
    for (const m of memberships) {
      // Whoever takes on a role there is one of the faithful.
      if (m.role !== 'member') {
        m.member.base = Math.max(m.member.base, 0.9);
        m.member.slope = Math.max(m.member.slope, 0);
      }
      // Officers stay, and late joiners have no time to leave: the others leave a little more often,
      // so that about one membership in ten has ended by `until`, at least three months after it began.
      const room = today - 1 - m.joined;
      if (m.role === 'member' && room > 90 && random.chance(LEAVING_SHARE * 1.3)) m.left = m.joined + random.int(90, room);
    }
    const roleOrder = { chair: 0, secretary: 1, member: 2 } as const;
    memberships.sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.joined - b.joined || a.member.index - b.member.index);
    group.members = memberships;
    group.chair = chair;
    group.language = chair.member.language;
    group.subject = chapter ? `${theme.subject[group.language]} ${chapter[group.language]}` : theme.subject[group.language];
    for (const m of memberships) m.member.memberships.push(m);
    groups.push(group);
  }
  return groups;
}

function isMemberOn(m: Membership, day: number): boolean {
  return m.joined <= day && (m.left === null || day < m.left);
}

// ---------------------------------------------------------------------------------------------
// Meetings

function pickHost(random: Random, candidates: readonly Member[]): Member | null {
  if (candidates.length === 0) return null;
  return random.weighted(
    candidates,
    candidates.map((m) => (m.record.offers?.includes('space') ? 4 : 1) * (m.record.size === 'large' ? 1.5 : 1)),
  );
}

function scheduleGroupMeetings(random: Random, group: Group, today: number, calendar: Calendar, order: { next: number }): PlannedMeeting[] {
  const days = calendar.openDays(group.weekdays, group.founded, calendar.last);
  const past = days.filter((d) => d <= today);
  const future = days.filter((d) => d > today);
  const span = (today - group.founded + 1) / 365.25;
  const count = Math.min(past.length, Math.max(1, Math.round(group.meetingsPerYear * span)));
  const step = count > 1 ? (past.length - 1) / (count - 1) : past.length;
  const chosen: number[] = [];
  for (let k = 0; k < count; k++) {
    if (k === 0) {
      chosen.push(0);
      continue;
    }
    const jitter = Math.floor(step / 4);
    const ideal = Math.round(k * step);
    const low = Math.max(chosen[k - 1]! + 1, ideal - jitter);
    const high = Math.min(past.length - 1 - (count - 1 - k), k === count - 1 ? ideal : ideal + jitter);
    chosen.push(high >= low ? random.int(low, high) : low);
  }
  const dates = chosen.map((i) => past[i]!);
  // One or two meetings already planned after `until`, at the group's rhythm.
  const gap = Math.max(1, Math.round(step));
  for (let k = 0; k < 2; k++) {
    const index = Math.floor(gap / 2) + k * gap;
    if (index < future.length && (k === 0 || random.chance(0.6))) dates.push(future[index]!);
  }

  const knowledgeShare = 0.2 + 0.2 * random.next();
  const sessionThemes: InsightTheme[] = [];
  let sinceExchange = 0;
  return dates.map((day, k) => {
    const kickOff = k === 0;
    const exchange = !kickOff && (random.chance(knowledgeShare) || sinceExchange >= 5);
    sinceExchange = exchange ? 0 : sinceExchange + 1;
    let sessionTheme: InsightTheme | null = null;
    if (exchange) {
      // Sessions go through the council's themes one by one before any comes back.
      if (sessionThemes.length === 0) sessionThemes.push(...random.shuffle([...INSIGHT_THEMES]));
      sessionTheme = sessionThemes.pop()!;
    }
    const start = random.chance(0.8) ? group.usualStart : random.weighted(USUAL_STARTS, USUAL_START_WEIGHTS);
    const evening = start >= 18 * 60;
    const minutes = exchange ? random.pick(evening ? [120, 150] : [120, 150, 180]) : random.pick(evening ? [90, 120] : [90, 120, 150]);
    const membersThatDay = group.members.filter((m) => isMemberOn(m, day)).map((m) => m.member);
    // Kick-offs and knowledge exchange want a room; other meetings now and then go online.
    const online = !kickOff && !exchange && random.chance(group.onlineShare);
    const host = online ? null : pickHost(random, membersThatDay);
    return plannedMeeting(order, {
      id: random.uuid(),
      group,
      kind: exchange ? 'knowledge-exchange' : 'working-group',
      day,
      start,
      minutes,
      host,
      online: online || host === null,
      hybrid: !online && random.chance(0.15),
      held: day <= today,
      kickOff,
      sessionTheme,
      plenarySeason: null,
    });
  });
}

const PLENARY_WINDOWS: readonly { season: PlenarySeason; month: number; from: number; to: number; chance: number }[] = [
  { season: 'spring', month: 3, from: 10, to: 31, chance: 1 },
  { season: 'summer', month: 6, from: 8, to: 26, chance: 0.5 },
  { season: 'autumn', month: 10, from: 6, to: 30, chance: 1 },
];

function schedulePlenaries(random: Random, members: readonly Member[], groups: readonly Group[], today: number, calendar: Calendar, order: { next: number }): PlannedMeeting[] {
  if (groups.length === 0) return [];
  // The council meets in plenary once its groups have started.
  const firstKickOff = Math.min(...groups.map((g) => g.founded));
  const venues = members.filter((m) => m.memberships.length > 0 && m.record.offers?.includes('space') && m.record.size !== 'small');
  const hosts = venues.length > 0 ? venues : members.filter((m) => m.memberships.length > 0);
  const plenaries: PlannedMeeting[] = [];
  const firstYear = yearOf(calendar.first);
  const lastYear = yearOf(calendar.last);
  for (let year = firstYear; year <= lastYear; year++) {
    for (const window of PLENARY_WINDOWS) {
      if (!random.chance(window.chance)) continue;
      const wanted = dayOf(year, window.month, random.int(window.from, window.to));
      const day = calendar.nextOpen(wanted, [2, 3, 4]);
      // Not before the groups exist: the first weeks of the period are for launching them.
      if (day === null || day <= firstKickOff || day > calendar.last) continue;
      const morning = random.chance(0.3);
      const host = hosts.length > 0 ? random.pick(hosts) : null;
      plenaries.push(
        plannedMeeting(order, {
          id: random.uuid(),
          group: null,
          kind: 'plenary',
          day,
          start: morning ? 9 * 60 + 30 : 18 * 60 + 30,
          minutes: morning ? 180 : 150,
          host,
          online: host === null,
          hybrid: random.chance(0.6),
          held: day <= today,
          kickOff: false,
          sessionTheme: null,
          plenarySeason: window.season,
        }),
      );
    }
  }
  return plenaries;
}

/** Present, excused or absent, from the member's own trend, the group's, and an upcoming departure. */
function attendanceStatus(random: Random, member: Member, group: Group | null, membership: Membership | null, day: number, progress: number, plenary: boolean): AttendanceInput['status'] {
  let p = member.base + member.slope * (progress - 0.5) + (group ? group.vitality * (progress - 0.5) : 0);
  if (membership?.left != null && membership.left - day < 150) p *= 0.55;
  if (plenary) p *= 0.8;
  p = Math.min(0.97, Math.max(0.03, p));
  if (random.chance(p)) return 'present';
  return random.chance(member.excuses) ? 'excused' : 'absent';
}

function recordAttendance(random: Random, meetings: readonly PlannedMeeting[], members: readonly Member[], firstDay: number, today: number): void {
  const length = Math.max(1, today - firstDay);
  const note = (meeting: PlannedMeeting, member: Member, status: AttendanceInput['status']) => {
    meeting.attendance.push({ organisationId: member.record.id, status });
    meeting.counts[status]++;
    if (status === 'present') meeting.present.push(member);
  };
  for (const meeting of meetings) {
    if (!meeting.held) continue;
    const progress = Math.min(1, Math.max(0, (meeting.day - firstDay) / length));
    if (meeting.group) {
      for (const m of meeting.group.members) {
        if (isMemberOn(m, meeting.day)) note(meeting, m.member, attendanceStatus(random, m.member, meeting.group, m, meeting.day, progress, false));
      }
    } else {
      // Plenaries invite every organisation that belongs to a group on that day.
      for (const member of members) {
        const membership = member.memberships.find((m) => isMemberOn(m, meeting.day));
        if (membership) note(meeting, member, attendanceStatus(random, member, null, membership, meeting.day, progress, true));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Insights

/** The theme an organisation raises on its own, from what it lacks. */
const THEME_OF_NEED: Readonly<Record<string, readonly InsightTheme[]>> = {
  volunteers: ['volunteers'],
  funding: ['funding', 'co-production'],
  space: ['space-sharing'],
  equipment: ['space-sharing', 'co-production'],
  audiences: ['audience-development', 'ticketing', 'neighbourhood'],
  communication: ['social-media', 'bilingual-communication'],
  staff: ['co-production', 'volunteers'],
  expertise: ['co-production', 'accessibility'],
};

const INSIGHT_KINDS: readonly InsightKind[] = ['success-story', 'obstacle', 'lesson-learned'];
const OTHER_MEMBER: Readonly<Record<TextLanguage, string>> = { nl: 'een ander lid', fr: 'un autre membre', en: 'another member' };

function communePhrase(commune: Commune | undefined, language: TextLanguage): string {
  if (!commune) return language === 'nl' ? 'in Brussel' : language === 'fr' ? 'à Bruxelles' : 'in Brussels';
  if (language === 'nl') return `in ${commune.name.nl}`;
  if (language === 'fr') return `à ${commune.name.fr}`;
  return `in ${commune.id === 'bruxelles' ? 'Brussels' : commune.name.fr}`;
}

function shareInsights(random: Random, meetings: readonly PlannedMeeting[]): SeedInsight[] {
  const communes = new Map(COMMUNES.map((c) => [c.id, c]));
  const insights: SeedInsight[] = [];
  for (const meeting of meetings) {
    if (!meeting.held || meeting.kind !== 'knowledge-exchange' || !meeting.sessionTheme) continue;
    const present = meeting.present;
    if (present.length === 0) continue;
    const sharers = random.sample(present, Math.min(present.length, random.weighted([1, 2, 3, 4], [0.2, 0.35, 0.28, 0.17])));
    const year = yearOf(meeting.day);
    for (const member of sharers) {
      const own = (member.record.needs ?? []).flatMap((need) => THEME_OF_NEED[need] ?? []);
      const theme = random.chance(0.75) || own.length === 0 ? meeting.sessionTheme : random.pick(own);
      const kind = random.weighted(INSIGHT_KINDS, [0.4, 0.3, 0.3]);
      const language = member.language;
      const others = present.filter((m) => m !== member);
      const written = writeInsight(random, theme, kind, language, {
        organisation: member.record.name,
        partner: others.length > 0 ? random.pick(others).record.name : OTHER_MEMBER[language],
        commune: communePhrase(communes.get(member.record.commune), language),
        few: random.int(3, 9),
        many: random.int(12, 60),
        percent: random.int(15, 60),
        amount: formatEuros(random.int(8, 120) * 500, language),
        year: year - 1,
      });
      insights.push({
        id: random.uuid(),
        kind,
        title: written.title,
        body: written.body,
        language,
        themes: [...new Set(written.themes)],
        disciplines: [...new Set(member.record.disciplines)],
        organisationId: member.record.id,
        meetingId: meeting.id,
      });
    }
    meeting.insights = sharers.length;
  }
  return insights;
}

// ---------------------------------------------------------------------------------------------
// Projects born in a group

function assignProjectGroups(random: Random, city: City, members: readonly Member[], groups: readonly Group[], meetings: readonly PlannedMeeting[]): Record<string, string> {
  const byId = new Map(members.map((m) => [m.record.id, m]));
  const eligible: { project: City['projects'][number]; group: Group; start: number }[] = [];
  for (const project of city.projects) {
    if (project.status === 'idea' || !project.startDate) continue;
    const start = Date.parse(`${project.startDate}T00:00:00Z`) / DAY_MS;
    // Per group: partners who were members when the project started, twice, plus one if the lead was.
    const score = new Map<Group, number>();
    project.partners.forEach((partner, k) => {
      for (const m of byId.get(partner.organisationId)?.memberships ?? []) {
        if (isMemberOn(m, start)) score.set(m.group, (score.get(m.group) ?? 0) + 2 + (k === 0 ? 1 : 0));
      }
    });
    let best: Group | null = null;
    let bestScore = 0;
    for (const [group, n] of score) if (n > bestScore || (n === bestScore && best !== null && group.index < best.index)) [best, bestScore] = [group, n];
    // "Mostly members of one group": at least two partners, and more than half of the team, or
    // exactly half with the lead among them.
    if (best && bestScore >= 4 && bestScore > project.partners.length) eligible.push({ project, group: best, start });
  }
  const wanted = Math.round(city.projects.length * PROJECTS_BORN_IN_GROUPS);
  const picked = eligible.length > wanted ? new Set(random.sample(eligible, wanted)) : new Set(eligible);

  const groupMeetings = new Map<Group, PlannedMeeting[]>(groups.map((g) => [g, []]));
  for (const m of meetings) if (m.group && m.held) groupMeetings.get(m.group)!.push(m);

  const projectGroups: Record<string, string> = {};
  for (const entry of eligible) {
    if (!picked.has(entry)) continue;
    projectGroups[entry.project.id] = entry.group.id;
    // The group's last meeting before the start decided it: its minutes say so.
    const before = groupMeetings.get(entry.group)!.filter((m) => m.day <= entry.start && m.day >= entry.start - 200);
    const decidedAt = before[before.length - 1];
    const lead = byId.get(entry.project.partners[0]!.organisationId);
    if (decidedAt && lead && decidedAt.projects.length < 6) decidedAt.projects.push({ title: entry.project.title, lead: lead.record.name });
  }
  return projectGroups;
}

// ---------------------------------------------------------------------------------------------
// Texts and the final records

function place(meeting: PlannedMeeting): { place: string | null; onlineUrl: string | null } {
  const url = `https://meet.example.org/${meeting.group ? meeting.group.slug : 'plenary'}`;
  if (meeting.online || !meeting.host) return { place: 'Online', onlineUrl: url };
  const address = `${meeting.host.record.name}, ${meeting.host.record.address ?? ''}`.replace(/, $/, '');
  return { place: address, onlineUrl: meeting.hybrid ? url : null };
}

interface MeetingTexts {
  title: string;
  agenda: string;
  minutes?: string;
  decisions?: string[];
}

function plenaryTexts(random: Random, m: PlannedMeeting, groups: readonly Group[], next: { day: number; time: string } | null): MeetingTexts {
  const texts: MeetingTexts = { title: plenaryTitle(m.plenarySeason ?? 'spring', yearOf(m.day)), agenda: plenaryAgenda(random) };
  if (m.held) {
    texts.minutes = plenaryMinutes({ ...m.counts, groups: groups.filter((g) => g.founded <= m.day).length, host: m.host?.record.name ?? null });
    texts.decisions = plenaryDecisions(random, next);
  }
  return texts;
}

function groupTexts(random: Random, m: PlannedMeeting, group: Group, plenaryAhead: boolean, next: { day: number; time: string } | null): MeetingTexts {
  const language = group.language;
  const plan = planGroupMeeting(random, group.theme, group.subject, language, {
    kickOff: m.kickOff,
    sessionTheme: m.sessionTheme,
    plenaryAhead,
    surveyTime: new Date(m.day * DAY_MS).getUTCMonth() === 4,
  });
  const texts: MeetingTexts = { title: plan.title, agenda: plan.agenda };
  if (m.held) {
    const voices = m.present.map((x) => x.record.name);
    const present = new Set(m.present);
    // Members are listed chair first, then the secretary: the first one present leads the meeting.
    const leader = group.members.find((x) => present.has(x.member));
    texts.minutes = groupMinutes(random, {
      language,
      ...m.counts,
      chair: leader ? { person: leader.representative, organisation: leader.member.record.name, standIn: leader !== group.chair } : null,
      host: m.online || !m.host ? null : m.host.record.name,
      topics: plan.topics,
      kickOff: m.kickOff,
      sessionTheme: m.sessionTheme,
      insightCount: m.insights,
      voices,
    });
    texts.decisions = groupDecisions(random, { language, topics: plan.topics, voices, next, projects: m.projects });
  }
  return texts;
}

function writeMeetings(random: Random, meetings: readonly PlannedMeeting[], groups: readonly Group[]): SeedMeeting[] {
  const nextOf = new Map<PlannedMeeting, PlannedMeeting>();
  const lastOfGroup = new Map<Group | null, PlannedMeeting>();
  for (const m of meetings) {
    const previous = lastOfGroup.get(m.group);
    if (previous) nextOf.set(previous, m);
    lastOfGroup.set(m.group, m);
  }
  const plenaryDays = meetings.filter((m) => m.kind === 'plenary').map((m) => m.day);

  return meetings.map((m): SeedMeeting => {
    const next = nextOf.get(m);
    const nextDate = next ? { day: next.day, time: minutesToTime(next.start) } : null;
    const texts = m.group
      ? groupTexts(random, m, m.group, plenaryDays.some((d) => d > m.day && d - m.day <= 30), nextDate)
      : plenaryTexts(random, m, groups, nextDate);
    const where = place(m);
    // The same key order for every meeting, attendance last, so that the JSON reads alike throughout.
    return {
      id: m.id,
      workingGroupId: m.group ? m.group.id : null,
      kind: m.kind,
      title: texts.title,
      startsAt: localDateTime(m.day, m.start),
      endsAt: localDateTime(m.day, m.start + m.minutes),
      place: where.place,
      onlineUrl: where.onlineUrl,
      agenda: texts.agenda,
      ...(texts.minutes === undefined ? {} : { minutes: texts.minutes }),
      ...(texts.decisions === undefined ? {} : { decisions: texts.decisions }),
      attendance: m.attendance,
    };
  });
}

function writeGroup(group: Group): SeedWorkingGroup {
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    focusDiscipline: group.theme.focusDiscipline,
    coordinatorName: group.coordinator,
    members: group.members.map((m) => ({
      organisationId: m.member.record.id,
      role: m.role,
      representative: m.representative,
      joinedOn: isoDay(m.joined),
      leftOn: m.left === null ? null : isoDay(m.left),
    })),
  };
}

function checkedOptions(options: CollaborationLifeOptions): Required<CollaborationLifeOptions> {
  const { seed, until, years } = { ...DEFAULTS, ...options };
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isFinite(years) || years <= 0) throw new RangeError(`years must be a positive number, got ${years}`);
  return { seed, until, years };
}

/**
 * The working groups, meetings, insights and group-born projects of a generated city. It reads
 * only the city and the options; its random stream is its own, derived from the seed, so adding
 * it changes nothing in the city itself.
 */
export function generateCollaborationLife(city: City, options: CollaborationLifeOptions = {}): CollaborationLife {
  const { seed, until, years } = checkedOptions(options);
  const today = parseIsoDay(until, 'until');
  const firstDay = today - Math.round(years * 365.25);
  // A stream apart from the city's: same seed, other numbers.
  const random = createRandom((Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x6c696665) >>> 0);
  const calendar = new Calendar(firstDay, today + FUTURE_DAYS);

  const members = describeMembers(random, city);
  const groups = generateGroups(random, members, firstDay, today, calendar);
  const counter = { next: 0 };
  const meetings = [
    ...groups.flatMap((g) => scheduleGroupMeetings(random, g, today, calendar, counter)),
    ...schedulePlenaries(random, members, groups, today, calendar, counter),
  ].sort((a, b) => a.day - b.day || a.start - b.start || a.order - b.order);
  recordAttendance(random, meetings, members, firstDay, today);
  const insights = shareInsights(random, meetings);
  const projectGroups = assignProjectGroups(random, city, members, groups, meetings);

  return {
    workingGroups: groups.map(writeGroup),
    meetings: writeMeetings(random, meetings, groups),
    insights,
    projectGroups,
  };
}

