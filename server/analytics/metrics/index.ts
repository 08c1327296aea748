// The metrics engine's public surface: build, filter, compute. Pure: no I/O, no clock.
export { buildGraph, filterNetwork, pairKey } from './build-graph.ts';
export type { CollaborationGraph, OrganisationAttributes, TieAttributes } from './build-graph.ts';
export { computeMetrics, DEFAULT_EXACT_UP_TO, DEFAULT_SAMPLES, DEFAULT_SEED } from './compute-metrics.ts';
export type * from './types.ts';
