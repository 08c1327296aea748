// Aggregates of answers with their uncertainty, and the privacy threshold every exit goes through.
//
// Small numbers: an aggregate of fewer answers than the threshold (a setting, 3 by default) is
// withheld: no mean, no distribution, not even its count, only "too few answers". At or above it the
// mean comes with a 95 % interval from Student's t on n - 1 degrees of freedom (wide for small n, as
// it should be); a single answer (possible only with the threshold at 1) has no interval.
import type { Scale } from './questions.ts';

export interface ShownAggregate {
  withheld: false;
  /** Answers (organisations) it is made of. */
  n: number;
  mean: number;
  /** Sample standard deviation; null for one answer. */
  sd: number | null;
  /** 95 % interval of the mean, within the scale; null for one answer. */
  low: number | null;
  high: number | null;
  /** How many answers gave each value of the scale (for composite scores: its items' answers). */
  distribution: { value: number; count: number }[];
}

export interface WithheldAggregate {
  withheld: true;
  /** The threshold it is below: "fewer than minAnswers answers". */
  minAnswers: number;
}

export type Aggregate = ShownAggregate | WithheldAggregate;

/** Two-sided 97.5 % quantiles of Student's t for 1–30 degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08,
  2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t quantile for a 95 % interval; beyond 30 degrees of freedom the table's tail (40: 2.021, 60: 2.000, 120: 1.980, ∞: 1.960). */
export function tQuantile(df: number): number {
  if (!(df >= 1)) throw new Error(`tQuantile needs at least one degree of freedom (got ${df}).`);
  const d = Math.floor(df);
  if (d <= 30) return T_975[d - 1]!;
  if (d <= 40) return 2.021;
  if (d <= 60) return 2.0;
  if (d <= 120) return 1.98;
  return 1.96;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * `perAnswer`: one value per answering organisation (its mean for a composite score); `itemAnswers`:
 * the integer answers counted in the distribution. Withheld below `minAnswers`.
 */
export function aggregate(perAnswer: readonly number[], itemAnswers: readonly number[], scale: Scale, minAnswers: number): Aggregate {
  if (!(Number.isInteger(minAnswers) && minAnswers >= 1)) throw new Error(`The privacy threshold must be a whole number ≥ 1 (got ${minAnswers}).`);
  const n = perAnswer.length;
  if (n < minAnswers || n === 0) return { withheld: true, minAnswers };
  const m = perAnswer.reduce((s, v) => s + v, 0) / n;
  let sd: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  if (n > 1) {
    sd = Math.sqrt(perAnswer.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1));
    const half = (tQuantile(n - 1) * sd) / Math.sqrt(n);
    low = round(Math.max(scale.min, m - half));
    high = round(Math.min(scale.max, m + half));
    sd = round(sd);
  }
  const distribution: { value: number; count: number }[] = [];
  for (let v = scale.min; v <= scale.max; v++) distribution.push({ value: v, count: itemAnswers.filter((a) => a === v).length });
  return { withheld: false, n, mean: round(m), sd, low, high, distribution };
}

export interface Change {
  /** Later mean minus earlier mean. */
  difference: number;
  /** 95 % interval of the difference (Welch); null when either side has a single answer. */
  low: number | null;
  high: number | null;
  /** The interval leaves out 0: a change larger than chance alone would likely give. */
  clear: boolean;
}

/**
 * The change between two waves' aggregates; null when either is withheld. The two waves are treated
 * as independent samples (they are largely the same organisations, so the interval is conservative).
 */
export function change(earlier: Aggregate | null | undefined, later: Aggregate | null | undefined): Change | null {
  if (!earlier || !later || earlier.withheld || later.withheld) return null;
  const difference = round(later.mean - earlier.mean);
  if (earlier.sd === null || later.sd === null) return { difference, low: null, high: null, clear: false };
  const v1 = earlier.sd ** 2 / earlier.n;
  const v2 = later.sd ** 2 / later.n;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return { difference, low: difference, high: difference, clear: difference !== 0 };
  // Welch–Satterthwaite degrees of freedom.
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (earlier.n - 1) + v2 ** 2 / (later.n - 1));
  const half = tQuantile(Math.max(1, df)) * se;
  const low = round(later.mean - earlier.mean - half);
  const high = round(later.mean - earlier.mean + half);
  return { difference, low, high, clear: low > 0 || high < 0 };
}

export interface ResponseRate {
  asked: number;
  answered: number;
  /** answered / asked; null when nobody was asked. */
  rate: number | null;
}

export function responseRate(asked: Iterable<string>, answered: ReadonlySet<string>): ResponseRate {
  let a = 0;
  let r = 0;
  for (const id of asked) {
    a++;
    if (answered.has(id)) r++;
  }
  return { asked: a, answered: r, rate: a === 0 ? null : round(r / a) };
}
