// The metrics engine against independently computed values (networkx) on three classic networks.
import { betweenness as graphologyBetweenness, closeness as graphologyCloseness } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { buildGraph, computeMetrics } from '../../server/analytics/metrics/index.ts';
import type { Metrics, NetworkInput } from '../../server/analytics/metrics/index.ts';
import { FLORENTINE_REFERENCE, KARATE_CLUB_REFERENCE, SOUTHERN_WOMEN_REFERENCE } from '../fixtures/classic-network-references.ts';
import { FLORENTINE_FAMILIES, FLORENTINE_MARRIAGES } from '../fixtures/florentine-families.ts';
import { KARATE_CLUB_EDGES, KARATE_CLUB_ORDER } from '../fixtures/karate-club.ts';
import { SOUTHERN_WOMEN_EVENTS, southernWomenProjection } from '../fixtures/southern-women.ts';

const organisation = (id: string) => ({ id, name: id, disciplines: [], commune: null, kind: null });

const karate: NetworkInput = {
  organisations: Array.from({ length: KARATE_CLUB_ORDER }, (_, i) => organisation(String(i))),
  ties: KARATE_CLUB_EDGES.map(([a, b]) => ({ source: String(a), target: String(b), weight: 1, kinds: { meeting: 1 } })),
};
const florentine: NetworkInput = {
  organisations: FLORENTINE_FAMILIES.map(organisation),
  ties: FLORENTINE_MARRIAGES.map(([a, b]) => ({ source: a, target: b, weight: 1, kinds: { marriage: 1 } })),
};
const southernWomen: NetworkInput = {
  organisations: Object.keys(SOUTHERN_WOMEN_EVENTS).map(organisation),
  ties: southernWomenProjection().map((t) => ({ ...t, kinds: { event: t.weight } })),
};

type Reference = typeof KARATE_CLUB_REFERENCE;

function expectClose(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), `${what}: ${actual} against ${expected}`).toBeLessThan(1e-6);
}

function expectMatchesReference(metrics: Metrics, reference: Reference) {
  expectClose(metrics.network.density, reference.density, 'density');
  expectClose(metrics.network.transitivity, reference.transitivity, 'transitivity');
  expectClose(metrics.network.averageClustering, reference.averageClustering, 'average clustering');
  expect(metrics.network.components).toBe(reference.components);
  expect(metrics.network.largestComponentSize).toBe(reference.largestComponentSize);
  const ids = metrics.organisations.map((o) => o.id).sort();
  expect(ids).toEqual(Object.keys(reference.degree).sort());
  for (const o of metrics.organisations) {
    expect(o.degree).toBe(reference.degree[o.id as keyof Reference['degree']]);
    expectClose(o.betweenness, reference.betweenness[o.id as keyof Reference['betweenness']], `betweenness of ${o.id}`);
    expectClose(o.closeness, reference.closeness[o.id as keyof Reference['closeness']], `closeness of ${o.id}`);
    expectClose(o.clustering, reference.clustering[o.id as keyof Reference['clustering']], `clustering of ${o.id}`);
  }
}

describe('computeMetrics on Zachary\'s karate club', () => {
  const metrics = computeMetrics(karate);

  it('reads 34 members and 78 ties', () => {
    expect(metrics.network.organisations).toBe(34);
    expect(metrics.network.ties).toBe(78);
    expect(metrics.network.meanDegree).toBeCloseTo(156 / 34, 12);
  });

  it('matches networkx on density, clustering, transitivity, degree, betweenness and closeness', () => {
    expectClose(metrics.network.density, 0.139037, 'published density');
    expectClose(metrics.network.transitivity, 0.255682, 'published transitivity');
    expectClose(metrics.network.averageClustering, 0.570638, 'published average clustering');
    expectMatchesReference(metrics, KARATE_CLUB_REFERENCE);
  });

  it('ranks the instructor (0) first and the administrator (33) second as brokers', () => {
    const byRank = [...metrics.organisations].sort((a, b) => a.betweennessRank - b.betweennessRank);
    expect(byRank.slice(0, 2).map((o) => [o.id, o.betweennessRank])).toEqual([['0', 1], ['33', 2]]);
  });

  it('counts the degree distribution over all members', () => {
    const total = metrics.network.degreeDistribution.reduce((sum, d) => sum + d.organisations, 0);
    const degrees = metrics.network.degreeDistribution.reduce((sum, d) => sum + d.degree * d.organisations, 0);
    expect(total).toBe(34);
    expect(degrees).toBe(156);
    expect(metrics.network.degreeDistribution.at(-1)).toEqual({ degree: 17, organisations: 1 });
  });

  it('finds Louvain communities whose modularity is what the partition gives, near the known optimum', () => {
    // Newman's modularity computed here from the partition, independently of graphology.
    const community = new Map(metrics.organisations.map((o) => [o.id, o.community]));
    const m = karate.ties.length;
    let within = 0;
    const degreeSum = new Map<number, number>();
    for (const t of karate.ties) if (community.get(t.source) === community.get(t.target)) within++;
    for (const o of metrics.organisations) degreeSum.set(o.community, (degreeSum.get(o.community) ?? 0) + o.degree);
    let expected = within / m;
    for (const d of degreeSum.values()) expected -= (d / (2 * m)) ** 2;
    expectClose(metrics.network.modularity, expected, 'modularity');
    // The best partition of the karate club has modularity 0.4197896 (Brandes et al. 2008).
    expect(metrics.network.modularity).toBeGreaterThan(0.4);
    expect(metrics.network.modularity).toBeLessThanOrEqual(0.4197896 + 1e-6);
    expect(metrics.network.communities).toBe(new Set(community.values()).size);
    // Numbered by size: community 0 is the largest.
    const sizes = [...degreeSum.keys()].sort((a, b) => a - b).map((c) => metrics.organisations.filter((o) => o.community === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('gives the same figures for the same seed whatever the order of the rows', () => {
    const shuffled = { organisations: [...karate.organisations].reverse(), ties: [...karate.ties].reverse() };
    expect(computeMetrics(shuffled, { seed: 7 })).toEqual(computeMetrics(karate, { seed: 7 }));
  });
});

describe('computeMetrics on Padgett\'s Florentine families (marriages)', () => {
  const metrics = computeMetrics(florentine);

  it('keeps the Pucci as an isolated family in a second component', () => {
    expect(metrics.network.organisations).toBe(16);
    expect(metrics.network.ties).toBe(20);
    expect(metrics.network.isolated).toBe(1);
    expect(metrics.network.isolatedShare).toBeCloseTo(1 / 16, 12);
    expect(metrics.network.components).toBe(2);
    expect(metrics.network.largestComponentShare).toBeCloseTo(15 / 16, 12);
    const pucci = metrics.organisations.find((o) => o.id === 'Pucci')!;
    expect([pucci.degree, pucci.betweenness, pucci.closeness, pucci.clustering]).toEqual([0, 0, 0, 0]);
  });

  it('matches networkx, the Medici the broker of the city', () => {
    expectMatchesReference(metrics, FLORENTINE_REFERENCE as unknown as Reference);
    const medici = metrics.organisations.find((o) => o.id === 'Medici')!;
    // 0.521978 over the 15 connected families, x 13/15 once the Pucci count among the n - 1 others.
    expectClose(medici.betweenness, 0.452381, 'Medici betweenness');
    expect(medici.betweennessRank).toBe(1);
  });
});

describe('computeMetrics on Davis\'s Southern Women, projected on the women', () => {
  const metrics = computeMetrics(southernWomen);

  it('projects 89 attendances into 139 ties carrying 322 shared events', () => {
    const attendances = Object.values(SOUTHERN_WOMEN_EVENTS).reduce((sum, e) => sum + e.length, 0);
    expect(attendances).toBe(89);
    expect(metrics.network.ties).toBe(SOUTHERN_WOMEN_REFERENCE.ties);
    expect(southernWomen.ties.reduce((sum, t) => sum + t.weight, 0)).toBe(SOUTHERN_WOMEN_REFERENCE.totalWeight);
  });

  it('matches networkx, weighted degree included', () => {
    expectMatchesReference(metrics, SOUTHERN_WOMEN_REFERENCE as unknown as Reference);
    for (const o of metrics.organisations) {
      expect(o.weightedDegree).toBe(SOUTHERN_WOMEN_REFERENCE.weightedDegree[o.id as keyof typeof SOUTHERN_WOMEN_REFERENCE.weightedDegree]);
    }
  });
});

describe('pathCentrality against graphology-metrics', () => {
  it.each([
    ['karate club', karate],
    ['Florentine families', florentine],
    ['Southern Women', southernWomen],
  ])('gives graphology-metrics\' betweenness and closeness on the %s', (_name, input) => {
    const graph = buildGraph(input);
    const betweenness = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: true });
    const closeness = graphologyCloseness(graph, { wassermanFaust: true });
    for (const o of computeMetrics(input).organisations) {
      expectClose(o.betweenness, betweenness[o.id]!, `betweenness of ${o.id}`);
      expectClose(o.closeness, closeness[o.id]!, `closeness of ${o.id}`);
    }
  });
});
