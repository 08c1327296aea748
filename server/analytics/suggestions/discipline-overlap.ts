// Discipline overlap: the share of disciplines two organisations have in common (Jaccard).
import { popcount, type SuggestionIndex } from './suggestion-index.ts';

export function disciplineOverlapScore(index: SuggestionIndex, u: number, c: number): number {
  const both = index.disciplineMask[u]! & index.disciplineMask[c]!;
  return both === 0 ? 0 : popcount(both) / popcount(index.disciplineMask[u]! | index.disciplineMask[c]!);
}

export function disciplineOverlap(index: SuggestionIndex, u: number, c: number): { score: number; shared: string[] } {
  const both = index.disciplineMask[u]! & index.disciplineMask[c]!;
  if (both === 0) return { score: 0, shared: [] };
  const either = index.disciplineMask[u]! | index.disciplineMask[c]!;
  return { score: popcount(both) / popcount(either), shared: index.disciplines.wordsOf(both) };
}
