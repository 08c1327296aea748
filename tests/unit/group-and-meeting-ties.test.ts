import { describe, expect, it } from 'vitest';
import { collaborationTies, degreeAndStrength, TIE_WEIGHTS, type ActivityRow, type DayRange } from '../../server/analytics/collaboration-network.ts';

// Membership rows as the network repository reads them: an open membership already runs to today,
// and one that has not started yet is not read at all (cypher/network/list-group-membership-spans.cypher).
const TODAY = '2026-01-15';
const ALL: DayRange = { from: null, to: null };
const span = (organisationId: string, joinedOn: string, leftOn: string | null = null, groupId = 'g1'): ActivityRow => ({
  kind: 'group',
  id: groupId,
  from: joinedOn,
  to: leftOn ?? TODAY,
  organisations: [organisationId],
});
const summary = (ties: ReturnType<typeof collaborationTies>) => ties.map((t) => `${t.source}-${t.target}:${t.count}:${t.first}..${t.last}`).sort();

describe('ties from shared working groups', () => {
  const cases: [string, ActivityRow[], DayRange, string[]][] = [
    ['two open memberships run to today', [span('a', '2024-01-01'), span('b', '2025-03-01')], ALL, ['a-b:1:2025-03-01..2026-01-15']],
    ['one left before the other joined: no tie', [span('a', '2022-01-01', '2022-12-31'), span('b', '2023-01-01')], ALL, []],
    ['sharing one day is a tie', [span('a', '2022-01-01', '2023-01-01'), span('b', '2023-01-01')], ALL, ['a-b:1:2023-01-01..2023-01-01']],
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
    it(name, () => expect(summary(collaborationTies(spans, period))).toEqual(expected));
  }

  it('marks every tie as of kind group', () => {
    expect(collaborationTies([span('a', '2024-01-01'), span('b', '2024-01-01')])[0]!.kinds).toEqual({ group: 1 });
  });
});

describe('ties from meetings attended together', () => {
  const m = (day: string, ...present: string[]): ActivityRow => ({ kind: 'meeting', id: `m-${day}`, from: day, to: day, organisations: present });
  const cases: [string, ActivityRow[], string[]][] = [
    ['nobody together: no tie', [m('2024-01-01', 'a'), m('2024-02-01', 'b')], []],
    ['two meetings together', [m('2024-03-01', 'b', 'a'), m('2024-01-01', 'a', 'b')], ['a-b:2:2024-01-01..2024-03-01']],
    ['three present make three pairs', [m('2024-01-01', 'a', 'b', 'c')], ['a-b:1:2024-01-01..2024-01-01', 'a-c:1:2024-01-01..2024-01-01', 'b-c:1:2024-01-01..2024-01-01']],
    ['an organisation listed twice is one', [m('2024-01-01', 'a', 'a', 'b')], ['a-b:1:2024-01-01..2024-01-01']],
  ];
  for (const [name, meetings, expected] of cases) {
    it(name, () => expect(summary(collaborationTies(meetings))).toEqual(expected));
  }
});

describe('collaborationTies with every kind', () => {
  it('weighs each kind by TIE_WEIGHTS and adds tenths without floating-point dust', () => {
    expect(TIE_WEIGHTS).toEqual({ project: 1, group: 0.5, meeting: 0.1 });
    const meeting = (day: string, ...present: string[]): ActivityRow => ({ kind: 'meeting', id: `m-${day}`, from: day, to: day, organisations: present });
    const ties = collaborationTies([
      { kind: 'project', id: 'p1', from: '2023-01-01', to: '2023-03-01', organisations: ['a', 'b'] },
      { kind: 'project', id: 'p2', from: '2023-04-01', to: '2023-06-01', organisations: ['b', 'a'] },
      span('b', '2021-05-01', null, 'g'),
      span('a', '2022-01-01', null, 'g'),
      meeting('2022-03-01', 'a', 'b'),
      meeting('2024-06-01', 'b', 'a'),
      meeting('2025-11-01', 'a', 'b'),
      ...['01', '03', '05', '07', '09', '11', '12'].map((month) => meeting(`2024-${month}-01`, 'a', 'c')),
    ]);
    expect(ties.find((t) => t.target === 'b')).toEqual({ source: 'a', target: 'b', weight: 2.8, count: 6, kinds: { project: 2, group: 1, meeting: 3 }, first: '2022-01-01', last: '2026-01-15' });
    expect(ties.find((t) => t.target === 'c')!.weight).toBe(0.7);
    expect(degreeAndStrength(ties).get('a')).toEqual({ degree: 2, strength: 3.5 });
  });
});
