// Shared working languages and audiences (Jaccard of each): partners who can talk and who work for the same people.
import { popcount, type SuggestionIndex, type Vocabulary } from './suggestion-index.ts';

function jaccardScore(a: number, b: number): number {
  const both = a & b;
  return both === 0 ? 0 : popcount(both) / popcount(a | b);
}

export function sharedLanguagesScore(index: SuggestionIndex, u: number, c: number): number {
  return jaccardScore(index.languageMask[u]!, index.languageMask[c]!);
}

export function sharedAudiencesScore(index: SuggestionIndex, u: number, c: number): number {
  return jaccardScore(index.audienceMask[u]!, index.audienceMask[c]!);
}

function jaccard(a: number, b: number, vocabulary: Vocabulary): { score: number; shared: string[] } {
  const both = a & b;
  if (both === 0) return { score: 0, shared: [] };
  return { score: popcount(both) / popcount(a | b), shared: vocabulary.wordsOf(both) };
}

export function sharedLanguages(index: SuggestionIndex, u: number, c: number): { score: number; shared: string[] } {
  return jaccard(index.languageMask[u]!, index.languageMask[c]!, index.languages);
}

export function sharedAudiences(index: SuggestionIndex, u: number, c: number): { score: number; shared: string[] } {
  return jaccard(index.audienceMask[u]!, index.audienceMask[c]!, index.audiences);
}
