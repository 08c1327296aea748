// Share of members taking part in at least one joint project: a council strategy KPI.
import type { CollaborationGraph } from './build-graph.ts';

export function jointProjectShare(graph: CollaborationGraph): number {
  if (graph.order === 0) return 0;
  let inProject = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.inJointProject) inProject++;
  });
  return inProject / graph.order;
}
