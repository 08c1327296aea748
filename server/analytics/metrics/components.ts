// Connected components: how many islands the network falls into, and how big the main one is.
import { connectedComponents } from 'graphology-components';
import type { CollaborationGraph } from './build-graph.ts';

export interface ComponentSummary {
  components: number;
  largestComponentSize: number;
  largestComponentShare: number;
}

export function componentSummary(graph: CollaborationGraph): ComponentSummary {
  const components = connectedComponents(graph);
  const largest = components.reduce((max, c) => Math.max(max, c.length), 0);
  return {
    components: components.length,
    largestComponentSize: largest,
    largestComponentShare: graph.order === 0 ? 0 : largest / graph.order,
  };
}
