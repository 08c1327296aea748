// Activity: an organisation with many partners is open to new ones (preferential attachment, as
// one signal among others rather than the whole answer).
import type { SuggestionIndex } from './suggestion-index.ts';

export function partnerCount(index: SuggestionIndex, c: number): number {
  return index.partners[c]!.ids.length;
}
