// The one entry point: every network and per-organisation figure of one period (or subset).
import { buildGraph } from './build-graph.ts';
import { clustering } from './clustering.ts';
import { communities } from './communities.ts';
import { componentSummary } from './components.ts';
import { degreeDistribution, degrees, isolatedCount, meanDegree } from './degree.ts';
import { density } from './density.ts';
import { disciplineMix, disciplinesConnected } from './discipline-mix.ts';
import { jointProjectShare } from './joint-projects.ts';
import { pathCentrality } from './path-centrality.ts';
import { tieChange } from './tie-change.ts';
import type { CentralityMethod, Metrics, MetricsOptions, NetworkInput, OrganisationMetrics } from './types.ts';

/**
 * Shortest paths from every organisation up to 3,000 of them (a 2,000-organisation city with
 * 20,000 ties takes about a second); above that, from 500 pivots. The sampling error measured
 * against exact is in tests/unit/metrics-sampled-centrality.test.ts.
 */
export const DEFAULT_EXACT_UP_TO = 3000;
export const DEFAULT_SAMPLES = 500;
export const DEFAULT_SEED = 1;

/** Ranks by descending value; equal values share the best rank (1, 2, 2, 4). */
export function competitionRanks(values: Map<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  sorted.forEach(([id, value], i) => {
    const previous = sorted[i - 1];
    ranks.set(id, previous !== undefined && previous[1] === value ? ranks.get(previous[0])! : i + 1);
  });
  return ranks;
}

/**
 * Computes the figures of one network. Pass the previous period's ties, filtered like `input`,
 * for new, lasting and lost ties. Deterministic for a given input and seed, whatever the order
 * of the rows.
 */
export function computeMetrics(input: NetworkInput, options: MetricsOptions = {}): Metrics {
  const exactUpTo = options.betweennessExactUpTo ?? DEFAULT_EXACT_UP_TO;
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const graph = buildGraph(input);
  const n = graph.order;

  const degree = degrees(graph);
  const clusters = clustering(graph);
  const found = communities(graph, seed);
  const mix = disciplineMix(graph);
  const connects = disciplinesConnected(graph);
  const change = options.previous === undefined ? null : tieChange(graph, options.previous);
  const exact = n <= exactUpTo;
  const paths = pathCentrality(graph, exact ? null : samples, seed);
  const centrality: CentralityMethod = exact
    ? { method: 'exact', samples: null, exactUpTo }
    : { method: 'sampled', samples: paths.pivots, exactUpTo };
  const ranks = competitionRanks(paths.betweenness);
  const isolated = isolatedCount(graph);

  const organisations: OrganisationMetrics[] = graph.mapNodes((id) => ({
    id,
    degree: degree.get(id)!.degree,
    weightedDegree: degree.get(id)!.weightedDegree,
    betweenness: paths.betweenness.get(id)!,
    betweennessRank: ranks.get(id)!,
    closeness: paths.closeness.get(id)!,
    clustering: clusters.local.get(id)!,
    community: found.membership.get(id)!,
    disciplinesConnected: connects.get(id)!,
    newTies: change === null ? null : change.newTiesOf.get(id)!,
  }));

  return {
    network: {
      organisations: n,
      ties: graph.size,
      density: density(graph),
      meanDegree: meanDegree(graph),
      degreeDistribution: degreeDistribution(graph),
      isolated,
      isolatedShare: n === 0 ? 0 : isolated / n,
      ...componentSummary(graph),
      averageClustering: clusters.average,
      transitivity: clusters.transitivity,
      communities: found.count,
      modularity: found.modularity,
      crossDisciplineShare: mix.crossDisciplineShare,
      eiIndex: mix.eiIndex,
      newTies: change?.newTies ?? null,
      lastingTies: change?.lastingTies ?? null,
      lostTies: change?.lostTies ?? null,
      jointProjectShare: jointProjectShare(graph),
      centrality,
    },
    organisations,
  };
}
