// New, lasting and lost ties against the previous period, for the network and per organisation.
import { pairKey, type CollaborationGraph } from './build-graph.ts';
import type { MetricsTie } from './types.ts';

export interface TieChange {
  newTies: number;
  lastingTies: number;
  lostTies: number;
  /** Per organisation, its ties that were not there in the previous period. */
  newTiesOf: Map<string, number>;
}

/**
 * A tie is new when its pair had no tie in the previous period, lasting when it had, lost when the
 * pair had one then and none now. Previous ties with an end outside this graph are ignored, so a
 * subset is compared with the same subset.
 */
export function tieChange(graph: CollaborationGraph, previous: readonly Pick<MetricsTie, 'source' | 'target'>[]): TieChange {
  const lasting = new Set<string>();
  const lost = new Set<string>();
  for (const t of previous) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    const edge = graph.edge(t.source, t.target);
    if (edge === undefined) lost.add(pairKey(t.source, t.target));
    else lasting.add(edge);
  }
  const newTiesOf = new Map<string, number>();
  graph.forEachNode((node) => newTiesOf.set(node, 0));
  let newTies = 0;
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (lasting.has(edge)) return;
    newTies++;
    newTiesOf.set(source, newTiesOf.get(source)! + 1);
    newTiesOf.set(target, newTiesOf.get(target)! + 1);
  });
  return { newTies, lastingTies: lasting.size, lostTies: lost.size, newTiesOf };
}
