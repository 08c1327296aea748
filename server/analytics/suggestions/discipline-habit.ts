// Discipline complementarity: do the candidate's disciplines and ours have a habit of working
// together in this council's past projects? The lifts are learned in suggestion-index.ts.
import type { SuggestionIndex } from './suggestion-index.ts';

export interface DisciplineHabit {
  /** max over discipline pairs of ln(lift) × (1 for a main discipline, ½ for a secondary one, per side); 0 when no pair is more frequent than chance. */
  score: number;
  /** The pair behind it (ours, theirs) and in how many past projects it worked together. */
  a: string | null;
  b: string | null;
  projects: number;
}

/** The score alone, without allocating: what the ranking loop calls for every candidate. */
export function disciplineHabitScore(index: SuggestionIndex, u: number, c: number): number {
  const { logLift, size } = index.habit;
  const mainU = index.mainDiscipline[u]!;
  const mainC = index.mainDiscipline[c]!;
  const theirs = index.disciplineMask[c]!;
  let best = 0;
  // Walk the set bits only: an organisation has one to three disciplines.
  for (let restA = index.disciplineMask[u]!; restA !== 0; restA &= restA - 1) {
    const bitA = restA & -restA;
    const a = 31 - Math.clz32(bitA);
    const wa = (mainU & bitA) !== 0 ? 1 : 0.5;
    for (let restB = theirs; restB !== 0; restB &= restB - 1) {
      const bitB = restB & -restB;
      const value = wa * ((mainC & bitB) !== 0 ? 1 : 0.5) * logLift[a * size + 31 - Math.clz32(bitB)]!;
      if (value > best) best = value;
    }
  }
  return best;
}

export function disciplineHabit(index: SuggestionIndex, u: number, c: number): DisciplineHabit {
  const { logLift, projects, size } = index.habit;
  const mine = index.disciplineMask[u]!;
  const theirs = index.disciplineMask[c]!;
  let best = 0;
  let bestA = -1;
  let bestB = -1;
  for (let a = 0; a < size; a++) {
    if ((mine & (1 << a)) === 0) continue;
    const wa = (index.mainDiscipline[u]! & (1 << a)) !== 0 ? 1 : 0.5;
    for (let b = 0; b < size; b++) {
      if ((theirs & (1 << b)) === 0) continue;
      const wb = (index.mainDiscipline[c]! & (1 << b)) !== 0 ? 1 : 0.5;
      const value = wa * wb * logLift[a * size + b]!;
      if (value > best) [best, bestA, bestB] = [value, a, b];
    }
  }
  if (bestA < 0) return { score: 0, a: null, b: null, projects: 0 };
  return { score: best, a: index.disciplines.words[bestA]!, b: index.disciplines.words[bestB]!, projects: projects[bestA * size + bestB]! };
}
