// Scores over waves: each closed wave's figures with the change since the wave before it, and the
// KPI series the strategy goals read.
import { change, type Aggregate, type Change, type ResponseRate } from './aggregate.ts';
import { SCORES, type Score } from './questions.ts';
import type { Scores } from './wave-results.ts';

export interface WavePoint {
  waveId: string;
  title: string;
  /** The close day (YYYY-MM-DD). */
  closesOn: string;
  responseRate: ResponseRate;
  scores: Scores;
}

export interface TrendScore {
  score: Score;
  points: { waveId: string; closesOn: string; aggregate: Aggregate; change: Change | null }[];
}

export interface Trends {
  waves: { waveId: string; title: string; closesOn: string; responseRate: ResponseRate; responseRateChange: number | null }[];
  scores: TrendScore[];
}

/**
 * Oldest first. A change compares a wave with the one just before it; when either is withheld (too
 * few answers) there is no change to show, and a later wave is never compared across a gap.
 */
export function trends(points: readonly WavePoint[]): Trends {
  const ordered = [...points].sort((a, b) => (a.closesOn < b.closesOn ? -1 : a.closesOn > b.closesOn ? 1 : 0));
  return {
    waves: ordered.map((p, i) => {
      const before = ordered[i - 1]?.responseRate.rate;
      const now = p.responseRate.rate;
      return {
        waveId: p.waveId,
        title: p.title,
        closesOn: p.closesOn,
        responseRate: p.responseRate,
        responseRateChange: before == null || now == null ? null : Math.round((now - before) * 10000) / 10000,
      };
    }),
    scores: SCORES.map((score) => ({
      score,
      points: ordered.map((p, i) => ({
        waveId: p.waveId,
        closesOn: p.closesOn,
        aggregate: p.scores[score],
        change: i === 0 ? null : change(ordered[i - 1]!.scores[score], p.scores[score]),
      })),
    })),
  };
}

export type EvaluationKpi = 'responseRate' | 'meanTrust' | 'meanValue' | 'satisfaction';
export const EVALUATION_KPIS: readonly EvaluationKpi[] = ['responseRate', 'meanTrust', 'meanValue', 'satisfaction'];

/** One KPI of each wave: `value` null when withheld (below the privacy threshold); `n` the answers (for the response rate: the organisations asked). */
export function kpiSeries(points: readonly WavePoint[], kpi: EvaluationKpi): { at: string; value: number | null; n: number }[] {
  const ordered = [...points].sort((a, b) => (a.closesOn < b.closesOn ? -1 : a.closesOn > b.closesOn ? 1 : 0));
  return ordered.map((p) => {
    if (kpi === 'responseRate') return { at: p.closesOn, value: p.responseRate.rate, n: p.responseRate.asked };
    const a = p.scores[kpi === 'meanTrust' ? 'trust' : kpi === 'meanValue' ? 'value' : 'satisfaction'];
    return a.withheld ? { at: p.closesOn, value: null, n: 0 } : { at: p.closesOn, value: a.mean, n: a.n };
  });
}
