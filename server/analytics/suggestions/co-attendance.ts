// Meetings two organisations were both present at.
import type { SuggestionIndex } from './suggestion-index.ts';

export function coAttendedMeetings(index: SuggestionIndex, u: number, c: number): number {
  return index.coAttendance[u]!.get(c) ?? 0;
}
