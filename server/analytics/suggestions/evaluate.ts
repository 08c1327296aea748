// Measured quality: a temporal hold-out. Learn from what was known before a cut-off, rank every
// candidate for each organisation that gained a new partner after it, and see where those partners
// landed in the ranking — for the combined score, classic link-prediction baselines and each signal.
import { combine, SIGNALS, weightVector, writeFeatures, type SignalWeights } from './combine.ts';
import { proximity } from './network-proximity.ts';
import type { SuggestionIndex } from './suggestion-index.ts';

export interface RankingMetrics {
  precisionAt10: number;
  recallAt10: number;
  hitsAt10: number;
  mrr: number;
  ndcgAt10: number;
}

export const BASELINES = ['random', 'preferential-attachment', 'common-neighbours', 'adamic-adar', 'resource-allocation'] as const;

export interface EvaluationReport {
  queries: number;
  newTies: number;
  combined: RankingMetrics;
  baselines: Record<(typeof BASELINES)[number], RankingMetrics>;
  signals: Record<string, RankingMetrics>;
  variants: Record<string, RankingMetrics>;
}

export interface EvaluationOptions {
  weights?: Partial<SignalWeights>;
  /** Other weightings to measure beside the combined one, by name. */
  variants?: Record<string, Partial<SignalWeights>>;
  seed?: number;
  /** Evaluate at most this many query organisations (a seeded sample), for speed. */
  maxQueries?: number;
}

const K = 10;

/** A deterministic number in [0, 1) per (seed, a, b): ties in score are broken by it, and it is the random baseline. */
export function pairHash(seed: number, a: number, b: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(a + 1, 0xc2b2ae35) ^ Math.imul(b + 7, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/**
 * Metrics of one ranking from the ranks (1-based) of the relevant candidates. A candidate ranks
 * above another with a higher score, or an equal score and a higher tie-break.
 */
export function metricsFromRanks(ranks: readonly number[]): RankingMetrics {
  if (ranks.length === 0) throw new Error('a query needs at least one relevant candidate');
  const top = ranks.filter((r) => r <= K);
  let dcg = 0;
  for (const r of top) dcg += 1 / Math.log2(r + 1);
  let ideal = 0;
  for (let r = 1; r <= Math.min(K, ranks.length); r++) ideal += 1 / Math.log2(r + 1);
  return {
    precisionAt10: top.length / K,
    recallAt10: top.length / ranks.length,
    hitsAt10: top.length > 0 ? 1 : 0,
    mrr: 1 / Math.min(...ranks),
    ndcgAt10: dcg / ideal,
  };
}

/** The ranks of `relevant` among `candidates` by score (then tie-break). */
export function ranksOf(scores: Float64Array, tiebreak: Float64Array, candidates: readonly number[], relevant: readonly number[]): number[] {
  return relevant.map((r) => {
    let rank = 1;
    const s = scores[r]!;
    const t = tiebreak[r]!;
    for (const c of candidates) if (scores[c]! > s || (scores[c] === s && tiebreak[c]! > t)) rank++;
    return rank;
  });
}

function mean(list: readonly RankingMetrics[]): RankingMetrics {
  const out: RankingMetrics = { precisionAt10: 0, recallAt10: 0, hitsAt10: 0, mrr: 0, ndcgAt10: 0 };
  for (const m of list) for (const key of Object.keys(out) as (keyof RankingMetrics)[]) out[key] += m[key] / list.length;
  for (const key of Object.keys(out) as (keyof RankingMetrics)[]) out[key] = Math.round(out[key] * 10_000) / 10_000;
  return out;
}

/** Candidates of u: every organisation but itself, its partners and deleted ones. */
function candidatesOf(index: SuggestionIndex, u: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < index.organisations.length; c++) if (c !== u && index.deleted[c] === 0 && !index.partnerSets[u]!.has(c)) out.push(c);
  return out;
}

/** The classic unweighted link-prediction scores of every candidate of u on the partner graph. */
export function baselineScores(index: SuggestionIndex, u: number, seed: number): Record<(typeof BASELINES)[number], Float64Array> {
  const n = index.organisations.length;
  const out = {
    random: new Float64Array(n),
    'preferential-attachment': new Float64Array(n),
    'common-neighbours': new Float64Array(n),
    'adamic-adar': new Float64Array(n),
    'resource-allocation': new Float64Array(n),
  };
  const du = index.partners[u]!.ids.length;
  for (let c = 0; c < n; c++) {
    out.random[c] = pairHash(seed + 1, u, c);
    out['preferential-attachment'][c] = du * index.partners[c]!.ids.length;
  }
  for (const z of index.partners[u]!.ids) {
    const theirs = index.partners[z]!.ids;
    for (const c of theirs) {
      if (c === u) continue;
      out['common-neighbours'][c]! += 1;
      out['adamic-adar'][c]! += 1 / Math.log(theirs.length);
      out['resource-allocation'][c]! += 1 / theirs.length;
    }
  }
  return out;
}

/** Organisation index → its new partners after the cut-off that were candidates before it. */
export function relevantByQuery(index: SuggestionIndex, newTies: readonly (readonly [string, string])[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (a: number, b: number) => {
    const list = out.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    out.set(a, list);
  };
  for (const [x, y] of newTies) {
    const a = index.indexOf.get(x);
    const b = index.indexOf.get(y);
    if (a === undefined || b === undefined || a === b || index.partnerSets[a]!.has(b)) continue;
    if (index.deleted[a] === 1 || index.deleted[b] === 1) continue;
    add(a, b);
    add(b, a);
  }
  return out;
}

/** Runs the hold-out: `index` built from what was known before the cut-off, `newTies` after it. */
export function evaluateSuggestions(index: SuggestionIndex, newTies: readonly (readonly [string, string])[], options: EvaluationOptions = {}): EvaluationReport {
  const seed = options.seed ?? 1;
  const n = index.organisations.length;
  const weights = weightVector(options.weights);
  const variants = Object.entries(options.variants ?? {}).map(([name, w]) => [name, weightVector(w)] as const);
  const relevant = relevantByQuery(index, newTies);
  let queries = [...relevant.keys()].sort((a, b) => a - b);
  if (options.maxQueries !== undefined && queries.length > options.maxQueries) {
    queries = queries.map((q) => ({ q, h: pairHash(seed + 2, q, q) })).sort((a, b) => a.h - b.h).slice(0, options.maxQueries).map((x) => x.q).sort((a, b) => a - b);
  }
  const S = SIGNALS.length;
  const features = new Float64Array(n * S);
  const combined = new Float64Array(n);
  const variantScores = variants.map(() => new Float64Array(n));
  const signalScores = SIGNALS.map(() => new Float64Array(n));
  const tiebreak = new Float64Array(n);
  const results = { combined: [] as RankingMetrics[], baselines: new Map<string, RankingMetrics[]>(), signals: new Map<string, RankingMetrics[]>(), variants: new Map<string, RankingMetrics[]>() };
  const push = (map: Map<string, RankingMetrics[]>, key: string, m: RankingMetrics) => map.set(key, [...(map.get(key) ?? []), m]);
  let pairs = 0;

  for (const u of queries) {
    const rel = relevant.get(u)!;
    pairs += rel.length;
    const candidates = candidatesOf(index, u);
    const near = proximity(index, u);
    for (const c of candidates) {
      tiebreak[c] = pairHash(seed, u, c);
      writeFeatures(index, u, c, near, features, c * S);
      combined[c] = combine(features, c * S, weights);
      variants.forEach(([, w], v) => (variantScores[v]![c] = combine(features, c * S, w)));
      for (let k = 0; k < S; k++) signalScores[k]![c] = features[c * S + k]!;
    }
    results.combined.push(metricsFromRanks(ranksOf(combined, tiebreak, candidates, rel)));
    variants.forEach(([name], v) => push(results.variants, name, metricsFromRanks(ranksOf(variantScores[v]!, tiebreak, candidates, rel))));
    SIGNALS.forEach((signal, k) => push(results.signals, signal, metricsFromRanks(ranksOf(signalScores[k]!, tiebreak, candidates, rel))));
    const base = baselineScores(index, u, seed);
    for (const name of BASELINES) push(results.baselines, name, metricsFromRanks(ranksOf(base[name], tiebreak, candidates, rel)));
  }
  if (queries.length === 0) throw new Error('no organisation gains a new partner after the cut-off: choose an earlier cut-off');
  return {
    queries: queries.length,
    newTies: pairs / 2,
    combined: mean(results.combined),
    baselines: Object.fromEntries(BASELINES.map((b) => [b, mean(results.baselines.get(b)!)])) as EvaluationReport['baselines'],
    signals: Object.fromEntries(SIGNALS.map((s) => [s, mean(results.signals.get(s)!)])),
    variants: Object.fromEntries(variants.map(([name]) => [name, mean(results.variants.get(name)!)])),
  };
}
