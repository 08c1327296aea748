// Fitting the signal weights on the past: a small L2-regularised logistic regression on earlier
// periods (new ties after an earlier cut-off as positives, seeded random non-ties as negatives).
// Its coefficients are weights for combine.ts; ranking ignores the intercept.
import { SIGNALS, writeFeatures, type SignalWeights } from './combine.ts';
import { pairHash, relevantByQuery } from './evaluate.ts';
import { proximity } from './network-proximity.ts';
import type { SuggestionIndex } from './suggestion-index.ts';

export interface FitOptions {
  seed?: number;
  /** Negatives drawn per positive; default 10. */
  negatives?: number;
  l2?: number;
  iterations?: number;
}

/** Learns one weight per signal from `index` (known before an earlier cut-off) and the ties that followed. */
export function fitSignalWeights(index: SuggestionIndex, newTies: readonly (readonly [string, string])[], options: FitOptions = {}): SignalWeights {
  const seed = options.seed ?? 7;
  const negatives = options.negatives ?? 10;
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 400;
  const S = SIGNALS.length;
  const rows: number[] = [];
  const labels: number[] = [];
  const row = new Float64Array(S);
  const n = index.organisations.length;
  for (const [u, rel] of relevantByQuery(index, newTies)) {
    const near = proximity(index, u);
    const take = (c: number, label: number) => {
      writeFeatures(index, u, c, near, row);
      rows.push(...row);
      labels.push(label);
    };
    for (const c of rel) take(c, 1);
    let drawn = 0;
    for (let attempt = 0; drawn < negatives * rel.length && attempt < negatives * rel.length * 4; attempt++) {
      const c = Math.floor(pairHash(seed, u, attempt) * n);
      if (c === u || index.deleted[c] === 1 || index.partnerSets[u]!.has(c) || rel.includes(c)) continue;
      take(c, 0);
      drawn++;
    }
  }
  const m = labels.length;
  if (m === 0) throw new Error('no new ties to learn from: choose an earlier cut-off');
  // Standardise, fit by full-batch gradient descent, then undo the scaling.
  const meanOf = new Float64Array(S);
  const sdOf = new Float64Array(S);
  for (let i = 0; i < m; i++) for (let k = 0; k < S; k++) meanOf[k]! += rows[i * S + k]! / m;
  for (let i = 0; i < m; i++) for (let k = 0; k < S; k++) sdOf[k]! += (rows[i * S + k]! - meanOf[k]!) ** 2 / m;
  for (let k = 0; k < S; k++) sdOf[k] = Math.sqrt(sdOf[k]!) || 1;
  const w = new Float64Array(S);
  let bias = 0;
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(S);
    let gradBias = 0;
    for (let i = 0; i < m; i++) {
      let z = bias;
      for (let k = 0; k < S; k++) z += w[k]! * ((rows[i * S + k]! - meanOf[k]!) / sdOf[k]!);
      const error = 1 / (1 + Math.exp(-z)) - labels[i]!;
      gradBias += error / m;
      for (let k = 0; k < S; k++) grad[k]! += (error * ((rows[i * S + k]! - meanOf[k]!) / sdOf[k]!)) / m;
    }
    bias -= rate * gradBias;
    for (let k = 0; k < S; k++) w[k]! -= rate * (grad[k]! + l2 * w[k]!);
  }
  return Object.fromEntries(SIGNALS.map((s, k) => [s, Math.round((w[k]! / sdOf[k]!) * 1000) / 1000])) as unknown as SignalWeights;
}
