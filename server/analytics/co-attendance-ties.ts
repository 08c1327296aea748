// Ties from meetings: two organisations both present at the same meeting.
import type { SharedActivity } from './collaboration-ties.ts';

/**
 * The meeting kinds whose co-attendance is a tie. A plenary gathers the whole council: sitting in
 * the same plenary says nothing about two members, and would tie every attendee to every other.
 */
export const TIE_MEETING_KINDS = ['working-group', 'knowledge-exchange'] as const;

export interface MeetingPresence {
  meetingId: string;
  /** The meeting's Brussels day, YYYY-MM-DD. */
  day: string;
  /** Organisations recorded present. */
  present: readonly string[];
}

/** One activity per pair of organisations: how many meetings they were both present at, first and last day. */
export function coAttendanceTies(meetings: readonly MeetingPresence[]): SharedActivity[] {
  const ties = new Map<string, SharedActivity>();
  for (const meeting of meetings) {
    const present = [...new Set(meeting.present)].sort();
    for (let i = 0; i < present.length; i += 1) {
      for (let j = i + 1; j < present.length; j += 1) {
        const key = `${present[i]}\u0000${present[j]}`;
        const tie = ties.get(key);
        if (!tie) {
          ties.set(key, { source: present[i]!, target: present[j]!, kind: 'meeting', count: 1, first: meeting.day, last: meeting.day });
          continue;
        }
        tie.count += 1;
        if (meeting.day < tie.first!) tie.first = meeting.day;
        if (meeting.day > tie.last!) tie.last = meeting.day;
      }
    }
  }
  return [...ties.values()];
}
