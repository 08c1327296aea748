// The strategy exports as CSV: goals with their status and the filters of the list, a KPI's series
// with the KPI and its filters. The filters in force are columns of their own, repeated on every row
// (as the metrics exports do), so the file says what it holds in any spreadsheet. Formula-safe through toCsv.
import { toCsv, type CsvFormat } from '../domain/csv.ts';
import type { Goal, KpiSeries } from '../schemas/goal.ts';
import { cell } from './metrics-csv.ts';

export const GOAL_COLUMNS = [
  'id', 'title', 'kpi', 'unit', 'discipline', 'working_group', 'baseline_date', 'baseline_value', 'target', 'deadline',
  'current_at', 'current_value', 'expected_value', 'progress', 'status', 'filter_status', 'filter_kpi',
] as const;

export function goalsCsv(goals: readonly Goal[], filters: { status: string | null; kpi: string | null }, format?: CsvFormat): string {
  return toCsv(
    GOAL_COLUMNS,
    goals.map((g) =>
      [
        g.id, g.title, g.kpi, g.unit, g.discipline, g.workingGroup?.name ?? g.workingGroupId, g.baselineDate, g.baselineValue, g.target, g.deadline,
        g.current?.at, g.current?.value, g.current?.expected, g.current?.progress, g.status, filters.status, filters.kpi,
      ].map(cell),
    ),
    format ? { format } : {},
  );
}

export const KPI_SERIES_COLUMNS = ['kpi', 'unit', 'from', 'at', 'value', 'n', 'filter_discipline', 'filter_working_group'] as const;

export function kpiSeriesCsv(series: KpiSeries, format?: CsvFormat): string {
  return toCsv(
    KPI_SERIES_COLUMNS,
    series.points.map((p) => [series.kpi.id, series.kpi.unit, p.from, p.at, p.value, p.n, series.filters.discipline, series.filters.workingGroup].map(cell)),
    format ? { format } : {},
  );
}
