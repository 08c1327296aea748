// The collaboration network on the wire: each organisation once, the ties as columns of numbers
// that point at organisations by their index (no UUID repeated per tie). The server packs the
// network with `packNetwork`; the dashboard's API client unpacks it with `unpackNetwork` into the
// nodes-and-edges shape the map draws. Shared with the dashboard: pure, imports nothing.

/** Bumped whenever the packed shape changes, so a cached answer of another shape is never reused. */
export const NETWORK_WIRE_VERSION = 1;

/** One tie of the network as the map draws it (`source` and `target` are organisation ids). */
export interface WireEdge {
  source: string;
  target: string;
  weight: number;
  count: number;
  /** Shared activities per kind; kinds shared not at all are left out. */
  kinds: Record<string, number>;
  first: string | null;
  last: string | null;
}

/** A tie as the network model makes it (its kinds typed by the model's own names). */
export type ModelEdge = Omit<WireEdge, 'kinds'> & { kinds: Partial<Record<string, number>> };

/**
 * The ties as columns, one entry per tie in every column: `source[i]` and `target[i]` are indexes
 * into `nodes`; `kinds[kind][i]` counts the shared activities of that kind (0: none of it).
 */
export interface PackedTies {
  source: number[];
  target: number[];
  weight: number[];
  count: number[];
  first: (string | null)[];
  last: (string | null)[];
  kinds: Record<string, number[]>;
}

export interface PackedNetwork<N extends { id: string }> {
  nodes: N[];
  ties: PackedTies;
}

/** Packs the ties; a tie whose end is not among the nodes is a fault of the caller and throws. */
export function packNetwork<N extends { id: string }>(network: { nodes: N[]; edges: readonly ModelEdge[] }): PackedNetwork<N> {
  const index = new Map<string, number>();
  network.nodes.forEach((node, i) => index.set(node.id, i));
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`A tie names the organisation ${id}, which is not in the network.`);
    return i;
  };
  const n = network.edges.length;
  const ties: PackedTies = { source: new Array(n), target: new Array(n), weight: new Array(n), count: new Array(n), first: new Array(n), last: new Array(n), kinds: {} };
  network.edges.forEach((edge, i) => {
    ties.source[i] = at(edge.source);
    ties.target[i] = at(edge.target);
    ties.weight[i] = edge.weight;
    ties.count[i] = edge.count;
    ties.first[i] = edge.first;
    ties.last[i] = edge.last;
    for (const [kind, times] of Object.entries(edge.kinds)) {
      if (!times) continue;
      (ties.kinds[kind] ??= new Array<number>(n).fill(0))[i] = times;
    }
  });
  return { nodes: network.nodes, ties };
}

/** The nodes-and-edges shape again: each tie names its organisations by id, kinds of count 0 left out. */
export function unpackNetwork<N extends { id: string }>(packed: PackedNetwork<N>): { nodes: N[]; edges: WireEdge[] } {
  const { nodes, ties } = packed;
  const kinds = Object.entries(ties.kinds);
  const edges: WireEdge[] = new Array(ties.source.length);
  for (let i = 0; i < ties.source.length; i++) {
    const counts: Record<string, number> = {};
    for (const [kind, column] of kinds) if (column[i]) counts[kind] = column[i]!;
    edges[i] = {
      source: nodes[ties.source[i]!]!.id,
      target: nodes[ties.target[i]!]!.id,
      weight: ties.weight[i]!,
      count: ties.count[i]!,
      kinds: counts,
      first: ties.first[i] ?? null,
      last: ties.last[i] ?? null,
    };
  }
  return { nodes, edges };
}
