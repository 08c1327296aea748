// Louvain communities on tie weights and the modularity of the partition found.
import louvainModule from 'graphology-communities-louvain';
import { modularity } from 'graphology-metrics/graph/index.js';
import { createRandom } from '../random.ts';
import type { CollaborationGraph } from './build-graph.ts';

// CommonJS with `export default` typings: at run time the default import is module.exports itself.
const louvain = ((louvainModule as { default?: unknown }).default ?? louvainModule) as typeof louvainModule.default;

export interface Communities {
  /** Community per organisation, 0 for the largest; equal sizes ordered by their first member's id. */
  membership: Map<string, number>;
  count: number;
  modularity: number;
}

/** Louvain visits nodes in random order; a seeded stream makes the partition repeatable. */
export function communities(graph: CollaborationGraph, seed: number): Communities {
  const membership = new Map<string, number>();
  if (graph.size === 0) {
    // No tie, no structure: every organisation on its own, and modularity is undefined; say 0.
    graph.forEachNode((node) => membership.set(node, membership.size));
    return { membership, count: graph.order, modularity: 0 };
  }
  const random = createRandom(seed);
  const found = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: () => random.next() });
  // Louvain's numbers are arbitrary; renumber so colours and tables stay put between runs.
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = found.communities[node]!;
    const members = groups.get(c);
    if (members) members.push(node);
    else groups.set(c, [node]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  ordered.forEach((members, i) => {
    for (const node of members) membership.set(node, i);
  });
  const q = modularity(graph, { getNodeCommunity: (node) => membership.get(node)!, getEdgeWeight: 'weight' });
  return { membership, count: ordered.length, modularity: q };
}
