// The geometry of a trend chart over periods: d3-scale places the periods and values, d3-shape
// draws the lines; the component only renders what this returns. Pure, no DOM.
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface TrendSeries {
  key: string;
  label: string;
  /** One value per period, in the periods' order; null where there is none (a gap in the line). */
  values: readonly (number | null)[];
}

export interface TrendBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface TrendPoint {
  period: string;
  x: number;
  y: number;
  value: number;
}

export interface TrendGeometry {
  /** Path data of each series, in the series' order ('' when it has no value). */
  lines: { key: string; d: string; points: TrendPoint[] }[];
  yTicks: { value: number; y: number }[];
  /** The periods labelled on the axis (at most `maxLabels`, first and last included). */
  xLabels: { period: string; x: number }[];
  baseline: number;
}

export function trendGeometry(
  periods: readonly string[],
  series: readonly TrendSeries[],
  box: TrendBox,
  options: { maxLabels?: number; ticks?: number; zeroBased?: boolean; reversed?: boolean } = {},
): TrendGeometry {
  const { width, height, margin } = box;
  const x = scalePoint<string>().domain(periods).range([margin.left, width - margin.right]).padding(0.2);
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const lo = options.zeroBased === false && all.length ? Math.min(...all) : Math.min(0, ...all);
  const hi = all.length ? Math.max(...all) : 1;
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range(options.reversed ? [margin.top, height - margin.bottom] : [height - margin.bottom, margin.top])
    .nice(options.ticks ?? 4);
  const lines = series.map((s) => {
    const points: TrendPoint[] = [];
    s.values.forEach((value, i) => {
      const period = periods[i];
      if (period !== undefined && value !== null && Number.isFinite(value)) points.push({ period, x: x(period) ?? 0, y: y(value), value });
    });
    const path = line<number | null>()
      .defined((v) => v !== null && Number.isFinite(v))
      .x((_, i) => x(periods[i] ?? '') ?? 0)
      .y((v) => y(v ?? 0));
    return { key: s.key, d: path(s.values as (number | null)[]) ?? '', points };
  });
  const maxLabels = Math.max(2, options.maxLabels ?? 6);
  const step = Math.max(1, Math.ceil(periods.length / maxLabels));
  const picked: number[] = [];
  for (let i = 0; i < periods.length; i += step) picked.push(i);
  const last = periods.length - 1;
  if (last >= 0 && picked.at(-1) !== last) {
    // The last period is always labelled; a label too close before it gives way.
    if (picked.length > 1 && last - picked.at(-1)! < step / 2) picked.pop();
    picked.push(last);
  }
  const xLabels = picked.map((i) => ({ period: periods[i]!, x: x(periods[i]!) ?? 0 }));
  return {
    lines,
    yTicks: y.ticks(options.ticks ?? 4).map((value) => ({ value, y: y(value) })),
    xLabels,
    baseline: height - margin.bottom,
  };
}

/** Where a series is highest and lowest, and where it starts and ends (the chart's text alternative). */
export function trendSummary(periods: readonly string[], values: readonly (number | null)[]) {
  const known = values.flatMap((value, i) => (value === null || !Number.isFinite(value) ? [] : [{ period: periods[i]!, value }]));
  if (known.length === 0) return null;
  let max = known[0]!;
  let min = known[0]!;
  for (const p of known) {
    if (p.value > max.value) max = p;
    if (p.value < min.value) min = p;
  }
  return { first: known[0]!, last: known[known.length - 1]!, max, min };
}

/** Change against the previous period; null when either is unknown. */
export function changeOf(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  return current - previous;
}

/** A period key split for its label: 2025-Q3 is quarter 3 of 2025, 2025 the whole year. */
export function periodParts(period: string): { year: string; quarter: string | null } {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(period);
  return m ? { year: m[1]!, quarter: m[2] ?? null } : { year: period, quarter: null };
}
