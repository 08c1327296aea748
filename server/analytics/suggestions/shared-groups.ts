// Working groups two organisations both belong to (they know each other, with no joint project yet).
import type { SuggestionIndex } from './suggestion-index.ts';

export function sharedGroupCount(index: SuggestionIndex, u: number, c: number): number {
  const mine = index.groupsOf[u]!;
  if (mine.length === 0) return 0;
  let count = 0;
  for (const g of index.groupsOf[c]!) if (mine.includes(g)) count++;
  return count;
}

export function sharedGroups(index: SuggestionIndex, u: number, c: number): { score: number; groups: { id: string; name: string }[] } {
  const mine = index.groupsOf[u]!;
  const groups: { id: string; name: string }[] = [];
  for (const g of index.groupsOf[c]!) if (mine.includes(g)) groups.push({ id: index.groupIds[g]!, name: index.groupNames[g]! });
  return { score: groups.length, groups };
}
