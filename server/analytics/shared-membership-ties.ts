// Ties from working groups: two organisations that were members of the same group at the same time.
import type { SharedActivity } from './collaboration-ties.ts';

export interface GroupMembershipSpan {
  groupId: string;
  organisationId: string;
  /** YYYY-MM-DD, both ends included; null: still a member. */
  joinedOn: string;
  leftOn: string | null;
}

export interface Period {
  from: string | null;
  to: string | null;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * One activity per pair of organisations per group they shared, dated by the overlap of their
 * memberships (an open membership runs to `today`; one that has not started yet shares nothing).
 * A pair that overlapped twice in one group (someone left and came back) counts that group once,
 * from the first overlap to the last. The period keeps overlaps that touch [from, to], as the
 * project ties keep projects that overlap it.
 */
export function sharedMembershipTies(spans: readonly GroupMembershipSpan[], period: Period, today: string): SharedActivity[] {
  const byGroup = new Map<string, GroupMembershipSpan[]>();
  for (const span of spans) byGroup.set(span.groupId, [...(byGroup.get(span.groupId) ?? []), span]);
  const ties = new Map<string, SharedActivity & { groups: Set<string> }>();
  for (const [groupId, members] of byGroup) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i]!;
        const b = members[j]!;
        if (a.organisationId === b.organisationId) continue;
        const first = later(a.joinedOn, b.joinedOn);
        const last = earlier(earlier(a.leftOn ?? today, b.leftOn ?? today), today);
        if (first > last) continue;
        if ((period.from !== null && last < period.from) || (period.to !== null && first > period.to)) continue;
        const [source, target] = a.organisationId < b.organisationId ? [a.organisationId, b.organisationId] : [b.organisationId, a.organisationId];
        const key = `${source}\u0000${target}`;
        const tie = ties.get(key);
        if (!tie) {
          ties.set(key, { source, target, kind: 'group', count: 1, first, last, groups: new Set([groupId]) });
          continue;
        }
        tie.groups.add(groupId);
        tie.count = tie.groups.size;
        tie.first = earlier(tie.first!, first);
        tie.last = later(tie.last!, last);
      }
    }
  }
  return [...ties.values()].map(({ groups: _groups, ...activity }) => activity);
}
