// The inputs of the partner finder turned once into integer-indexed arrays and bit sets, so that
// scoring every organisation for one query is a scan of flat arrays (20 000 candidates in a few ms).
import { areNeighbouringCommunes } from '../../domain/commune-neighbours.ts';
import type { SuggestionData, SuggestionOrganisation } from './types.ts';

/**
 * Recency: a joint project whose last activity lies one half-life before `today` counts half as
 * much as one active today. A year: the council thinks in seasons, and a partnership that has
 * been quiet for two years is a quarter of one that is alive.
 */
export const RECENCY_HALF_LIFE_DAYS = 365;

const DAY_MS = 86_400_000;

/** A small fixed vocabulary (disciplines, resources, languages, audiences) as bits of one integer. */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly bits = new Map<string, number>();

  /** The bit set of `words`; words beyond the 31st distinct one are not told apart (none are today). */
  mask(words: readonly string[]): number {
    let mask = 0;
    for (const w of words) {
      let bit = this.bits.get(w);
      if (bit === undefined) {
        if (this.words.length >= 31) continue;
        bit = this.words.length;
        this.words.push(w);
        this.bits.set(w, bit);
      }
      mask |= 1 << bit;
    }
    return mask;
  }

  wordsOf(mask: number): string[] {
    return this.words.filter((_, bit) => (mask & (1 << bit)) !== 0);
  }

  has(word: string): boolean {
    return this.bits.has(word);
  }
}

export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface PartnerList {
  /** Partner indexes (a joint project before `today`). */
  readonly ids: number[];
  /** Recency-weighted strength of each tie: projects × 2^(−age / half-life). */
  readonly strengths: number[];
}

export interface SuggestionIndex {
  readonly kind: 'suggestion-index';
  readonly today: string;
  readonly organisations: readonly SuggestionOrganisation[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly deleted: Uint8Array;
  readonly partners: readonly PartnerList[];
  readonly partnerSets: readonly ReadonlySet<number>[];
  readonly disciplines: Vocabulary;
  readonly resources: Vocabulary;
  readonly languages: Vocabulary;
  readonly audiences: Vocabulary;
  /** Per organisation: bit of its main discipline, all its disciplines, offers, needs, languages, audiences. */
  readonly mainDiscipline: Int32Array;
  readonly disciplineMask: Int32Array;
  readonly offerMask: Int32Array;
  readonly needMask: Int32Array;
  readonly languageMask: Int32Array;
  readonly audienceMask: Int32Array;
  /** Commune number per organisation (−1 unknown) and the commune-by-commune neighbour matrix. */
  readonly commune: Int32Array;
  readonly communeIds: readonly string[];
  readonly neighbours: Uint8Array;
  readonly groupsOf: readonly number[][];
  readonly groupIds: readonly string[];
  readonly groupNames: readonly string[];
  readonly coAttendance: readonly ReadonlyMap<number, number>[];
  /** Discipline-pair habits learned from past projects (see discipline-habit.ts). */
  readonly habit: DisciplineHabits;
  readonly dismissed: ReadonlyMap<string, ReadonlySet<number>>;
}

export interface DisciplineHabits {
  /** size × size, by discipline bit: ln(lift) of the pair in past projects, 0 when unknown. */
  readonly logLift: Float64Array;
  /** size × size: in how many past projects the pair worked together. */
  readonly projects: Int32Array;
  readonly size: number;
}

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

export function recencyWeight(last: string | null, today: string): number {
  if (last === null) return 0.5;
  const age = Math.max(0, dayNumber(today) - dayNumber(last));
  return Math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS);
}

export function isSuggestionIndex(value: unknown): value is SuggestionIndex {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'suggestion-index';
}

/** Builds the index once; reuse it for every query on the same data. */
export function buildSuggestionIndex(data: SuggestionData): SuggestionIndex {
  const organisations = data.organisations;
  const n = organisations.length;
  const indexOf = new Map<string, number>();
  organisations.forEach((o, i) => {
    if (indexOf.has(o.id)) throw new Error(`organisation ${o.id} is listed twice: give each organisation once`);
    indexOf.set(o.id, i);
  });
  const today = data.today ?? data.ties.reduce<string>((max, t) => (t.last !== null && t.last > max ? t.last : max), '1970-01-01');

  const disciplines = new Vocabulary();
  const resources = new Vocabulary();
  const languages = new Vocabulary();
  const audiences = new Vocabulary();
  const mainDiscipline = new Int32Array(n);
  const disciplineMask = new Int32Array(n);
  const offerMask = new Int32Array(n);
  const needMask = new Int32Array(n);
  const languageMask = new Int32Array(n);
  const audienceMask = new Int32Array(n);
  const commune = new Int32Array(n);
  const deleted = new Uint8Array(n);
  const communeIds: string[] = [];
  const communeIndex = new Map<string, number>();
  organisations.forEach((o, i) => {
    mainDiscipline[i] = o.disciplines.length > 0 ? disciplines.mask([o.disciplines[0]!]) : 0;
    disciplineMask[i] = disciplines.mask(o.disciplines);
    offerMask[i] = resources.mask(o.offers);
    needMask[i] = resources.mask(o.needs);
    languageMask[i] = languages.mask(o.languages);
    audienceMask[i] = audiences.mask(o.audiences);
    deleted[i] = o.deleted ? 1 : 0;
    if (o.commune === null) commune[i] = -1;
    else {
      let c = communeIndex.get(o.commune);
      if (c === undefined) {
        c = communeIds.length;
        communeIds.push(o.commune);
        communeIndex.set(o.commune, c);
      }
      commune[i] = c;
    }
  });
  const neighbours = new Uint8Array(communeIds.length * communeIds.length);
  communeIds.forEach((a, i) => communeIds.forEach((b, j) => (neighbours[i * communeIds.length + j] = areNeighbouringCommunes(a, b) ? 1 : 0)));

  const partners: PartnerList[] = Array.from({ length: n }, () => ({ ids: [], strengths: [] }));
  const partnerSets = Array.from({ length: n }, () => new Set<number>());
  for (const tie of data.ties) {
    const projects = tie.kinds.project ?? 0;
    if (projects <= 0) continue;
    const a = indexOf.get(tie.source);
    const b = indexOf.get(tie.target);
    if (a === undefined || b === undefined || a === b || partnerSets[a]!.has(b)) continue;
    const strength = projects * recencyWeight(tie.last, today);
    partners[a]!.ids.push(b);
    partners[a]!.strengths.push(strength);
    partners[b]!.ids.push(a);
    partners[b]!.strengths.push(strength);
    partnerSets[a]!.add(b);
    partnerSets[b]!.add(a);
  }

  const groupIds: string[] = [];
  const groupNames: string[] = [];
  const groupIndex = new Map<string, number>();
  const groupsOf = Array.from({ length: n }, () => [] as number[]);
  for (const m of data.memberships ?? []) {
    const i = indexOf.get(m.organisationId);
    if (i === undefined) continue;
    let g = groupIndex.get(m.groupId);
    if (g === undefined) {
      g = groupIds.length;
      groupIds.push(m.groupId);
      groupNames.push(m.groupName);
      groupIndex.set(m.groupId, g);
    }
    if (!groupsOf[i]!.includes(g)) groupsOf[i]!.push(g);
  }

  const coAttendance = Array.from({ length: n }, () => new Map<number, number>());
  for (const c of data.coAttendance ?? []) {
    const a = indexOf.get(c.source);
    const b = indexOf.get(c.target);
    if (a === undefined || b === undefined || a === b || c.meetings <= 0) continue;
    coAttendance[a]!.set(b, (coAttendance[a]!.get(b) ?? 0) + c.meetings);
    coAttendance[b]!.set(a, (coAttendance[b]!.get(a) ?? 0) + c.meetings);
  }

  const dismissed = new Map<string, Set<number>>();
  for (const d of data.dismissed ?? []) {
    const c = indexOf.get(d.candidateId);
    if (c === undefined) continue;
    const set = dismissed.get(d.organisationId) ?? new Set<number>();
    set.add(c);
    dismissed.set(d.organisationId, set);
  }

  return {
    kind: 'suggestion-index',
    today,
    organisations,
    indexOf,
    deleted,
    partners,
    partnerSets,
    disciplines,
    resources,
    languages,
    audiences,
    mainDiscipline,
    disciplineMask,
    offerMask,
    needMask,
    languageMask,
    audienceMask,
    commune,
    communeIds,
    neighbours,
    groupsOf,
    groupIds,
    groupNames,
    coAttendance,
    habit: learnDisciplineHabits(data.projects ?? [], disciplines),
    dismissed,
  };
}

/**
 * Lift of each discipline pair among the partner pairs of past projects: how much more often a
 * partner of discipline a worked with one of discipline b than if partners were paired at random
 * (a same-discipline pair included). Smoothed with one pseudo-pair so that a pair seen once in a
 * small council does not look like a habit.
 */
export function learnDisciplineHabits(projects: SuggestionData['projects'] & {}, disciplines: Vocabulary): DisciplineHabits {
  for (const p of projects) disciplines.mask(p.partnerDisciplines);
  const size = 31;
  const pairCount = new Float64Array(size * size);
  const projectCount = new Int32Array(size * size);
  const ends = new Float64Array(size);
  let pairs = 0;
  for (const p of projects) {
    const bits = p.partnerDisciplines.map((d) => Math.log2(disciplines.mask([d]))).filter((b) => Number.isInteger(b) && b >= 0);
    const seen = new Set<number>();
    for (let i = 0; i < bits.length; i++) {
      for (let j = i + 1; j < bits.length; j++) {
        const a = bits[i]!;
        const b = bits[j]!;
        pairCount[a * size + b]! += 1;
        if (a !== b) pairCount[b * size + a]! += 1;
        ends[a]! += 1;
        ends[b]! += 1;
        pairs += 1;
        const key = Math.min(a, b) * size + Math.max(a, b);
        if (!seen.has(key)) {
          seen.add(key);
          projectCount[a * size + b]! += 1;
          if (a !== b) projectCount[b * size + a]! += 1;
        }
      }
    }
  }
  const logLift = new Float64Array(size * size);
  if (pairs > 0) {
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        if (ends[a] === 0 || ends[b] === 0) continue;
        const pa = ends[a]! / (2 * pairs);
        const pb = ends[b]! / (2 * pairs);
        // Unordered pairs: a≠b is expected 2·pa·pb of the time, a=a pa².
        const expected = (a === b ? pa * pa : 2 * pa * pb) * pairs;
        logLift[a * size + b] = Math.log((pairCount[a * size + b]! + 1) / (expected + 1));
      }
    }
  }
  return { logLift, projects: projectCount, size };
}
