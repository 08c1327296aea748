// Degree, weighted degree (strength), their distribution and the isolated members.
import type { CollaborationGraph } from './build-graph.ts';
import type { DegreeCount } from './types.ts';

export function degrees(graph: CollaborationGraph): Map<string, { degree: number; weightedDegree: number }> {
  const result = new Map<string, { degree: number; weightedDegree: number }>();
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      weightedDegree += attributes.weight;
    });
    result.set(node, { degree: graph.degree(node), weightedDegree: Math.round(weightedDegree * 1e6) / 1e6 });
  });
  return result;
}

/** 2m / n: each tie gives a degree to both ends. */
export function meanDegree(graph: CollaborationGraph): number {
  return graph.order === 0 ? 0 : (2 * graph.size) / graph.order;
}

export function degreeDistribution(graph: CollaborationGraph): DegreeCount[] {
  const counts = new Map<number, number>();
  graph.forEachNode((node) => {
    const d = graph.degree(node);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => a[0] - b[0]).map(([degree, organisations]) => ({ degree, organisations }));
}

export function isolatedCount(graph: CollaborationGraph): number {
  let isolated = 0;
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) isolated++;
  });
  return isolated;
}
