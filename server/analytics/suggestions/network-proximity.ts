// Network proximity: how close a candidate already is through common partners, recent ties counting
// more. Resource allocation and Adamic–Adar, weighted by the recency strength of both ties.
import type { SuggestionIndex } from './suggestion-index.ts';

export interface CommonPartners {
  /** Σ over common partners z of √(s_uz·s_zc) / deg(z): a busy go-between passes less on. */
  resourceAllocation: number;
  /** Σ over common partners z of √(s_uz·s_zc) / ln deg(z): the same, gentler with hubs. */
  adamicAdar: number;
  /** The common partners, strongest go-between first, and what each adds to resource allocation. */
  via: number[];
  viaWeights: number[];
}

/** Proximity of every organisation to one query organisation; zero for all not two steps away. */
export interface Proximity {
  readonly resourceAllocation: Float64Array;
  readonly adamicAdar: Float64Array;
  /** The organisations with a non-zero entry. */
  readonly reached: readonly number[];
}

/**
 * Resource allocation and Adamic–Adar from `u` to every organisation two steps away through a
 * joint project and not yet its partner. s is the recency-weighted tie strength
 * (suggestion-index.ts); deg is the common partner's number of partners (at least 2: u and the
 * candidate). Flat arrays: a query through a hub touches tens of thousands of pairs.
 */
export function proximity(index: SuggestionIndex, u: number): Proximity {
  const n = index.organisations.length;
  const resourceAllocation = new Float64Array(n);
  const adamicAdar = new Float64Array(n);
  const reached: number[] = [];
  const mine = index.partners[u]!;
  const direct = index.partnerSets[u]!;
  for (let k = 0; k < mine.ids.length; k++) {
    const z = mine.ids[k]!;
    const suz = mine.strengths[k]!;
    const theirs = index.partners[z]!;
    const degree = theirs.ids.length;
    const byDegree = 1 / degree;
    const byLogDegree = 1 / Math.log(degree);
    for (let m = 0; m < degree; m++) {
      const c = theirs.ids[m]!;
      if (c === u || direct.has(c)) continue;
      const shared = Math.sqrt(suz * theirs.strengths[m]!);
      if (resourceAllocation[c] === 0) reached.push(c);
      resourceAllocation[c]! += shared * byDegree;
      adamicAdar[c]! += shared * byLogDegree;
    }
  }
  return { resourceAllocation, adamicAdar, reached };
}

/** The common partners of u and c, for one candidate (reasons, tests). */
export function commonPartnersOf(index: SuggestionIndex, u: number, c: number): CommonPartners {
  const entry: CommonPartners = { resourceAllocation: 0, adamicAdar: 0, via: [], viaWeights: [] };
  if (c === u || index.partnerSets[u]!.has(c)) return entry;
  const theirs = index.partners[c]!;
  const mine = index.partners[u]!;
  const found: { z: number; w: number }[] = [];
  for (let k = 0; k < mine.ids.length; k++) {
    const z = mine.ids[k]!;
    const at = theirs.ids.indexOf(z);
    if (at < 0) continue;
    const degree = index.partners[z]!.ids.length;
    const shared = Math.sqrt(mine.strengths[k]! * theirs.strengths[at]!);
    entry.resourceAllocation += shared / degree;
    entry.adamicAdar += shared / Math.log(degree);
    found.push({ z, w: shared / degree });
  }
  found.sort((a, b) => b.w - a.w || a.z - b.z);
  entry.via = found.map((x) => x.z);
  entry.viaWeights = found.map((x) => x.w);
  return entry;
}

/** Every organisation two steps from `u`, with its common partners (small graphs, tests). */
export function commonPartners(index: SuggestionIndex, u: number): Map<number, CommonPartners> {
  const { reached } = proximity(index, u);
  return new Map([...reached].sort((a, b) => a - b).map((c) => [c, commonPartnersOf(index, u, c)]));
}
