// Turns the API's network into what the map draws: nodes with their figures, edges as index pairs,
// then colours, sizes and what shows in a period. Pure: the same input always gives the same drawing.
import { scaleSqrt } from 'd3-scale';
import type { Network, NetworkNode } from '$lib/types';

export const COLOUR_BY = ['discipline', 'community', 'commune'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];
export const SIZE_BY = ['degree', 'weightedDegree', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

/**
 * One colour per discipline, each at least 3:1 against white (WCAG's contrast for graphics) and
 * far from every other (CIE76 ΔE ≥ 25), so circus and education no longer share a brown.
 */
export const DISCIPLINE_PALETTE: Readonly<Record<string, string>> = {
  theatre: '#d1333b',
  dance: '#e07000',
  music: '#2f6db5',
  'visual-arts': '#14928a',
  literature: '#3f8f2f',
  film: '#a88a00',
  heritage: '#8e5bb5',
  design: '#d64f9a',
  circus: '#8a5a2b',
  'digital-arts': '#0096c7',
  education: '#5c6b00',
  multidisciplinary: '#5d6675',
};

/** Communities and communes: the disciplines' colours, then eight more. */
export const CATEGORY_PALETTE: readonly string[] = [
  ...Object.values(DISCIPLINE_PALETTE),
  '#7f3c8d',
  '#11a579',
  '#e73f74',
  '#3969ac',
  '#b07a00',
  '#5a8f29',
  '#c45a10',
  '#00707a',
];

export const UNKNOWN_COLOUR = '#9aa3ad';

/** The legend key of organisations without a discipline, and of those in a community of their own. */
export const NO_DISCIPLINE = 'none';
export const ALONE = 'alone';

export interface MapNode {
  id: string;
  slug: string;
  name: string;
  mainDiscipline: string | null;
  commune: string;
  degree: number;
  strength: number;
  betweenness: number;
  /** 1 for the main broker; null without metrics. */
  betweennessRank: number | null;
  community: number | null;
  /** Radius the layout spaces the nodes by (from the degree: it does not change with the size control). */
  layoutRadius: number;
}

export interface MapEdge {
  source: number;
  target: number;
  weight: number;
  width: number;
  first: string | null;
  last: string | null;
}

export interface MapStructure {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Node indexes by degree, highest first: labels and the text alternative use it. */
  byDegree: number[];
}

/** A drawn node: its legend category, colour and radius. */
export interface StyledNode extends MapNode {
  category: string;
  colour: string;
  radius: number;
}

export interface MapGraph extends Omit<MapStructure, 'nodes'> {
  nodes: StyledNode[];
}

export interface LegendEntry {
  key: string;
  colour: string;
  count: number;
}

const maxRadiusFor = (count: number) => (count > 1000 ? 9 : count > 300 ? 12 : 16);

/** The network as index-based nodes and edges. `dropIdle`: leave out organisations without a tie (a period was asked for). */
export function prepareGraph(network: Network, options: { dropIdle?: boolean } = {}): MapStructure {
  const kept = options.dropIdle ? network.nodes.filter((n) => n.degree > 0) : network.nodes;
  const maxDegree = kept.reduce((max, n) => Math.max(max, n.degree), 1);
  const radius = scaleSqrt().domain([0, maxDegree]).range([2.5, maxRadiusFor(kept.length)]).clamp(true);

  const index = new Map<string, number>();
  const nodes = kept.map((n: NetworkNode, i): MapNode => {
    index.set(n.id, i);
    return {
      id: n.id,
      slug: n.slug,
      name: n.name,
      mainDiscipline: n.mainDiscipline,
      commune: n.commune,
      degree: n.degree,
      strength: n.strength,
      betweenness: n.metrics?.betweenness ?? 0,
      betweennessRank: n.metrics?.betweennessRank ?? null,
      community: n.metrics?.community ?? null,
      layoutRadius: radius(n.degree),
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
    edges.push({ source, target, weight: e.weight, width: width(e.weight), first: e.first, last: e.last });
  }

  const byDegree = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.degree - nodes[a]!.degree || nodes[b]!.strength - nodes[a]!.strength);
  return { nodes, edges, byDegree };
}

/** Communities with a single member are not a community: they share one legend entry. */
function communitySizes(nodes: readonly MapNode[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const n of nodes) if (n.community !== null) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  return sizes;
}

/** Colour and size: what the legend and the size control choose. `communes` gives each commune its place in the palette. */
export function styleGraph(structure: MapStructure, options: { colourBy: ColourBy; sizeBy: SizeBy; communes: readonly string[] }): MapGraph {
  const sizes = communitySizes(structure.nodes);
  const communeIndex = new Map(options.communes.map((c, i) => [c, i]));
  const categoryOf = (n: MapNode): string => {
    if (options.colourBy === 'discipline') return n.mainDiscipline ?? NO_DISCIPLINE;
    if (options.colourBy === 'commune') return n.commune;
    return n.community === null || (sizes.get(n.community) ?? 0) < 2 ? ALONE : String(n.community);
  };
  const colourOf = (category: string): string => {
    if (options.colourBy === 'discipline') return DISCIPLINE_PALETTE[category] ?? UNKNOWN_COLOUR;
    if (options.colourBy === 'commune') {
      const i = communeIndex.get(category);
      return i === undefined ? UNKNOWN_COLOUR : CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!;
    }
    // Communities are numbered from the largest: the first twenty get their own colour.
    return category === ALONE ? UNKNOWN_COLOUR : (CATEGORY_PALETTE[Number(category)] ?? UNKNOWN_COLOUR);
  };
  const value = (n: MapNode) => (options.sizeBy === 'degree' ? n.degree : options.sizeBy === 'weightedDegree' ? n.strength : n.betweenness);
  const max = structure.nodes.reduce((m, n) => Math.max(m, value(n)), 0) || 1;
  const radius = scaleSqrt().domain([0, max]).range([2.5, maxRadiusFor(structure.nodes.length)]).clamp(true);
  return {
    ...structure,
    nodes: structure.nodes.map((n) => {
      const category = categoryOf(n);
      return { ...n, category, colour: colourOf(category), radius: radius(value(n)) };
    }),
  };
}

/** The legend: every category present, in a fixed order (disciplines as given, communities by number, communes as given). */
export function legendOf(graph: MapGraph, colourBy: ColourBy, order: readonly string[]): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  for (const n of graph.nodes) {
    const entry = entries.get(n.category) ?? { key: n.category, colour: n.colour, count: 0 };
    entry.count += 1;
    entries.set(n.category, entry);
  }
  const rank = (key: string) => {
    if (key === NO_DISCIPLINE || key === ALONE) return Number.MAX_SAFE_INTEGER;
    if (colourBy === 'community') return Number(key);
    const i = order.indexOf(key);
    return i === -1 ? Number.MAX_SAFE_INTEGER - 1 : i;
  };
  return [...entries.values()].sort((a, b) => rank(a.key) - rank(b.key));
}

// ---- Periods ------------------------------------------------------------------------------------

export interface Quarter {
  key: string;
  from: string;
  to: string;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

function quarter(year: number, q: number): Quarter {
  const y = String(year).padStart(4, '0');
  return { key: `${y}-Q${q}`, from: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: `${y}-${QUARTER_ENDS[q - 1]}` };
}

const quarterOfDay = (day: string): Quarter => quarter(Number(day.slice(0, 4)), Math.ceil(Number(day.slice(5, 7)) / 3));

/** Every quarter from the first tie's start to the last tie's end, within [from, to] when given. */
export function quartersOf(edges: readonly MapEdge[], range: { from?: string; to?: string } = {}): Quarter[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const e of edges) {
    if (e.first && (first === null || e.first < first)) first = e.first;
    if (e.last && (last === null || e.last > last)) last = e.last;
  }
  if (range.from && (first === null || range.from > first)) first = range.from;
  if (range.to && (last === null || range.to < last)) last = range.to;
  if (first === null || last === null || last < first) return [];
  const quarters: Quarter[] = [];
  const end = quarterOfDay(last).key;
  let [year, q] = [Number(first.slice(0, 4)), Math.ceil(Number(first.slice(5, 7)) / 3)];
  for (;;) {
    const current = quarter(year, q);
    quarters.push(current);
    if (current.key === end) return quarters;
    [year, q] = q === 4 ? [year + 1, 1] : [year, q + 1];
  }
}

/** A tie shows in a period when its first day is before the period's end and its last day after its start. */
export const tieInPeriod = (edge: Pick<MapEdge, 'first' | 'last'>, period: Pick<Quarter, 'from' | 'to'>): boolean =>
  edge.first !== null && edge.last !== null && edge.first <= period.to && edge.last >= period.from;

export interface MapView {
  /** 1 for each node drawn. */
  nodes: Uint8Array;
  edges: Uint8Array;
  nodeCount: number;
  edgeCount: number;
  /** Partners and summed weight per node among the ties drawn. */
  degree: Uint32Array;
  strength: Float64Array;
}

/**
 * What is drawn: in a period only the ties that touch it and the organisations with at least one
 * of them (the idle ones are not drawn at all); categories switched off in the legend are left
 * out with their ties.
 */
export function viewOf(graph: MapGraph, options: { period: Quarter | null; hidden: ReadonlySet<string> }): MapView {
  const n = graph.nodes.length;
  const shown = new Uint8Array(n);
  const active = new Uint8Array(n);
  graph.nodes.forEach((node, i) => {
    shown[i] = options.hidden.has(node.category) ? 0 : 1;
    active[i] = options.period ? 0 : 1;
  });
  const edges = new Uint8Array(graph.edges.length);
  const degree = new Uint32Array(n);
  const strength = new Float64Array(n);
  let edgeCount = 0;
  graph.edges.forEach((e, i) => {
    if (options.period && !tieInPeriod(e, options.period)) return;
    active[e.source] = 1;
    active[e.target] = 1;
    if (!shown[e.source] || !shown[e.target]) return;
    edges[i] = 1;
    edgeCount += 1;
    degree[e.source]! += 1;
    degree[e.target]! += 1;
    strength[e.source]! += e.weight;
    strength[e.target]! += e.weight;
  });
  const nodes = new Uint8Array(n);
  let nodeCount = 0;
  for (let i = 0; i < n; i += 1) {
    if (shown[i] && active[i]) {
      nodes[i] = 1;
      nodeCount += 1;
    }
  }
  return { nodes, edges, nodeCount, edgeCount, degree, strength };
}

/** The main brokers: the highest betweenness, those on no shortest path left out. */
export function brokersOf(graph: MapStructure, count = 10): Set<number> {
  const ranked = graph.nodes
    .map((n, i) => ({ i, b: n.betweenness }))
    .filter((x) => x.b > 0)
    .sort((a, b) => b.b - a.b)
    .slice(0, count);
  return new Set(ranked.map((x) => x.i));
}

/** The partners of a node among the ties drawn, strongest first. */
export function neighboursOf(graph: MapStructure, view: MapView, node: number): { index: number; weight: number }[] {
  const out: { index: number; weight: number }[] = [];
  graph.edges.forEach((e, i) => {
    if (!view.edges[i]) return;
    if (e.source === node) out.push({ index: e.target, weight: e.weight });
    else if (e.target === node) out.push({ index: e.source, weight: e.weight });
  });
  return out.sort((a, b) => b.weight - a.weight || graph.nodes[a.index]!.name.localeCompare(graph.nodes[b.index]!.name));
}

/** The same view as an SVG document, from the positions the canvas draws with (no DOM needed). */
export function svgOf(
  graph: MapGraph,
  view: MapView,
  positions: Float32Array,
  transform: { k: number; x: number; y: number },
  size: { width: number; height: number; nodeScale: number },
  title: string,
): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const px = (i: number) => (positions[2 * i]! * transform.k + transform.x).toFixed(1);
  const py = (i: number) => (positions[2 * i + 1]! * transform.k + transform.y).toFixed(1);
  const lines: string[] = [];
  graph.edges.forEach((e, i) => {
    if (!view.edges[i]) return;
    lines.push(`<line x1="${px(e.source)}" y1="${py(e.source)}" x2="${px(e.target)}" y2="${py(e.target)}" stroke-width="${e.width.toFixed(2)}"/>`);
  });
  const circles: string[] = [];
  graph.nodes.forEach((n, i) => {
    if (!view.nodes[i]) return;
    circles.push(`<circle cx="${px(i)}" cy="${py(i)}" r="${(n.radius * size.nodeScale).toFixed(1)}" fill="${n.colour}"><title>${esc(n.name)}</title></circle>`);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g stroke="rgb(55,65,85)" stroke-opacity="0.3" stroke-linecap="round">${lines.join('')}</g>`,
    `<g stroke="#ffffff" stroke-width="1">${circles.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
