// How evaluation figures read: a mean with its 95 % interval, a change with its sign, and whether it
// is withheld (too few answers). Pure, shared by the results, trends and the latest-wave summary.
import type { WaveResults } from './types.ts';

export type Aggregate = WaveResults['scores']['satisfaction'];
export type Change = NonNullable<WaveResults['changes'][string]>;

export const SCORE_ORDER = ['communication', 'workingGroups', 'meetings', 'knowledgeExchange', 'satisfaction', 'trust', 'value', 'frequency'] as const;
export type ScoreName = (typeof SCORE_ORDER)[number];

/** The top of each score's scale: 5 for the general questions, 4 for the PARTNER tool's. */
export const scaleMax = (score: string): number => (['trust', 'value', 'frequency'].includes(score) ? 4 : 5);

const fixed = (locale: string, value: number, digits = 2) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

export const formatMean = (locale: string, a: Aggregate): string | null => (a.withheld ? null : fixed(locale, a.mean));

export const formatInterval = (locale: string, a: Aggregate): string | null =>
  a.withheld || a.low === null || a.high === null ? null : `${fixed(locale, a.low)} – ${fixed(locale, a.high)}`;

/** A signed difference: +0.42, −0.10, ±0.00. */
export function formatChange(locale: string, change: Change | null | undefined): string | null {
  if (!change) return null;
  const sign = change.difference > 0 ? '+' : change.difference < 0 ? '−' : '±';
  return `${sign}${fixed(locale, Math.abs(change.difference))}`;
}
