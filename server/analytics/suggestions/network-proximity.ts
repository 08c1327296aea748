// Network proximity: how close a candidate already is through common partners, recent ties counting
// more. Resource allocation and Adamic–Adar, weighted by the recency strength of both ties.
import type { SuggestionIndex } from './suggestion-index.ts';

export interface CommonPartners {
  /** Σ over common partners z of √(s_uz·s_zc) / deg(z): a busy go-between passes less on. */
  resourceAllocation: number;
  /** Σ over common partners z of √(s_uz·s_zc) / ln deg(z): the same, gentler with hubs. */
  adamicAdar: number;
  /** The common partners, and what each adds to resource allocation. */
  via: number[];
  viaWeights: number[];
}

/**
 * Every organisation two steps from `u` through a joint project that is not yet its partner, with
 * its common partners. s is the recency-weighted tie strength (suggestion-index.ts); deg is the
 * common partner's number of partners (at least 2: u and the candidate).
 */
export function commonPartners(index: SuggestionIndex, u: number): Map<number, CommonPartners> {
  const out = new Map<number, CommonPartners>();
  const mine = index.partners[u]!;
  const direct = index.partnerSets[u]!;
  for (let k = 0; k < mine.ids.length; k++) {
    const z = mine.ids[k]!;
    const suz = mine.strengths[k]!;
    const theirs = index.partners[z]!;
    const degree = theirs.ids.length;
    for (let m = 0; m < theirs.ids.length; m++) {
      const c = theirs.ids[m]!;
      if (c === u || direct.has(c)) continue;
      const shared = Math.sqrt(suz * theirs.strengths[m]!);
      let entry = out.get(c);
      if (!entry) {
        entry = { resourceAllocation: 0, adamicAdar: 0, via: [], viaWeights: [] };
        out.set(c, entry);
      }
      entry.resourceAllocation += shared / degree;
      entry.adamicAdar += shared / Math.log(degree);
      entry.via.push(z);
      entry.viaWeights.push(shared / degree);
    }
  }
  return out;
}
