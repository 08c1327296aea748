// Share of the possible pairs that have a tie.
import { undirectedDensity } from 'graphology-metrics/graph/index.js';
import type { CollaborationGraph } from './build-graph.ts';

/** m / (n(n-1)/2); 0 below two organisations, where no pair exists. */
export function density(graph: CollaborationGraph): number {
  return graph.order < 2 ? 0 : undirectedDensity(graph);
}
