// Resources: what one needs and the other offers, both ways.
import { popcount, type SuggestionIndex } from './suggestion-index.ts';

export interface ResourceMatch {
  /** Resources u needs that c offers, plus those c needs that u offers. */
  score: number;
  theyOffer: string[];
  youOffer: string[];
}

export function resourceMatchScore(index: SuggestionIndex, u: number, c: number): number {
  return popcount(index.needMask[u]! & index.offerMask[c]!) + popcount(index.needMask[c]! & index.offerMask[u]!);
}

export function resourceMatch(index: SuggestionIndex, u: number, c: number): ResourceMatch {
  const theyOffer = index.needMask[u]! & index.offerMask[c]!;
  const youOffer = index.needMask[c]! & index.offerMask[u]!;
  if (theyOffer === 0 && youOffer === 0) return { score: 0, theyOffer: [], youOffer: [] };
  return {
    score: popcount(theyOffer) + popcount(youOffer),
    theyOffer: index.resources.wordsOf(theyOffer),
    youOffer: index.resources.wordsOf(youOffer),
  };
}
