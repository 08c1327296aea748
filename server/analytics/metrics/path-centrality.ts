// Betweenness (the brokers) and closeness, both from one breadth-first search per source: Brandes'
// algorithm (2001) on graphology's neighbourhood index. graphology-metrics computes each of the two
// with its own all-pairs pass and has no sampling; one pass for both halves the work, and the
// same searches run from a sample of pivots (Brandes & Pich 2007 for betweenness, Eppstein & Wang
// 2004 for closeness) on networks too large for all pairs. Hop counts: tie weights are strengths,
// not distances. Checked against graphology-metrics and networkx in tests/unit/metrics-*.test.ts.
import { connectedComponents } from 'graphology-components';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import { createRandom } from '../random.ts';
import type { CollaborationGraph } from './build-graph.ts';

export interface PathCentrality {
  /** Normalised by (n-1)(n-2) over ordered pairs, as graphology-metrics and networkx: in [0, 1]. */
  betweenness: Map<string, number>;
  /**
   * Wasserman-Faust closeness (networkx's default): (r / total distance) x (r / (n-1)), r the
   * organisations it reaches, so a member of a small island does not look central.
   */
  closeness: Map<string, number>;
  /** Sources searched from: every organisation when exact, about `samples` when sampled. */
  pivots: number;
}

/**
 * Exact when `samples` is null or covers every organisation. Otherwise pivots are drawn per
 * connected component, in proportion to its size, so every component is covered and no path
 * crosses components; a component's sums are scaled by c / k_c (about n / k overall), and a
 * component with no more members than its share of pivots is computed exactly.
 */
export function pathCentrality(graph: CollaborationGraph, samples: number | null, seed: number): PathCentrality {
  if (samples !== null && !(samples >= 1)) throw new Error(`pathCentrality: samples is ${samples}; draw at least one pivot, or pass null for exact`);
  const index = new NeighborhoodIndex(graph, 'undirected');
  const { nodes } = index;
  // One integer type for the hot loops, whatever width the index chose.
  const neighborhood = Int32Array.from(index.neighborhood);
  const starts = Int32Array.from(index.starts);
  const n = nodes.length;
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const random = createRandom(seed);

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Uint32Array(n);
  const stepFrom = new Uint32Array(neighborhood.length);
  const stepTo = new Uint32Array(neighborhood.length);
  const betweenness = new Float64Array(n);
  const distanceFromPivots = new Float64Array(n);
  const ownTotal = new Float64Array(n).fill(-1);
  const closeness = new Float64Array(n);
  let pivots = 0;

  for (const component of connectedComponents(graph)) {
    const c = component.length;
    if (c < 2) continue; // alone: no path, betweenness and closeness 0
    const k = samples === null ? c : Math.min(c, Math.max(1, Math.round((samples * c) / n)));
    const chosen = (k === c ? component : random.sample(component, k)).map((node) => indexOf.get(node)!);
    const scale = c / k;
    for (const s of chosen) {
      pivots++;
      // Breadth-first search from s, counting shortest paths.
      let tail = 0;
      queue[tail++] = s;
      dist[s] = 0;
      sigma[s] = 1;
      let total = 0;
      // Each shortest-path step v -> w is kept in order of discovery: read backwards, every w
      // comes before its predecessors, so its dependency is complete when it is passed on.
      let steps = 0;
      for (let head = 0; head < tail; head++) {
        const v = queue[head]!;
        const next = dist[v]! + 1;
        for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
          const w = neighborhood[j]!;
          if (dist[w] === -1) {
            dist[w] = next;
            queue[tail++] = w;
            total += next;
          }
          if (dist[w] === next) {
            sigma[w] = sigma[w]! + sigma[v]!;
            stepFrom[steps] = v;
            stepTo[steps++] = w;
          }
        }
      }
      ownTotal[s] = total;
      for (let i = steps - 1; i >= 0; i--) {
        const v = stepFrom[i]!;
        const w = stepTo[i]!;
        delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      for (let i = 1; i < tail; i++) {
        const w = queue[i]!;
        betweenness[w] = betweenness[w]! + delta[w]! * scale;
      }
      for (let i = 0; i < tail; i++) {
        const w = queue[i]!;
        distanceFromPivots[w] = distanceFromPivots[w]! + dist[w]!;
      }
      for (let i = 0; i < tail; i++) {
        const w = queue[i]!;
        dist[w] = -1;
        sigma[w] = 0;
        delta[w] = 0;
      }
    }
    // Closeness: a pivot knows its own total distance; the others estimate it from the pivots.
    const pivotSet = new Set(chosen);
    for (const node of component) {
      const v = indexOf.get(node)!;
      const total = pivotSet.has(v) ? ownTotal[v]! : ((c - 1) / k) * distanceFromPivots[v]!;
      closeness[v] = total > 0 ? ((c - 1) / total) * ((c - 1) / (n - 1)) : 0;
    }
  }

  const norm = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  return {
    betweenness: new Map(nodes.map((node, i) => [node, betweenness[i]! * norm])),
    closeness: new Map(nodes.map((node, i) => [node, closeness[i]!])),
    pivots,
  };
}
