// Metrics per period: the engine's input for every quarter or year from the first activity to today
// (a tie counts in a period when its activity overlaps it), the filters of a view, and a hash of
// each period's input so a kept period can tell whether the data it was computed from has changed.
// Pure: no I/O, no clock ("today" is given).
import { createHash } from 'node:crypto';
import {
  activitySpan,
  overlaps,
  periodsOf,
  tiesByPeriod,
  TIE_KINDS,
  TIE_WEIGHTS,
  type ActivityRow,
  type Day,
  type Period,
  type PeriodUnit,
  type TieKind,
} from './collaboration-network.ts';
import { filterNetwork } from './metrics/build-graph.ts';
import type { MetricsOrganisation, MetricsTie, NetworkFilter, NetworkInput } from './metrics/types.ts';

/** The subset of the network a view measures; every filter given must hold. */
export interface MetricsViewFilter {
  discipline?: string | null;
  /** The members of this working group during each period. */
  workingGroup?: string | null;
  commune?: string | null;
  tie?: readonly TieKind[] | null;
}

/** The filters in force, as answers and exports repeat them. */
export interface NormalisedFilter {
  discipline: string | null;
  workingGroup: string | null;
  commune: string | null;
  tie: TieKind[] | null;
}

export function normaliseFilter(filter: MetricsViewFilter): NormalisedFilter {
  const tie = filter.tie?.length ? TIE_KINDS.filter((k) => filter.tie!.includes(k)) : null;
  return {
    discipline: filter.discipline || null,
    workingGroup: filter.workingGroup || null,
    commune: filter.commune || null,
    // All kinds is no filter at all.
    tie: tie && tie.length < TIE_KINDS.length ? tie : null,
  };
}

/** The key of a view: `all` for the whole network, else its filters in a fixed order. */
export function viewKey(filter: MetricsViewFilter): string {
  const f = normaliseFilter(filter);
  const parts: string[] = [];
  if (f.discipline) parts.push(`discipline=${f.discipline}`);
  if (f.workingGroup) parts.push(`workingGroup=${f.workingGroup}`);
  if (f.commune) parts.push(`commune=${f.commune}`);
  if (f.tie) parts.push(`tie=${f.tie.join(',')}`);
  return parts.length ? parts.join('&') : 'all';
}

/** An organisation as the history reads it (the measured fields; the name does not change a figure). */
export interface HistoryOrganisation {
  id: string;
  name: string;
  disciplines: string[];
  commune: string | null;
  kind: string | null;
  /** The day it was entered in the inventory; null when unknown (then it counts from its first activity). */
  createdOn?: string | null;
}

export interface PeriodInput {
  period: Period;
  /** The period is over: it ended before today. */
  closed: boolean;
  input: NetworkInput;
  /** The previous period's ties, filtered alike; undefined for the first period. */
  previous: MetricsTie[] | undefined;
  /** Changes when anything the period's figures are computed from changes (its input, the previous period's ties). */
  inputHash: string;
}

/** The periods from the first activity to the one holding today; none without activity before today. */
export function historyPeriods(rows: readonly ActivityRow[], unit: PeriodUnit, today: Day): Period[] {
  const span = activitySpan(rows);
  if (!span || span.from > today) return [];
  return periodsOf(span.from, today, unit);
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The engine's input for every period of a view. A member not in the trash counts in a period from
 * the day it was entered or its first activity, whichever is earlier (a member entered today with
 * years of projects is in every period of them; one entered today without any is only in today's,
 * so adding a member does not rewrite the past); without a tie that period it counts as isolated.
 * The ties are those whose activity overlaps the period.
 */
export function periodInputs(
  organisations: readonly HistoryOrganisation[],
  rows: readonly ActivityRow[],
  unit: PeriodUnit,
  today: Day,
  filter: MetricsViewFilter = {},
): PeriodInput[] {
  const periods = historyPeriods(rows, unit, today);
  if (periods.length === 0) return [];
  const f = normaliseFilter(filter);
  const tiesOf = tiesByPeriod(rows, periods);
  const projects = rows.filter((r) => r.kind === 'project');
  const groupRows = f.workingGroup ? rows.filter((r) => r.kind === 'group' && r.id === f.workingGroup) : [];
  const sorted = [...organisations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const since = new Map<string, Day>();
  for (const o of sorted) if (o.createdOn) since.set(o.id, o.createdOn);
  for (const row of rows) {
    for (const o of row.organisations) {
      const first = since.get(o);
      if (first === undefined || row.from < first) since.set(o, row.from);
    }
  }

  const out: PeriodInput[] = [];
  let previous: { ties: MetricsTie[]; hash: string } | undefined;
  for (const period of periods) {
    const inProject = new Set<string>();
    for (const row of projects) if (overlaps(row, period)) for (const o of row.organisations) inProject.add(o);
    const all: NetworkInput = {
      organisations: sorted
        .filter((o) => (since.get(o.id) ?? today) <= period.to)
        .map((o): MetricsOrganisation => ({
          id: o.id,
          name: o.name,
          disciplines: o.disciplines,
          commune: o.commune,
          kind: o.kind,
          inJointProject: inProject.has(o.id),
        })),
      ties: (tiesOf.get(period.key) ?? []).map((t) => ({ source: t.source, target: t.target, weight: t.weight, kinds: { ...t.kinds } })),
    };
    const engineFilter: NetworkFilter = {};
    if (f.discipline) engineFilter.discipline = f.discipline;
    if (f.commune) engineFilter.commune = f.commune;
    if (f.tie) engineFilter.tieKinds = f.tie;
    if (f.workingGroup) {
      const members = new Set<string>();
      for (const row of groupRows) if (overlaps(row, period)) for (const o of row.organisations) members.add(o);
      engineFilter.organisationIds = members;
    }
    // Always filtered, if only to leave out ties with an organisation that is not measured.
    const input = filterNetwork(all, engineFilter, TIE_WEIGHTS);
    const measured = input.organisations.map((o) => [o.id, o.disciplines, o.commune, o.kind, o.inJointProject]);
    const ties = input.ties.map((t) => [t.source, t.target, t.weight, t.kinds]);
    const tiesHash = sha(JSON.stringify(ties));
    const inputHash = sha(JSON.stringify({ period: [period.key, period.from, period.to], measured, tiesHash, previous: previous?.hash ?? null }));
    out.push({ period, closed: period.to < today, input, previous: previous?.ties, inputHash });
    previous = { ties: input.ties, hash: tiesHash };
  }
  return out;
}
