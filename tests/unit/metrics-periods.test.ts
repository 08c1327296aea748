// Period-by-period figures, subsets and edge cases on a tiny dated network, every value worked out by hand.
import { describe, expect, it } from 'vitest';
import { buildGraph, computeMetrics, filterNetwork } from '../../server/analytics/metrics/index.ts';
import type { MetricsOrganisation, MetricsTie, NetworkInput } from '../../server/analytics/metrics/index.ts';

const KIND_WEIGHTS = { project: 1, group: 0.5, meeting: 0.1 };

const organisations: MetricsOrganisation[] = [
  { id: 'A', name: 'Atelier', disciplines: ['theatre', 'dance'], commune: 'Ixelles', kind: 'company', inJointProject: true },
  { id: 'B', name: 'Bal', disciplines: ['dance'], commune: 'Ixelles', kind: 'company', inJointProject: true },
  { id: 'C', name: 'Cirque', disciplines: ['theatre'], commune: 'Uccle', kind: 'venue' },
  { id: 'D', name: 'Doek', disciplines: ['theatre', 'music'], commune: 'Uccle', kind: 'venue', inJointProject: false },
  { id: 'E', name: 'Echo', disciplines: ['theatre'], commune: 'Ixelles', kind: 'collective' },
  { id: 'F', name: 'Forum', disciplines: [], commune: 'Uccle', kind: 'library' },
];

interface DatedTie extends MetricsTie {
  first: string;
  last: string;
}

const tie = (source: string, target: string, kinds: Record<string, number>, first: string, last: string): DatedTie => ({
  source,
  target,
  kinds,
  weight: Object.entries(kinds).reduce((sum, [kind, count]) => sum + KIND_WEIGHTS[kind as keyof typeof KIND_WEIGHTS] * count, 0),
  first,
  last,
});

// Q1 2025: A-B, A-C, B-D. Q2: A-B, B-C, C-D, B-D. Q3: B-C, D-F.
const dated: DatedTie[] = [
  tie('A', 'B', { project: 1 }, '2025-01-10', '2025-06-30'),
  tie('A', 'C', { meeting: 3 }, '2025-02-01', '2025-02-20'),
  tie('B', 'C', { group: 1 }, '2025-04-01', '2025-09-30'),
  tie('C', 'D', { meeting: 1 }, '2025-05-05', '2025-05-05'),
  tie('B', 'D', { project: 1 }, '2025-03-15', '2025-04-15'),
  tie('D', 'F', { meeting: 1 }, '2025-08-01', '2025-08-01'),
];

/** A tie counts in a period when its activity overlaps it. */
const period = (from: string, to: string): NetworkInput => ({
  organisations,
  ties: dated.filter((t) => t.first <= to && t.last >= from),
});
const q1 = period('2025-01-01', '2025-03-31');
const q2 = period('2025-04-01', '2025-06-30');
const q3 = period('2025-07-01', '2025-09-30');

const byId = (metrics: ReturnType<typeof computeMetrics>) => new Map(metrics.organisations.map((o) => [o.id, o]));

describe('computeMetrics over periods', () => {
  it('counts new, lasting and lost ties against the previous quarter', () => {
    const second = computeMetrics(q2, { previous: q1.ties });
    expect([second.network.newTies, second.network.lastingTies, second.network.lostTies]).toEqual([2, 2, 1]);
    const third = computeMetrics(q3, { previous: q2.ties });
    expect([third.network.newTies, third.network.lastingTies, third.network.lostTies]).toEqual([1, 1, 3]);
  });

  it('gives each organisation its new ties of the period', () => {
    const second = byId(computeMetrics(q2, { previous: q1.ties }));
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => second.get(id)!.newTies)).toEqual([0, 1, 2, 1, 0, 0]);
  });

  it('leaves the tie changes unknown (null) without a previous period, and all new after an empty one', () => {
    const alone = computeMetrics(q2);
    expect([alone.network.newTies, alone.network.lastingTies, alone.network.lostTies]).toEqual([null, null, null]);
    expect(alone.organisations.every((o) => o.newTies === null)).toBe(true);
    const first = computeMetrics(q1, { previous: [] });
    expect([first.network.newTies, first.network.lastingTies, first.network.lostTies]).toEqual([3, 0, 0]);
  });

  it('measures the second quarter as worked out by hand', () => {
    const { network, organisations: rows } = computeMetrics(q2);
    expect(network.organisations).toBe(6);
    expect(network.ties).toBe(4);
    expect(network.density).toBeCloseTo(4 / 15, 12);
    expect(network.meanDegree).toBeCloseTo(8 / 6, 12);
    expect(network.degreeDistribution).toEqual([
      { degree: 0, organisations: 2 },
      { degree: 1, organisations: 1 },
      { degree: 2, organisations: 2 },
      { degree: 3, organisations: 1 },
    ]);
    expect([network.isolated, network.components, network.largestComponentSize]).toEqual([2, 3, 4]);
    expect(network.largestComponentShare).toBeCloseTo(4 / 6, 12);
    // One triangle B-C-D; B's partners A, C, D have one tie among three pairs.
    expect(network.averageClustering).toBeCloseTo((0 + 1 / 3 + 1 + 1 + 0 + 0) / 6, 12);
    expect(network.transitivity).toBeCloseTo(3 / 5, 12);
    // Main disciplines: A theatre, B dance, C theatre, D theatre; only C-D stays within one.
    expect(network.crossDisciplineShare).toBeCloseTo(3 / 4, 12);
    expect(network.eiIndex).toBeCloseTo((3 - 1) / 4, 12);
    expect(network.jointProjectShare).toBeCloseTo(2 / 6, 12);
    expect(network.centrality).toEqual({ method: 'exact', samples: null, exactUpTo: 3000 });

    const row = new Map(rows.map((o) => [o.id, o]));
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => row.get(id)!.degree)).toEqual([1, 3, 2, 2, 0, 0]);
    expect(row.get('B')!.weightedDegree).toBeCloseTo(1 + 0.5 + 1, 12);
    expect(row.get('C')!.weightedDegree).toBeCloseTo(0.5 + 0.1, 12);
    // B alone lies between A and C and between A and D: 2 pairs of the 5 x 4 / 2 = 10 it could.
    expect(row.get('B')!.betweenness).toBeCloseTo(2 / 10, 12);
    expect(rows.filter((o) => o.id !== 'B').every((o) => o.betweenness === 0)).toBe(true);
    expect(['A', 'B', 'C', 'E'].map((id) => row.get(id)!.betweennessRank)).toEqual([2, 1, 2, 2]);
    // A reaches 3 of the 5 others at total distance 1 + 2 + 2.
    expect(row.get('A')!.closeness).toBeCloseTo((3 / 5) * (3 / 5), 12);
    expect(row.get('B')!.closeness).toBeCloseTo((3 / 3) * (3 / 5), 12);
    expect(row.get('E')!.closeness).toBe(0);
    expect(['A', 'B', 'C', 'D'].map((id) => row.get(id)!.clustering)).toEqual([0, 1 / 3, 1, 1]);
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => row.get(id)!.disciplinesConnected)).toEqual([1, 1, 2, 2, 0, 0]);
    expect(row.get('C')!.community).toBe(row.get('D')!.community);
  });

  it('leaves ties with an organisation without discipline out of the discipline mix', () => {
    const { network } = computeMetrics({ organisations, ties: [dated[5]!] });
    expect([network.crossDisciplineShare, network.eiIndex]).toEqual([null, null]);
  });

  it('returns plain JSON that survives a round trip', () => {
    const metrics = computeMetrics(q2, { previous: q1.ties });
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });

  it('measures an empty network and a lone organisation without NaN', () => {
    for (const input of [{ organisations: [], ties: [] }, { organisations: [organisations[0]!], ties: [] }]) {
      const metrics = computeMetrics(input, { previous: [] });
      const numbers = Object.values(metrics.network).filter((v): v is number => typeof v === 'number');
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(metrics.network.density).toBe(0);
    }
  });
});

describe('filterNetwork', () => {
  it('keeps a discipline and compares it with the same discipline a quarter earlier', () => {
    const theatre = { discipline: 'theatre' };
    const now = filterNetwork(q2, theatre);
    expect(now.organisations.map((o) => o.id)).toEqual(['A', 'C', 'D', 'E']);
    expect(now.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['C-D']);
    const { network } = computeMetrics(now, { previous: filterNetwork(q1, theatre).ties });
    expect([network.newTies, network.lastingTies, network.lostTies]).toEqual([1, 0, 1]);
    expect(network.eiIndex).toBe(-1);
  });

  it('keeps a commune, or the members of a working group', () => {
    expect(filterNetwork(q2, { commune: 'Ixelles' }).ties.map((t) => `${t.source}-${t.target}`)).toEqual(['A-B']);
    const group = filterNetwork(q2, { organisationIds: new Set(['B', 'C', 'D']) });
    expect(computeMetrics(group).network.density).toBe(1);
    expect(filterNetwork(q2, { organisationIds: ['B', 'C', 'D'], commune: 'Uccle' }).organisations.map((o) => o.id)).toEqual(['C', 'D']);
  });

  it('keeps the ties of some kinds and weighs them by those kinds only', () => {
    const projects = filterNetwork(q2, { tieKinds: ['project'] }, KIND_WEIGHTS);
    expect(projects.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['A-B', 'B-D']);
    const mixed: NetworkInput = { organisations, ties: [{ source: 'A', target: 'B', weight: 1.3, kinds: { project: 1, meeting: 3 } }] };
    expect(filterNetwork(mixed, { tieKinds: ['meeting'] }, KIND_WEIGHTS).ties).toEqual([
      { source: 'A', target: 'B', weight: 0.3, kinds: { meeting: 3 } },
    ]);
  });

  it('asks for the kind weights when filtering by tie kind', () => {
    expect(() => filterNetwork(q2, { tieKinds: ['project'] })).toThrow(/kindWeights/);
  });
});

describe('buildGraph', () => {
  it('builds an undirected weighted graph with the organisations as attributes', () => {
    const graph = buildGraph(q2);
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('A')).toMatchObject({ mainDiscipline: 'theatre', commune: 'Ixelles', inJointProject: true });
    expect(graph.getNodeAttribute('C', 'inJointProject')).toBe(false);
    expect(graph.getEdgeAttribute(graph.edge('B', 'C')!, 'weight')).toBe(0.5);
  });

  it.each([
    ['a tie to an unknown organisation', { organisations, ties: [tie('A', 'Z', { project: 1 }, '', '')] }, /not in the list/],
    ['a tie of an organisation with itself', { organisations, ties: [tie('A', 'A', { project: 1 }, '', '')] }, /itself/],
    ['two ties for one pair', { organisations, ties: [tie('A', 'B', { project: 1 }, '', ''), tie('B', 'A', { group: 1 }, '', '')] }, /one tie per pair/],
    ['an organisation twice', { organisations: [...organisations, organisations[0]!], ties: [] }, /twice/],
    ['a tie without weight', { organisations, ties: [{ source: 'A', target: 'B', weight: 0, kinds: {} }] }, /positive/],
  ])('refuses %s', (_case, input, message) => {
    expect(() => buildGraph(input)).toThrow(message);
  });
});
