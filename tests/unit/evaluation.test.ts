import { describe, expect, it } from 'vitest';
import {
  aggregate,
  change,
  kpiSeries,
  reportedVersusObserved,
  responseRate,
  tQuantile,
  trends,
  waveResults,
  type AskedOrganisation,
  type GeneralItem,
  type PartnerRating,
  type SubmittedAnswer,
  type WavePoint,
} from '../../server/analytics/evaluation/index.ts';

const general = (satisfaction: number, rest = 3): Record<GeneralItem, number> => ({
  communication: rest,
  workingGroups: rest,
  meetings: rest,
  knowledgeExchange: rest,
  satisfaction,
});
const rate = (organisationId: string, frequency: number, trust: [number, number, number], value: [number, number, number]): PartnerRating => ({
  organisationId,
  frequency,
  openness: trust[0],
  reliability: trust[1],
  sharedMission: trust[2],
  influence: value[0],
  resources: value[1],
  involvement: value[2],
});
const answer = (organisationId: string, satisfaction: number, partners: PartnerRating[], consentToBeNamed = false, whatWorks = ''): SubmittedAnswer => ({
  organisationId,
  general: general(satisfaction),
  whatWorks,
  whatShouldChange: '',
  consentToBeNamed,
  partners,
});
const org = (id: string, mainDiscipline: string | null, groups: string[] = []): AskedOrganisation => ({ id, name: `Org ${id}`, slug: id.toLowerCase(), mainDiscipline, groups });

// The tiny wave, checked by hand: A, B, C answer, D does not.
const asked = [org('A', 'theatre', ['g1']), org('B', 'theatre', ['g1']), org('C', 'music'), org('D', 'music')];
const answers = [
  answer('A', 4, [rate('B', 3, [4, 4, 4], [3, 3, 3]), rate('C', 1, [2, 2, 2], [1, 1, 1])], true, 'Les rencontres'),
  answer('B', 5, [rate('A', 2, [3, 3, 3], [2, 2, 2]), rate('C', 2, [4, 3, 2], [4, 4, 4])], false, 'Shared rehearsal space'),
  answer('C', 3, [rate('A', 1, [2, 3, 4], [1, 2, 3]), rate('D', 4, [1, 1, 1], [1, 1, 1])]),
];
const observed = [
  { source: 'A', target: 'B' },
  { source: 'A', target: 'D' },
  { source: 'B', target: 'D' },
];

describe('tQuantile', () => {
  it.each([
    [1, 12.706],
    [2, 4.303],
    [4, 2.776],
    [30, 2.042],
    [35, 2.021],
    [1000, 1.96],
  ])('df %i gives %f', (df, t) => expect(tQuantile(df)).toBe(t));
  it('refuses no degree of freedom', () => expect(() => tQuantile(0)).toThrow(/degree/));
});

describe('aggregate', () => {
  const scale = { min: 1, max: 5 };
  it.each([
    { values: [4, 5, 3], min: 3, mean: 4, sd: 1, low: 1.5157, high: 5 },
    { values: [2, 2, 2, 2], min: 3, mean: 2, sd: 0, low: 2, high: 2 },
    { values: [1, 5], min: 2, mean: 3, sd: 2.8284, low: 1, high: 5 },
  ])('$values: mean $mean, sd $sd, 95 % [$low, $high]', ({ values, min, mean, sd, low, high }) => {
    const a = aggregate(values, values, scale, min);
    expect(a).toMatchObject({ withheld: false, n: values.length, mean, sd, low, high });
  });
  it('withholds fewer answers than the threshold, without their count or mean', () => {
    expect(aggregate([4, 5], [4, 5], scale, 3)).toEqual({ withheld: true, minAnswers: 3 });
    expect(aggregate([], [], scale, 1)).toEqual({ withheld: true, minAnswers: 1 });
  });
  it('gives one answer no interval when the threshold allows it', () => {
    expect(aggregate([4], [4], scale, 1)).toMatchObject({ n: 1, mean: 4, sd: null, low: null, high: null });
  });
  it('counts each value of the scale in the distribution', () => {
    const a = aggregate([4, 5, 3], [4, 5, 3, 3], scale, 3);
    expect(!a.withheld && a.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 2 },
      { value: 4, count: 1 },
      { value: 5, count: 1 },
    ]);
  });
  it('refuses a threshold that is not a whole number ≥ 1', () => expect(() => aggregate([1], [1], scale, 0)).toThrow(/threshold/));
});

describe('change', () => {
  const scale = { min: 1, max: 5 };
  it('is the difference with a Welch interval (df 4 here)', () => {
    const c = change(aggregate([3, 4, 5], [], scale, 3), aggregate([2, 3, 4], [], scale, 3));
    expect(c).toEqual({ difference: -1, low: -3.2666, high: 1.2666, clear: false });
  });
  it('is clear when the interval leaves out zero', () => {
    const c = change(aggregate([1, 1, 2, 1, 2, 1], [], scale, 3), aggregate([5, 4, 5, 5, 4, 5], [], scale, 3));
    expect(c?.clear).toBe(true);
    expect(c!.low!).toBeGreaterThan(0);
  });
  it('is null when either wave is withheld', () => {
    expect(change(aggregate([1, 2], [], scale, 3), aggregate([5, 4, 5], [], scale, 3))).toBeNull();
  });
});

describe('responseRate', () => {
  it.each([
    [['A', 'B', 'C', 'D'], ['A', 'B', 'C'], 0.75],
    [['A', 'B', 'C'], [], 0],
    [[], [], null],
  ])('%j asked, %j answered: %s', (a, r, expected) => expect(responseRate(a, new Set(r)).rate).toBe(expected));
  it('ignores answers of organisations that were not asked', () => {
    expect(responseRate(['A'], new Set(['A', 'Z']))).toEqual({ asked: 1, answered: 1, rate: 1 });
  });
});

describe('reportedVersusObserved', () => {
  it('compares named partners with graph ties on the tiny wave', () => {
    const named = new Map(answers.map((a) => [a.organisationId, a.partners.map((p) => p.organisationId)]));
    const r = reportedVersusObserved(named, observed);
    // Named pairs AB, AC, BC, CD; graph AB, AD, BD: AB both, three only named, AD and BD only in the graph.
    expect(r).toMatchObject({ confirmed: 1, reportedOnly: 3, observedOnly: 2, agreement: 0.1667 });
    expect(r.organisations.find((o) => o.organisationId === 'A')).toEqual({ organisationId: 'A', confirmed: ['B'], reportedOnly: ['C'], observedOnly: ['D'] });
    expect(r.organisations.find((o) => o.organisationId === 'C')).toEqual({ organisationId: 'C', confirmed: [], reportedOnly: ['A', 'D'], observedOnly: [] });
    expect(r.organisations.map((o) => o.organisationId)).toEqual(['A', 'B', 'C']);
  });
  it('leaves out graph ties between two non-respondents', () => {
    const r = reportedVersusObserved(new Map([['A', []]]), [{ source: 'X', target: 'Y' }]);
    expect(r).toMatchObject({ confirmed: 0, reportedOnly: 0, observedOnly: 0, agreement: null });
  });
});

describe('waveResults', () => {
  it('gives the tiny wave’s response rate and scores, figured by hand', () => {
    const r = waveResults(asked, answers, observed, { minAnswers: 3 });
    expect(r.responseRate).toEqual({ asked: 4, answered: 3, rate: 0.75 });
    expect(r.scores.satisfaction).toMatchObject({ n: 3, mean: 4, sd: 1, low: 1.5157, high: 5 });
    // Trust per respondent: A (4+2)/2 = 3, B (3+3)/2 = 3, C (3+1)/2 = 2: mean 8/3.
    expect(r.scores.trust).toMatchObject({ n: 3, mean: 2.6667, sd: 0.5774 });
    // Value per respondent: A (3+1)/2 = 2, B (2+4)/2 = 3, C (2+1)/2 = 1.5.
    expect(r.scores.value).toMatchObject({ n: 3, mean: 2.1667 });
    expect(r.scores.frequency).toMatchObject({ n: 3, mean: 2.1667 });
  });
  it('withholds every score about a named organisation below the threshold', () => {
    const r = waveResults(asked, answers, observed, { minAnswers: 3 });
    // A and C are each named by two organisations, B and D by one.
    expect(r.organisations.map((o) => o.id)).toEqual(['A', 'B', 'C', 'D']);
    for (const o of r.organisations) expect(o.trust).toEqual({ withheld: true, minAnswers: 3 });
    const lower = waveResults(asked, answers, observed, { minAnswers: 2 });
    expect(lower.organisations.find((o) => o.id === 'A')?.trust).toMatchObject({ n: 2, mean: 3, sd: 0 });
    expect(lower.organisations.find((o) => o.id === 'B')?.trust).toEqual({ withheld: true, minAnswers: 2 });
  });
  it('breaks down by main discipline and working group, each under the threshold', () => {
    const r = waveResults(asked, answers, observed, { minAnswers: 2 });
    expect(r.byDiscipline.map((d) => [d.discipline, d.responseRate.rate, d.scores.satisfaction.withheld])).toEqual([
      ['music', 0.5, true],
      ['theatre', 1, false],
    ]);
    expect(r.byWorkingGroup).toHaveLength(1);
    expect(r.byWorkingGroup[0]!.scores.satisfaction).toMatchObject({ n: 2, mean: 4.5 });
  });
  it('narrows to a view: a discipline’s respondents only', () => {
    const r = waveResults(asked, answers, observed, { minAnswers: 1, view: { discipline: 'music' } });
    expect(r.responseRate).toEqual({ asked: 2, answered: 1, rate: 0.5 });
    expect(r.scores.satisfaction).toMatchObject({ n: 1, mean: 3 });
  });
  it('names a free text’s organisation only when it agreed', () => {
    const r = waveResults(asked, answers, observed, { minAnswers: 3 });
    expect(r.texts).toEqual([
      { whatWorks: 'Les rencontres', whatShouldChange: '', organisation: { id: 'A', name: 'Org A' } },
      { whatWorks: 'Shared rehearsal space', whatShouldChange: '', organisation: null },
    ]);
  });
});

describe('trends and kpiSeries', () => {
  const point = (waveId: string, closesOn: string, sat: number[], askedCount: number): WavePoint => {
    const as = sat.map((s, i) => answer(`O${i}`, s, []));
    const r = waveResults(
      Array.from({ length: askedCount }, (_, i) => org(`O${i}`, null)),
      as,
      [],
      { minAnswers: 3 },
    );
    return { waveId, title: waveId, closesOn, responseRate: r.responseRate, scores: r.scores };
  };
  const points = [point('w2', '2025-06-30', [4, 4, 5, 5], 5), point('w1', '2024-06-30', [3, 3, 4], 6), point('w3', '2026-06-30', [5, 5], 6)];
  it('orders waves oldest first with the change since the one before', () => {
    const t = trends(points);
    expect(t.waves.map((w) => [w.waveId, w.responseRate.rate, w.responseRateChange])).toEqual([
      ['w1', 0.5, null],
      ['w2', 0.8, 0.3],
      ['w3', 0.3333, -0.4667],
    ]);
    const sat = t.scores.find((s) => s.score === 'satisfaction')!;
    expect(sat.points[1]!.change?.difference).toBe(1.1667);
    expect(sat.points[2]!.aggregate.withheld).toBe(true);
    expect(sat.points[2]!.change).toBeNull();
  });
  it('gives a KPI per wave, null below the threshold', () => {
    expect(kpiSeries(points, 'satisfaction')).toEqual([
      { at: '2024-06-30', value: 3.3333, n: 3 },
      { at: '2025-06-30', value: 4.5, n: 4 },
      { at: '2026-06-30', value: null, n: 0 },
    ]);
    expect(kpiSeries(points, 'responseRate').map((p) => p.value)).toEqual([0.5, 0.8, 0.3333]);
    expect(kpiSeries(points, 'meanTrust').every((p) => p.value === null)).toBe(true);
  });
});
