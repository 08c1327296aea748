import { describe, expect, it } from 'vitest';
import {
  activitySpan,
  collaborationNetwork,
  collaborationTies,
  degreeAndStrength,
  pairActivities,
  partnersOf,
  periodOf,
  periodsOf,
  recencyFactor,
  tieChanges,
  tiesByPeriod,
  TIE_KINDS,
  TIE_MODEL_VERSION,
  TIE_WEIGHTS,
  type ActivityRow,
  type CollaborationTie,
  type Period,
  type PeriodUnit,
} from '../../server/analytics/collaboration-network.ts';

const row = (kind: ActivityRow['kind'], id: string, from: string, to: string, ...organisations: string[]): ActivityRow => ({ kind, id, from, to, organisations });
/** A tie as `a-b:weight:kind=count,…:first..last`, short enough to check by hand. */
const brief = (t: CollaborationTie) =>
  `${t.source}-${t.target}:${t.weight}:${Object.entries(t.kinds).map(([k, n]) => `${k}=${n}`).join(',')}:${t.first}..${t.last}`;

// A tiny dated council, every figure below worked out by hand:
//   project P1, a and b, 2024-11-15 → 2025-02-10 (spans a quarter and a year boundary);
//   meeting M1, a and c present, 2025-03-31 (the last day of a quarter);
//   group G: a 2024-01-01 → 2025-06-30, b 2023-01-01 → 2024-03-31, c 2025-04-01 → 2025-12-31,
//     so a–b share G in 2024-Q1, a–c in 2025-Q2, b–c never.
const COUNCIL: ActivityRow[] = [
  row('project', 'P1', '2024-11-15', '2025-02-10', 'a', 'b'),
  row('meeting', 'M1', '2025-03-31', '2025-03-31', 'c', 'a'),
  row('group', 'G', '2024-01-01', '2025-06-30', 'a'),
  row('group', 'G', '2023-01-01', '2024-03-31', 'b'),
  row('group', 'G', '2025-04-01', '2025-12-31', 'c'),
];

describe('the tie kinds and their weights', () => {
  it('lists every kind once with its weight, and a version for what is computed from them', () => {
    expect(TIE_KINDS).toEqual(['project', 'group', 'meeting']);
    expect(TIE_KINDS.map((k) => TIE_WEIGHTS[k])).toEqual([1, 0.5, 0.1]);
    expect(Number.isInteger(TIE_MODEL_VERSION)).toBe(true);
  });
});

describe('pairActivities', () => {
  it('dates a shared group by the overlap of the two memberships and pairs a project whole', () => {
    expect(pairActivities(COUNCIL).map((p) => `${p.kind}:${p.source}-${p.target}:${p.from}..${p.to}`).sort()).toEqual([
      'group:a-b:2024-01-01..2024-03-31',
      'group:a-c:2025-04-01..2025-06-30',
      'meeting:a-c:2025-03-31..2025-03-31',
      'project:a-b:2024-11-15..2025-02-10',
    ]);
  });

  it('pairs only the organisation asked for with the others', () => {
    const rows = [row('project', 'P', '2024-01-01', '2024-02-01', 'a', 'b', 'c', 'd')];
    expect(pairActivities(rows, { organisation: 'c' }).map((p) => `${p.source}-${p.target}`)).toEqual(['a-c', 'b-c', 'c-d']);
    expect(pairActivities(rows)).toHaveLength(6);
  });

  it('refuses an activity that ends before it starts', () => {
    expect(() => pairActivities([row('project', 'P', '2024-02-01', '2024-01-01', 'a', 'b')])).toThrow(/ends \(2024-01-01\) before it starts/);
  });
});

describe('collaborationTies over all time and for a range', () => {
  const cases: [string, { from?: string; to?: string }, string[]][] = [
    ['all time merges the kinds of each pair', {}, ['a-b:1.5:project=1,group=1:2024-01-01..2025-02-10', 'a-c:0.6:group=1,meeting=1:2025-03-31..2025-06-30']],
    ['a range keeps what touches it, with the dates of what it keeps', { from: '2025-01-01', to: '2025-03-31' }, ['a-b:1:project=1:2024-11-15..2025-02-10', 'a-c:0.1:meeting=1:2025-03-31..2025-03-31']],
    ['an open start', { to: '2024-06-30' }, ['a-b:0.5:group=1:2024-01-01..2024-03-31']],
    ['an open end', { from: '2025-04-01' }, ['a-c:0.5:group=1:2025-04-01..2025-06-30']],
    ['a range where nothing happened', { from: '2024-04-01', to: '2024-11-14' }, []],
  ];
  for (const [name, range, expected] of cases) {
    it(name, () => expect(collaborationTies(COUNCIL, range).map(brief)).toEqual(expected));
  }

  it('counts the same activity read twice once', () => {
    const twice = [...COUNCIL, row('project', 'P1', '2024-11-15', '2025-02-10', 'b', 'a')];
    expect(collaborationTies(twice).map(brief)).toEqual(collaborationTies(COUNCIL).map(brief));
  });
});

describe('recency', () => {
  const cases: [string, string, number][] = [
    ['still going on at the day asked', '2023-06-01', 1],
    ['ended that very day', '2023-01-01', 1],
    ['ended one half-life ago', '2022-01-01', 0.5],
    ['ended two half-lives ago', '2021-01-01', 0.25],
  ];
  for (const [name, to, factor] of cases) {
    it(`counts an activity ${name} as ${factor}`, () => expect(recencyFactor(to, { asOf: '2023-01-01', halfLifeDays: 365 })).toBeCloseTo(factor, 12));
  }

  it('weighs recent ties more: 1 × 0.5 + 0.5 × 0.25 + 0.1 × 1', () => {
    const rows = [
      row('project', 'P', '2021-06-01', '2022-01-01', 'a', 'b'),
      row('group', 'G', '2020-01-01', '2021-01-01', 'a', 'b'),
      row('meeting', 'M', '2023-06-01', '2023-06-01', 'a', 'b'),
    ];
    const [tie] = collaborationTies(rows, { recency: { asOf: '2023-01-01', halfLifeDays: 365 } });
    expect(tie).toMatchObject({ weight: 0.725, count: 3 });
    expect(collaborationTies(rows)[0]!.weight).toBe(1.6);
  });

  it('refuses a half-life that is not a positive number of days', () => {
    expect(() => recencyFactor('2022-01-01', { asOf: '2023-01-01', halfLifeDays: 0 })).toThrow(/half-life must be a positive/);
  });
});

describe('periodsOf and periodOf', () => {
  const cases: [string, string, string, PeriodUnit, string[]][] = [
    ['one day is one quarter', '2024-02-29', '2024-02-29', 'quarter', ['2024-Q1']],
    ['quarters across New Year', '2024-11-01', '2025-02-01', 'quarter', ['2024-Q4', '2025-Q1']],
    ['a whole year of quarters', '2025-01-01', '2025-12-31', 'quarter', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']],
    ['years from a last day to a first day', '2023-12-31', '2025-01-01', 'year', ['2023', '2024', '2025']],
  ];
  for (const [name, from, to, unit, keys] of cases) {
    it(name, () => expect(periodsOf(from, to, unit).map((p) => p.key)).toEqual(keys));
  }

  it('gives each period its first and last day', () => {
    expect(periodOf('2024-08-15', 'quarter')).toEqual({ key: '2024-Q3', unit: 'quarter', from: '2024-07-01', to: '2024-09-30' });
    expect(periodOf('2024-08-15', 'year')).toEqual({ key: '2024', unit: 'year', from: '2024-01-01', to: '2024-12-31' });
  });

  it('refuses what is not a day and an end before the start', () => {
    expect(() => periodOf('15/08/2024', 'year')).toThrow(/not a day: write it as YYYY-MM-DD/);
    expect(() => periodsOf('2025-01-01', '2024-01-01', 'year')).toThrow(/end \(2024-01-01\) before they start/);
  });
});

describe('tiesByPeriod', () => {
  const byPeriod = (periods: Period[]) => Object.fromEntries([...tiesByPeriod(COUNCIL, periods)].map(([key, ties]) => [key, ties.map(brief)]));

  it('counts an activity in every quarter its shared stretch overlaps, and keeps empty quarters', () => {
    expect(byPeriod(periodsOf('2024-01-01', '2025-12-31', 'quarter'))).toEqual({
      '2024-Q1': ['a-b:0.5:group=1:2024-01-01..2024-03-31'],
      '2024-Q2': [],
      '2024-Q3': [],
      '2024-Q4': ['a-b:1:project=1:2024-11-15..2025-02-10'],
      '2025-Q1': ['a-b:1:project=1:2024-11-15..2025-02-10', 'a-c:0.1:meeting=1:2025-03-31..2025-03-31'],
      '2025-Q2': ['a-c:0.5:group=1:2025-04-01..2025-06-30'],
      '2025-Q3': [],
      '2025-Q4': [],
    });
  });

  it('counts the project spanning New Year in both years', () => {
    expect(byPeriod(periodsOf('2024-01-01', '2025-12-31', 'year'))).toEqual({
      2024: ['a-b:1.5:project=1,group=1:2024-01-01..2025-02-10'],
      2025: ['a-b:1:project=1:2024-11-15..2025-02-10', 'a-c:0.6:group=1,meeting=1:2025-03-31..2025-06-30'],
    });
  });

  it('gives degree and strength per period', () => {
    const years = tiesByPeriod(COUNCIL, periodsOf('2025-01-01', '2025-12-31', 'year'));
    expect(Object.fromEntries(degreeAndStrength(years.get('2025')!))).toEqual({
      a: { degree: 2, strength: 1.6 },
      b: { degree: 1, strength: 1 },
      c: { degree: 1, strength: 0.6 },
    });
  });

  it('finds the span of the rows to build the periods from', () => {
    expect(activitySpan(COUNCIL)).toEqual({ from: '2023-01-01', to: '2025-12-31' });
    expect(activitySpan([])).toBeNull();
  });
});

describe('tieChanges', () => {
  const quarters = tiesByPeriod(COUNCIL, periodsOf('2024-01-01', '2025-12-31', 'quarter'));
  const pairs = (ties: CollaborationTie[]) => ties.map((t) => `${t.source}-${t.target}`);
  const cases: [string, string, string, { new: string[]; lasting: string[]; lost: string[] }][] = [
    ['a tie appears', '2024-Q3', '2024-Q4', { new: ['a-b'], lasting: [], lost: [] }],
    ['a tie lasts and another appears', '2024-Q4', '2025-Q1', { new: ['a-c'], lasting: ['a-b'], lost: [] }],
    ['a tie is lost while another lasts', '2025-Q1', '2025-Q2', { new: [], lasting: ['a-c'], lost: ['a-b'] }],
  ];
  for (const [name, before, after, expected] of cases) {
    it(`${name} from ${before} to ${after}`, () => {
      const changes = tieChanges(quarters.get(before)!, quarters.get(after)!);
      expect({ new: pairs(changes.new), lasting: pairs(changes.lasting), lost: pairs(changes.lost) }).toEqual(expected);
    });
  }
});

describe('collaborationNetwork', () => {
  it('gives every organisation its degree and strength, none for one without ties', () => {
    const organisations = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
    const { nodes, edges } = collaborationNetwork(organisations, COUNCIL);
    expect(edges).toHaveLength(2);
    expect(nodes.map((n) => `${n.name}:${n.degree}:${n.strength}`)).toEqual(['A:2:2.1', 'B:1:1.5', 'C:1:0.6', 'D:0:0']);
  });
});

describe('partnersOf', () => {
  it('lists an organisation’s partners strongest first, equal ties in the order given, with each kind counted', () => {
    const rows = [
      ...COUNCIL,
      row('meeting', 'M2', '2025-05-01', '2025-05-01', 'a', 'd'),
      row('meeting', 'M3', '2025-05-02', '2025-05-02', 'a', 'e'),
      row('project', 'P9', '2025-01-01', '2025-02-01', 'b', 'c'),
    ];
    const ties = collaborationTies(rows, { organisation: 'a' });
    const order = ['e', 'c', 'b', 'a', 'd'].map((id) => ({ id }));
    expect(partnersOf(ties, 'a', order).map((p) => `${p.organisation.id}:${p.weight}:${JSON.stringify(p.kinds)}`)).toEqual([
      'b:1.5:{"project":1,"group":1}',
      'c:0.6:{"group":1,"meeting":1}',
      'e:0.1:{"meeting":1}',
      'd:0.1:{"meeting":1}',
    ]);
  });

  it('leaves out partners not among the organisations given (in the trash)', () => {
    expect(partnersOf(collaborationTies(COUNCIL), 'a', [{ id: 'c' }]).map((p) => p.organisation.id)).toEqual(['c']);
  });
});
