// The metrics exports as CSV: one row per period or organisation, the engine's field names as
// columns, and the filters in force as columns of their own (filter_discipline, filter_working_group,
// filter_commune, filter_tie, granularity), repeated on every row, so the file says what it
// measured in any spreadsheet and reads back with any CSV reader. Formula-safe through toCsv.
import { toCsv } from '../domain/csv.ts';
import { ORGANISATION_FIGURES, type MetricsFilters } from '../schemas/metrics.ts';

export const FILTER_COLUMNS = ['filter_discipline', 'filter_working_group', 'filter_commune', 'filter_tie', 'granularity'] as const;

const filterCells = (filters: MetricsFilters, granularity: string): string[] => [
  filters.discipline ?? '',
  filters.workingGroup ?? '',
  filters.commune ?? '',
  (filters.tie ?? []).join(';'),
  granularity,
];

/** A cell: numbers as JavaScript writes them (full precision), null as empty, lists of pairs as a:b;c:d. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? Object.values(v).join(':') : String(v))).join(';');
  if (typeof value === 'object') return Object.values(value).map(String).join(';');
  return String(value);
}

/** Rows of flat records under the given columns, the filter columns last. */
export function metricsCsv(
  columns: readonly string[],
  records: readonly Record<string, unknown>[],
  filters: MetricsFilters,
  granularity: string,
): string {
  const tail = filterCells(filters, granularity);
  return toCsv(
    [...columns, ...FILTER_COLUMNS],
    records.map((r) => [...columns.map((c) => cell(r[c])), ...tail]),
  );
}

/** The network figures of a period flattened for CSV (centrality as its method and sample count). */
export function flattenPeriod(period: Record<string, unknown> & { network: Record<string, unknown> }): Record<string, unknown> {
  const { network, ...rest } = period;
  const { centrality, ...figures } = network as Record<string, unknown> & { centrality?: { method: string; samples: number | null } };
  return { ...rest, ...figures, centralityMethod: centrality?.method ?? null, centralitySamples: centrality?.samples ?? null };
}

export const PERIOD_COLUMNS = [
  'period',
  'from',
  'to',
  'closed',
  'stale',
  'computedAt',
  'tieModelVersion',
  'organisations',
  'ties',
  'density',
  'meanDegree',
  'degreeDistribution',
  'isolated',
  'isolatedShare',
  'components',
  'largestComponentSize',
  'largestComponentShare',
  'averageClustering',
  'transitivity',
  'communities',
  'modularity',
  'crossDisciplineShare',
  'eiIndex',
  'newTies',
  'lastingTies',
  'lostTies',
  'jointProjectShare',
  'centralityMethod',
  'centralitySamples',
] as const;

/** The period table: who, then the organisation's figures, the same columns as in its history. */
export const ORGANISATION_COLUMNS = ['id', 'slug', 'name', 'mainDiscipline', 'commune', ...ORGANISATION_FIGURES] as const;

export const ORGANISATION_HISTORY_COLUMNS = ['period', 'from', 'to', 'closed', 'organisations', ...ORGANISATION_FIGURES] as const;
