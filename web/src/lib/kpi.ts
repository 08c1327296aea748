// KPI values as people read them: a share as a percentage, a count as a whole number, other figures
// with two decimals; and a target typed as a percentage for a share. Pure.
import { formatNumber } from './i18n/format.ts';

export type KpiUnit = 'share' | 'count' | 'number';

export function formatKpi(locale: string, unit: KpiUnit, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'share') return formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 1 });
  if (unit === 'count') return formatNumber(locale, value, { maximumFractionDigits: 0 });
  return formatNumber(locale, value, { maximumFractionDigits: 2 });
}

/** A change between two figures: percentage points for a share, signed. */
export function formatKpiChange(locale: string, unit: KpiUnit, change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (unit === 'share') return `${sign}${formatNumber(locale, size * 100, { maximumFractionDigits: 1 })} pp`;
  return `${sign}${formatKpi(locale, unit, size)}`;
}

/** The API's value from what was typed in the target field (a percentage for a share); null when not a number. */
export function targetFromInput(unit: KpiUnit, typed: string): number | null {
  const n = Number(typed.trim().replace(',', '.'));
  if (typed.trim() === '' || !Number.isFinite(n)) return null;
  return unit === 'share' ? Math.round(n * 1e6) / 1e8 : n;
}

/** What the target field shows for a stored value. */
export function targetToInput(unit: KpiUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(unit === 'share' ? Math.round(value * 1e8) / 1e6 : value);
}
