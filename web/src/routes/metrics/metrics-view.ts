// What the Metrics page shows and how it reads its URL: the filters, the headline figures and the
// columns of the organisation table. Pure, no state.
import type { Granularity, MetricsPeriod, OrganisationMetricsSort } from '../../lib/types.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import { readEnum, readInt, readString } from '../../lib/url.ts';

type NetworkMetrics = MetricsPeriod['network'];

export const GRANULARITIES = ['quarter', 'year'] as const satisfies readonly Granularity[];

/** How a figure is written: a count, a share (0–1, its change in percentage points) or a decimal. */
export type FigureFormat = 'count' | 'share' | 'decimal';

type NumericField = { [K in keyof NetworkMetrics]: NetworkMetrics[K] extends number | null ? K : never }[keyof NetworkMetrics];

export const HEADLINES = [
  { field: 'organisations', format: 'count' },
  { field: 'ties', format: 'count' },
  { field: 'density', format: 'decimal' },
  { field: 'meanDegree', format: 'decimal' },
  { field: 'isolated', format: 'count' },
  { field: 'largestComponentShare', format: 'share' },
  { field: 'averageClustering', format: 'decimal' },
  { field: 'communities', format: 'count' },
  { field: 'modularity', format: 'decimal' },
  { field: 'crossDisciplineShare', format: 'share' },
  { field: 'newTies', format: 'count' },
  { field: 'lastingTies', format: 'count' },
  { field: 'lostTies', format: 'count' },
  { field: 'jointProjectShare', format: 'share' },
] as const satisfies readonly { field: NumericField; format: FigureFormat }[];

/** The figures of the network the page names (each has a label in the catalogues). */
export type HeadlineField = (typeof HEADLINES)[number]['field'];
export type TrendId = 'size' | 'density' | 'degree' | 'clustering' | 'change' | 'shares';

/** The trend charts: one or more figures of the network per chart. */
export const TRENDS: readonly { id: TrendId; fields: readonly HeadlineField[]; format: FigureFormat }[] = [
  { id: 'size', fields: ['organisations', 'ties'], format: 'count' },
  { id: 'density', fields: ['density'], format: 'decimal' },
  { id: 'degree', fields: ['meanDegree'], format: 'decimal' },
  { id: 'clustering', fields: ['averageClustering', 'modularity'], format: 'decimal' },
  { id: 'change', fields: ['newTies', 'lastingTies', 'lostTies'], format: 'count' },
  { id: 'shares', fields: ['crossDisciplineShare', 'jointProjectShare', 'largestComponentShare'], format: 'share' },
];

/** The columns of the organisation table, each sortable. */
export const COLUMNS = [
  { sort: 'name', format: 'text' },
  { sort: 'degree', format: 'count' },
  { sort: 'weightedDegree', format: 'decimal' },
  { sort: 'betweenness', format: 'decimal' },
  { sort: 'betweennessRank', format: 'count' },
  { sort: 'closeness', format: 'decimal' },
  { sort: 'clustering', format: 'decimal' },
  { sort: 'community', format: 'count' },
  { sort: 'disciplinesConnected', format: 'count' },
  { sort: 'newTies', format: 'count' },
] as const satisfies readonly { sort: OrganisationMetricsSort; format: FigureFormat | 'text' }[];

const SORTS: readonly OrganisationMetricsSort[] = COLUMNS.map((c) => c.sort);

// Exhaustiveness: the table offers every sort the server knows.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
const exhaustive: [Missing<OrganisationMetricsSort, (typeof COLUMNS)[number]['sort']>, Missing<Granularity, (typeof GRANULARITIES)[number]>] = [true, true];
void exhaustive;

/** Without a choice the table is sorted as the server does: by betweenness, brokers first. */
export const DEFAULT_SORT: OrganisationMetricsSort = 'betweenness';
/** Ascending makes sense first for names and ranks, descending for every other figure. */
export const naturalOrder = (sort: OrganisationMetricsSort): 'asc' | 'desc' => (sort === 'name' || sort === 'betweennessRank' ? 'asc' : 'desc');

export interface MetricsFilters {
  granularity: Granularity;
  discipline: string;
  workingGroup: string;
  commune: string;
  /** Kinds of tie, comma-separated; '' for every kind. */
  tie: string;
  /** The period shown in the headline and the table; '' for the latest. */
  period: string;
}

export interface TableQuery {
  q: string;
  sort: OrganisationMetricsSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export function readFilters(params: URLSearchParams): MetricsFilters {
  const period = readString(params, 'period');
  return {
    granularity: readEnum(params, 'granularity', GRANULARITIES) ?? 'quarter',
    discipline: readString(params, 'discipline'),
    workingGroup: readString(params, 'workingGroup'),
    commune: readString(params, 'commune'),
    tie: readString(params, 'tie')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .join(','),
    period: /^\d{4}(-Q[1-4])?$/.test(period) ? period : '',
  };
}

export function readTable(params: URLSearchParams, pageSizes: readonly number[]): TableQuery {
  const sort = readEnum(params, 'sort', SORTS) ?? DEFAULT_SORT;
  return {
    q: readString(params, 'q'),
    sort,
    order: readEnum(params, 'order', ['asc', 'desc'] as const) ?? naturalOrder(sort),
    page: readInt(params, 'page', 1),
    pageSize: readInt(params, 'pageSize', 25, 1, Math.max(...pageSizes)),
  };
}

/** The query the API gets for the filters (granularity left out when it is the default). */
export function filterQuery(filters: MetricsFilters): Record<string, string> {
  const { granularity, discipline, workingGroup, commune, tie } = filters;
  return { granularity: granularity === 'quarter' ? '' : granularity, discipline, workingGroup, commune, tie };
}

/** A figure in the reader's language: shares as percentages, decimals to three significant digits. */
export function formatFigure(locale: string, value: number, format: FigureFormat): string {
  if (format === 'share') return formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 1 });
  if (format === 'decimal') return formatNumber(locale, value, { maximumSignificantDigits: 3 });
  return formatNumber(locale, value, { maximumFractionDigits: 0 });
}

/** A change, always signed; a share's change in percentage points (the caller names the unit). */
export function formatChange(locale: string, delta: number, format: FigureFormat): string {
  if (format === 'share') return formatNumber(locale, delta * 100, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  if (format === 'decimal') return formatNumber(locale, delta, { signDisplay: 'exceptZero', maximumSignificantDigits: 3 });
  return formatNumber(locale, delta, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
}
