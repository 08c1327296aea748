// Place: the same commune is easiest to work with, a neighbouring one almost as easy.
import type { SuggestionIndex } from './suggestion-index.ts';

export const SAME_COMMUNE = 1;
export const NEIGHBOURING_COMMUNE = 0.5;

export function placeScore(index: SuggestionIndex, u: number, c: number): number {
  const a = index.commune[u]!;
  const b = index.commune[c]!;
  if (a < 0 || b < 0) return 0;
  if (a === b) return SAME_COMMUNE;
  return index.neighbours[a * index.communeIds.length + b] === 1 ? NEIGHBOURING_COMMUNE : 0;
}

export function placeProximity(index: SuggestionIndex, u: number, c: number): { score: number; relation: 'same-commune' | 'neighbouring-commune' | null } {
  const a = index.commune[u]!;
  const b = index.commune[c]!;
  if (a < 0 || b < 0) return { score: 0, relation: null };
  if (a === b) return { score: SAME_COMMUNE, relation: 'same-commune' };
  if (index.neighbours[a * index.communeIds.length + b] === 1) return { score: NEIGHBOURING_COMMUNE, relation: 'neighbouring-commune' };
  return { score: 0, relation: null };
}
