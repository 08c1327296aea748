import { describe, expect, it } from 'vitest';
import { coAttendanceTies, type MeetingPresence } from '../../server/analytics/co-attendance-ties.ts';
import { collaborationTies, degreeAndStrength, TIE_WEIGHTS } from '../../server/analytics/collaboration-ties.ts';
import { sharedMembershipTies, type GroupMembershipSpan, type Period } from '../../server/analytics/shared-membership-ties.ts';

const TODAY = '2026-01-15';
const ALL: Period = { from: null, to: null };
const span = (organisationId: string, joinedOn: string, leftOn: string | null = null, groupId = 'g1'): GroupMembershipSpan => ({ groupId, organisationId, joinedOn, leftOn });
const summary = (ties: ReturnType<typeof sharedMembershipTies>) => ties.map((t) => `${t.source}-${t.target}:${t.count}:${t.first}..${t.last}`).sort();

describe('sharedMembershipTies', () => {
  const cases: [string, GroupMembershipSpan[], Period, string[]][] = [
    ['two open memberships run to today', [span('a', '2024-01-01'), span('b', '2025-03-01')], ALL, ['a-b:1:2025-03-01..2026-01-15']],
    ['one left before the other joined: no tie', [span('a', '2022-01-01', '2022-12-31'), span('b', '2023-01-01')], ALL, []],
    ['sharing one day is a tie', [span('a', '2022-01-01', '2023-01-01'), span('b', '2023-01-01')], ALL, ['a-b:1:2023-01-01..2023-01-01']],
    ['a membership not started yet shares nothing', [span('a', '2024-01-01'), span('b', '2026-06-01')], ALL, []],
    ['the pair is ordered by id', [span('z', '2024-01-01'), span('m', '2024-01-01')], ALL, ['m-z:1:2024-01-01..2026-01-15']],
    ['different groups make no tie', [span('a', '2024-01-01', null, 'g1'), span('b', '2024-01-01', null, 'g2')], ALL, []],
    [
      'two groups shared count twice, dated from the first overlap to the last',
      [span('a', '2021-01-01', '2021-12-31', 'g1'), span('b', '2021-06-01', '2022-06-01', 'g1'), span('a', '2024-01-01', null, 'g2'), span('b', '2023-01-01', '2024-06-30', 'g2')],
      ALL,
      ['a-b:2:2021-06-01..2024-06-30'],
    ],
    [
      'leaving and rejoining one group counts that group once',
      [span('a', '2020-01-01'), span('b', '2020-01-01', '2020-12-31'), span('b', '2023-01-01')],
      ALL,
      ['a-b:1:2020-01-01..2026-01-15'],
    ],
    [
      'the period keeps overlaps that touch it',
      [span('a', '2020-01-01', '2021-12-31'), span('b', '2020-01-01', '2021-12-31'), span('c', '2020-01-01')],
      { from: '2023-01-01', to: null },
      [],
    ],
    ['an overlap ending inside the period is kept', [span('a', '2020-01-01', '2023-03-01'), span('b', '2020-01-01')], { from: '2023-01-01', to: '2023-12-31' }, ['a-b:1:2020-01-01..2023-03-01']],
    ['an overlap starting after the period is left out', [span('a', '2024-01-01'), span('b', '2024-01-01')], { from: null, to: '2023-12-31' }, []],
    ['three members make three pairs', [span('a', '2024-01-01'), span('b', '2024-01-01'), span('c', '2024-01-01')], ALL, ['a-b:1:2024-01-01..2026-01-15', 'a-c:1:2024-01-01..2026-01-15', 'b-c:1:2024-01-01..2026-01-15']],
  ];
  for (const [name, spans, period, expected] of cases) {
    it(name, () => expect(summary(sharedMembershipTies(spans, period, TODAY))).toEqual(expected));
  }

  it('marks every tie as of kind group', () => {
    expect(sharedMembershipTies([span('a', '2024-01-01'), span('b', '2024-01-01')], ALL, TODAY)[0]!.kind).toBe('group');
  });
});

describe('coAttendanceTies', () => {
  const m = (day: string, ...present: string[]): MeetingPresence => ({ meetingId: `m-${day}`, day, present });
  const cases: [string, MeetingPresence[], string[]][] = [
    ['nobody together: no tie', [m('2024-01-01', 'a'), m('2024-02-01', 'b')], []],
    ['two meetings together', [m('2024-03-01', 'b', 'a'), m('2024-01-01', 'a', 'b')], ['a-b:2:2024-01-01..2024-03-01']],
    ['three present make three pairs', [m('2024-01-01', 'a', 'b', 'c')], ['a-b:1:2024-01-01..2024-01-01', 'a-c:1:2024-01-01..2024-01-01', 'b-c:1:2024-01-01..2024-01-01']],
    ['an organisation listed twice is one', [m('2024-01-01', 'a', 'a', 'b')], ['a-b:1:2024-01-01..2024-01-01']],
  ];
  for (const [name, meetings, expected] of cases) {
    it(name, () => expect(summary(coAttendanceTies(meetings))).toEqual(expected));
  }
});

describe('collaborationTies with every kind', () => {
  it('weighs each kind by TIE_WEIGHTS and adds tenths without floating-point dust', () => {
    expect(TIE_WEIGHTS).toEqual({ project: 1, group: 0.5, meeting: 0.1 });
    const ties = collaborationTies([
      { source: 'a', target: 'b', kind: 'project', count: 2, first: '2023-01-01', last: '2023-06-01' },
      { source: 'b', target: 'a', kind: 'group', count: 1, first: '2022-01-01', last: '2026-01-15' },
      { source: 'a', target: 'b', kind: 'meeting', count: 3, first: '2022-03-01', last: '2025-11-01' },
      { source: 'a', target: 'c', kind: 'meeting', count: 7, first: '2024-01-01', last: '2024-12-01' },
    ]);
    expect(ties.find((t) => t.target === 'b')).toEqual({ source: 'a', target: 'b', weight: 2.8, count: 6, kinds: { project: 2, group: 1, meeting: 3 }, first: '2022-01-01', last: '2026-01-15' });
    expect(ties.find((t) => t.target === 'c')!.weight).toBe(0.7);
    expect(degreeAndStrength(ties).get('a')).toEqual({ degree: 2, strength: 3.5 });
  });
});
