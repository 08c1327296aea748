// Clustering: how far an organisation's partners are partners of each other, locally and overall.
// graphology-metrics has no clustering coefficient; this counts triangles on its neighbourhood index.
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import type { CollaborationGraph } from './build-graph.ts';

export interface Clustering {
  /** Local coefficient per organisation: ties among its partners / pairs of partners (0 below degree 2). */
  local: Map<string, number>;
  /** Mean of the local coefficients over all organisations, zeros included. */
  average: number;
  /** 3 x triangles / connected triples, the global clustering coefficient. */
  transitivity: number;
}

/** Unweighted, as networkx's clustering, average_clustering and transitivity. */
export function clustering(graph: CollaborationGraph): Clustering {
  const index = new NeighborhoodIndex(graph, 'undirected');
  const { neighborhood, starts, nodes } = index;
  const n = nodes.length;
  const mark = new Int32Array(n).fill(-1);
  const local = new Map<string, number>();
  let sum = 0;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const from = starts[v]!;
    const to = starts[v + 1]!;
    const degree = to - from;
    for (let j = from; j < to; j++) mark[neighborhood[j]!] = v;
    // Each tie among v's partners is seen from both ends.
    let links = 0;
    for (let j = from; j < to; j++) {
      const u = neighborhood[j]!;
      for (let k = starts[u]!, end = starts[u + 1]!; k < end; k++) if (mark[neighborhood[k]!] === v) links++;
    }
    const triangles = links / 2;
    const pairs = (degree * (degree - 1)) / 2;
    const coefficient = pairs === 0 ? 0 : triangles / pairs;
    local.set(nodes[v]!, coefficient);
    sum += coefficient;
    closed += triangles;
    triples += pairs;
  }
  return { local, average: n === 0 ? 0 : sum / n, transitivity: triples === 0 ? 0 : closed / triples };
}
