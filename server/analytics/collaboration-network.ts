// The one model of the collaboration network: weighted, dated ties between organisations composed
// from dated activity rows. The map, the partner lists, the metrics and the partner suggestions all
// read it, so "tie" and "partner" mean one thing everywhere. Pure: no I/O, no clock.

/**
 * How much one shared activity of each kind adds to a tie; a joint project is the reference.
 * - project 1: partners in a joint project planned, funded and carried out something together.
 * - group 0.5: members of the same working group at the same time meet and exchange for months,
 *   but need not make anything together: half a project, counted once per group they share.
 * - meeting 0.1: both present at one working-group or knowledge-exchange meeting (plenaries do not
 *   count) is a weak sign on its own; a pair that sat together at ten meetings has a tie as strong
 *   as one joint project, about what a year in the same group adds up to.
 *
 * The only place the weights live. A new kind of tie is one line here (then the compiler asks for
 * its reader in the network repository and its labels in the dashboard).
 */
export const TIE_WEIGHTS = {
  project: 1,
  group: 0.5,
  meeting: 0.1,
} as const satisfies Record<string, number>;

/** Where a tie comes from: a joint project, a working group shared at the same time, meetings attended together. */
export type TieKind = keyof typeof TIE_WEIGHTS;

/** Every kind of tie, in the order the dashboard lists them. */
export const TIE_KINDS = Object.freeze(Object.keys(TIE_WEIGHTS) as TieKind[]);

/**
 * Changes whenever a rule or a weight here changes, so figures computed from ties (kept metric
 * snapshots) can say which model made them.
 */
export const TIE_MODEL_VERSION = 1;

/**
 * The meeting kinds whose co-attendance is a tie. A plenary gathers the whole council: sitting in
 * the same plenary says nothing about two members, and would tie every attendee to every other.
 */
export const TIE_MEETING_KINDS = ['working-group', 'knowledge-exchange'] as const;

/** A day, YYYY-MM-DD. Days compare as strings. */
export type Day = string;

/**
 * One dated row read from the graph: organisations taking part in one shared activity from `from`
 * to `to` (both days included). A project: its partners, from its start to its end. A meeting: who
 * was present, on its day. A working group: one row per membership (one organisation, from joining
 * to leaving; an open membership up to today), so two members are tied only while both were in.
 * Rows of the same kind and id are one activity.
 */
export interface ActivityRow {
  kind: TieKind;
  id: string;
  from: Day;
  to: Day;
  organisations: readonly string[];
}

/**
 * Two organisations taking part in one activity at the same time, dated by when both did
 * (`source` < `target`). A pair can meet twice in one activity (someone left a group and came
 * back): two stretches, still one activity.
 */
export interface PairActivity {
  source: string;
  target: string;
  kind: TieKind;
  id: string;
  from: Day;
  to: Day;
}

/** Everything two organisations did together, as one weighted tie (`source` < `target`). */
export interface CollaborationTie {
  source: string;
  target: string;
  /** Sum over the distinct activities of their kind's weight (times their recency factor, when asked). */
  weight: number;
  /** Distinct shared activities. */
  count: number;
  /** Distinct shared activities per kind; kinds they share nothing of are left out. */
  kinds: Partial<Record<TieKind, number>>;
  /** The first day of their first shared stretch and the last day of their last. */
  first: Day;
  last: Day;
}

/** A stretch of days, both ends included; a missing end is open. */
export interface DayRange {
  from?: Day | null;
  to?: Day | null;
}

export interface TieOptions extends DayRange {
  /** Only the ties of this organisation (its partners), without pairing everybody else. */
  organisation?: string;
  /**
   * Recent activities weigh more: an activity that ended `halfLifeDays` before `asOf` counts half,
   * twice as long ago a quarter; one still going on at `asOf` counts whole.
   */
  recency?: { asOf: Day; halfLifeDays: number };
}

const KEY_SEPARATOR = '\u0000';

/** The key of an unordered pair of organisations. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}${KEY_SEPARATOR}${b}` : `${b}${KEY_SEPARATOR}${a}`);

const isTieKind = (kind: unknown): kind is TieKind => typeof kind === 'string' && Object.hasOwn(TIE_WEIGHTS, kind);

/** Tenths of meetings add up to 0.30000000000000004; six decimals are more than a weight means. */
const roundWeight = (weight: number) => Math.round(weight * 1e6) / 1e6;

/** Whether [from, to] touches the range (open ends touch everything). */
export const overlaps = (activity: { from: Day; to: Day }, range: DayRange): boolean =>
  (range.from == null || activity.to >= range.from) && (range.to == null || activity.from <= range.to);

/** Pairs every two organisations taking part in the same activity at the same time. */
export function pairActivities(rows: Iterable<ActivityRow>, options: Pick<TieOptions, 'organisation'> = {}): PairActivity[] {
  const byActivity = new Map<string, { kind: TieKind; id: string; presences: { organisation: string; from: Day; to: Day }[] }>();
  for (const row of rows) {
    if (!isTieKind(row.kind)) throw new Error(`Unknown kind of tie "${String(row.kind)}": use one of ${TIE_KINDS.join(', ')}.`);
    if (row.to < row.from) throw new Error(`Activity ${row.kind} ${row.id} ends (${row.to}) before it starts (${row.from}).`);
    const key = `${row.kind}${KEY_SEPARATOR}${row.id}`;
    const activity = byActivity.get(key) ?? { kind: row.kind, id: row.id, presences: [] };
    byActivity.set(key, activity);
    for (const organisation of new Set(row.organisations)) activity.presences.push({ organisation, from: row.from, to: row.to });
  }
  const focus = options.organisation;
  const pairs: PairActivity[] = [];
  for (const { kind, id, presences } of byActivity.values()) {
    if (focus !== undefined && !presences.some((p) => p.organisation === focus)) continue;
    for (let i = 0; i < presences.length; i += 1) {
      for (let j = i + 1; j < presences.length; j += 1) {
        const a = presences[i]!;
        const b = presences[j]!;
        if (a.organisation === b.organisation) continue;
        if (focus !== undefined && a.organisation !== focus && b.organisation !== focus) continue;
        const from = a.from > b.from ? a.from : b.from;
        const to = a.to < b.to ? a.to : b.to;
        if (from > to) continue;
        const [source, target] = a.organisation < b.organisation ? [a.organisation, b.organisation] : [b.organisation, a.organisation];
        pairs.push({ source, target, kind, id, from, to });
      }
    }
  }
  return pairs;
}

const MS_PER_DAY = 86_400_000;
const dayNumber = (day: Day) => Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;

/** How much an activity that ended on `to` still counts at `asOf` (1 while it goes on, half after one half-life). */
export function recencyFactor(to: Day, recency: NonNullable<TieOptions['recency']>): number {
  if (!(recency.halfLifeDays > 0)) throw new Error(`The half-life must be a positive number of days, not ${recency.halfLifeDays}.`);
  const age = dayNumber(recency.asOf) - dayNumber(to);
  return age <= 0 ? 1 : 0.5 ** (age / recency.halfLifeDays);
}

/** Merges pair activities into one tie per pair, each distinct activity counted once, in a fixed order. */
export function composeTies(pairs: Iterable<PairActivity>, options: Pick<TieOptions, 'recency'> = {}): CollaborationTie[] {
  type Building = { source: string; target: string; first: Day; last: Day; activities: Map<string, { kind: TieKind; to: Day }> };
  const building = new Map<string, Building>();
  for (const p of pairs) {
    const key = pairKey(p.source, p.target);
    let tie = building.get(key);
    if (!tie) {
      const [source, target] = p.source < p.target ? [p.source, p.target] : [p.target, p.source];
      tie = { source, target, first: p.from, last: p.to, activities: new Map() };
      building.set(key, tie);
    }
    if (p.from < tie.first) tie.first = p.from;
    if (p.to > tie.last) tie.last = p.to;
    const activityKey = `${p.kind}${KEY_SEPARATOR}${p.id}`;
    const seen = tie.activities.get(activityKey);
    if (!seen) tie.activities.set(activityKey, { kind: p.kind, to: p.to });
    else if (p.to > seen.to) seen.to = p.to;
  }
  const ties: CollaborationTie[] = [];
  for (const { source, target, first, last, activities } of building.values()) {
    const counts = new Map<TieKind, number>();
    let weight = 0;
    for (const { kind, to } of activities.values()) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      weight += TIE_WEIGHTS[kind] * (options.recency ? recencyFactor(to, options.recency) : 1);
    }
    // Kinds in the order of TIE_KINDS, whatever order the rows came in.
    const kinds: Partial<Record<TieKind, number>> = {};
    for (const kind of TIE_KINDS) if (counts.has(kind)) kinds[kind] = counts.get(kind)!;
    ties.push({ source, target, weight: roundWeight(weight), count: activities.size, kinds, first, last });
  }
  // In a fixed order, so the same graph always gives the same answer (Cypher rows come in any order).
  return ties.sort(compareTies);
}

const compareTies = (a: CollaborationTie, b: CollaborationTie) =>
  a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;

/** The ties of the activities that touch the range (all of them without one). */
export function collaborationTies(rows: Iterable<ActivityRow>, options: TieOptions = {}): CollaborationTie[] {
  const pairs = pairActivities(rows, options).filter((p) => overlaps(p, options));
  return composeTies(pairs, options);
}

/** Distinct partners and summed tie weight per organisation (only organisations with a tie). */
export function degreeAndStrength(ties: Iterable<CollaborationTie>): Map<string, { degree: number; strength: number }> {
  const out = new Map<string, { degree: number; strength: number }>();
  const bump = (id: string, weight: number) => {
    const entry = out.get(id) ?? { degree: 0, strength: 0 };
    entry.degree += 1;
    entry.strength += weight;
    out.set(id, entry);
  };
  for (const t of ties) {
    bump(t.source, t.weight);
    bump(t.target, t.weight);
  }
  for (const entry of out.values()) entry.strength = roundWeight(entry.strength);
  return out;
}

/** The network of these organisations: each with its degree and strength, and the ties of the rows in the range. */
export function collaborationNetwork<T extends { id: string }>(
  organisations: readonly T[],
  rows: Iterable<ActivityRow>,
  options: TieOptions = {},
): { nodes: (T & { degree: number; strength: number })[]; edges: CollaborationTie[] } {
  const edges = collaborationTies(rows, options);
  const measures = degreeAndStrength(edges);
  const nodes = organisations.map((o) => ({ ...o, degree: measures.get(o.id)?.degree ?? 0, strength: measures.get(o.id)?.strength ?? 0 }));
  return { nodes, edges };
}

/** One partner of an organisation: the tie seen from its side. */
export interface Partner<T> {
  organisation: T;
  weight: number;
  count: number;
  kinds: Partial<Record<TieKind, number>>;
  first: Day;
  last: Day;
}

/**
 * The partners of `organisationId` among `organisations`, strongest tie first; equal ties keep the
 * order of `organisations` (give them sorted by name). Partners not in `organisations` are left out.
 */
export function partnersOf<T extends { id: string }>(ties: Iterable<CollaborationTie>, organisationId: string, organisations: readonly T[]): Partner<T>[] {
  const tieWith = new Map<string, CollaborationTie>();
  for (const t of ties) {
    if (t.source === organisationId) tieWith.set(t.target, t);
    else if (t.target === organisationId) tieWith.set(t.source, t);
  }
  const partners: Partner<T>[] = [];
  for (const organisation of organisations) {
    const tie = tieWith.get(organisation.id);
    if (!tie || organisation.id === organisationId) continue;
    partners.push({ organisation, weight: tie.weight, count: tie.count, kinds: tie.kinds, first: tie.first, last: tie.last });
  }
  // Array sort is stable: equal weights stay in the given order.
  return partners.sort((a, b) => b.weight - a.weight);
}

// ---- Periods -------------------------------------------------------------------------------------

export type PeriodUnit = 'quarter' | 'year';

/** A calendar quarter (key 2025-Q1) or year (key 2025), first and last day included. */
export interface Period {
  key: string;
  unit: PeriodUnit;
  from: Day;
  to: Day;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

function parts(day: Day): { year: number; month: number } {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`"${day}" is not a day: write it as YYYY-MM-DD.`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

const pad = (year: number) => String(year).padStart(4, '0');

function quarter(year: number, q: number): Period {
  const firstMonth = String(q * 3 - 2).padStart(2, '0');
  return { key: `${pad(year)}-Q${q}`, unit: 'quarter', from: `${pad(year)}-${firstMonth}-01`, to: `${pad(year)}-${QUARTER_ENDS[q - 1]}` };
}

const year = (y: number): Period => ({ key: pad(y), unit: 'year', from: `${pad(y)}-01-01`, to: `${pad(y)}-12-31` });

/** The quarter or year a day falls in. */
export function periodOf(day: Day, unit: PeriodUnit): Period {
  const { year: y, month } = parts(day);
  return unit === 'year' ? year(y) : quarter(y, Math.ceil(month / 3));
}

/** Every quarter or year from the one holding `from` to the one holding `to`, in order. */
export function periodsOf(from: Day, to: Day, unit: PeriodUnit): Period[] {
  if (to < from) throw new Error(`The periods end (${to}) before they start (${from}).`);
  const periods: Period[] = [];
  const last = periodOf(to, unit).key;
  for (let period = periodOf(from, unit); ; ) {
    periods.push(period);
    if (period.key === last) return periods;
    const { year: y } = parts(period.from);
    const q = Number(period.key.slice(-1));
    period = unit === 'year' ? year(y + 1) : q === 4 ? quarter(y + 1, 1) : quarter(y, q + 1);
  }
}

/** The first and last day of all the rows, or null when there are none (for "from the first activity to today"). */
export function activitySpan(rows: Iterable<ActivityRow>): { from: Day; to: Day } | null {
  let span: { from: Day; to: Day } | null = null;
  for (const row of rows) {
    if (!span) span = { from: row.from, to: row.to };
    else {
      if (row.from < span.from) span.from = row.from;
      if (row.to > span.to) span.to = row.to;
    }
  }
  return span;
}

/**
 * The ties of each period: a pair's activity counts in every period its shared stretch overlaps
 * (a project from November to February counts in two quarters and, across New Year, in two
 * years). Periods must be in order and not overlap (as `periodsOf` gives them); every period has
 * an entry, empty when nothing happened in it.
 */
export function tiesByPeriod(rows: Iterable<ActivityRow>, periods: readonly Period[], options: Pick<TieOptions, 'organisation' | 'recency'> = {}): Map<string, CollaborationTie[]> {
  const buckets = periods.map(() => [] as PairActivity[]);
  for (const pair of pairActivities(rows, options)) {
    // The first period that ends on or after the pair's first day, then on while they overlap.
    let low = 0;
    let high = periods.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (periods[mid]!.to < pair.from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < periods.length && periods[i]!.from <= pair.to; i += 1) buckets[i]!.push(pair);
  }
  return new Map(periods.map((period, i) => [period.key, composeTies(buckets[i]!, options)]));
}

/** Ties in `current` not in `previous` (new), in both (lasting, as in `current`), only in `previous` (lost). */
export function tieChanges(
  previous: Iterable<CollaborationTie>,
  current: Iterable<CollaborationTie>,
): { new: CollaborationTie[]; lasting: CollaborationTie[]; lost: CollaborationTie[] } {
  const before = new Map<string, CollaborationTie>();
  for (const t of previous) before.set(pairKey(t.source, t.target), t);
  const changes = { new: [] as CollaborationTie[], lasting: [] as CollaborationTie[], lost: [] as CollaborationTie[] };
  for (const t of current) {
    const key = pairKey(t.source, t.target);
    if (before.delete(key)) changes.lasting.push(t);
    else changes.new.push(t);
  }
  changes.lost = [...before.values()];
  return changes;
}
