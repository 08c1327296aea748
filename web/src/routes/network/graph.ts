// Turns the API's network into what the map draws: nodes with colour and radius, edges as index
// pairs with a width. Pure: the same input always gives the same drawing.
import { scaleSqrt } from 'd3-scale';
import type { Discipline, Network, NetworkNode } from '$lib/types';

export interface MapNode {
  id: string;
  slug: string;
  name: string;
  mainDiscipline: string | null;
  commune: string;
  degree: number;
  strength: number;
  colour: string;
  radius: number;
}

export interface MapEdge {
  source: number;
  target: number;
  weight: number;
  width: number;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Node indexes by degree, highest first: labels and the text alternative use it. */
  byDegree: number[];
}

export const UNKNOWN_COLOUR = '#9aa3ad';

export function prepareGraph(network: Network, disciplines: readonly Discipline[]): MapGraph {
  const colours = new Map(disciplines.map((d) => [d.id, d.colour]));
  const maxDegree = network.nodes.reduce((max, n) => Math.max(max, n.degree), 1);
  // Big networks get smaller circles so that their crowd stays readable.
  const count = network.nodes.length;
  const maxRadius = count > 1000 ? 9 : count > 300 ? 12 : 16;
  const radius = scaleSqrt().domain([0, maxDegree]).range([2.5, maxRadius]).clamp(true);

  const index = new Map<string, number>();
  const nodes = network.nodes.map((n: NetworkNode, i): MapNode => {
    index.set(n.id, i);
    return {
      id: n.id,
      slug: n.slug,
      name: n.name,
      mainDiscipline: n.mainDiscipline,
      commune: n.commune,
      degree: n.degree,
      strength: n.strength,
      colour: (n.mainDiscipline && colours.get(n.mainDiscipline)) || UNKNOWN_COLOUR,
      radius: radius(n.degree),
    };
  });

  const minWeight = network.edges.length ? network.edges.reduce((min, e) => Math.min(min, e.weight), Infinity) : 1;
  const maxWeight = network.edges.reduce((max, e) => Math.max(max, e.weight), minWeight);
  // Lines up to 1px are cheap to rasterise; only the stronger ties get thicker ones.
  const width = scaleSqrt().domain([minWeight, Math.max(maxWeight, minWeight + 1)]).range([0.6, 3]).clamp(true);

  const edges: MapEdge[] = [];
  for (const e of network.edges) {
    const source = index.get(e.source);
    const target = index.get(e.target);
    if (source === undefined || target === undefined || source === target) continue;
    edges.push({ source, target, weight: e.weight, width: width(e.weight) });
  }

  const byDegree = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.degree - nodes[a]!.degree || nodes[b]!.strength - nodes[a]!.strength);
  return { nodes, edges, byDegree };
}

/** The same graph with colours from the disciplines (which may arrive after the network). */
export function colourGraph(graph: MapGraph, disciplines: readonly Discipline[]): MapGraph {
  const colours = new Map(disciplines.map((d) => [d.id, d.colour]));
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, colour: (n.mainDiscipline && colours.get(n.mainDiscipline)) || UNKNOWN_COLOUR })),
  };
}
