// The map's network with its per-organisation metrics, and the same graph as GEXF and GraphML files
// for Gephi and other graph tools. Pure: no I/O, no clock.
import { UndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { computeMetrics, type OrganisationMetrics } from './metrics/index.ts';

/** What the network answer carries per organisation and per tie (a subset of the API shapes). */
export interface FileNode {
  id: string;
  name: string;
  commune: string;
  mainDiscipline: string | null;
  kind: string;
}
export interface FileEdge {
  source: string;
  target: string;
  weight: number;
  count: number;
  first: string | null;
  last: string | null;
}

/** The figures of one organisation the map and the files show. */
export type NodeMetrics = Pick<OrganisationMetrics, 'degree' | 'weightedDegree' | 'betweenness' | 'betweennessRank' | 'community'>;

/**
 * The per-organisation metrics of this network, computed by the metrics engine on exactly the
 * organisations and ties given (the filtered network), keyed by organisation id.
 */
export function networkMetrics(nodes: readonly FileNode[], edges: readonly (FileEdge & { kinds: Record<string, number> })[]): Map<string, NodeMetrics> {
  const metrics = computeMetrics({
    organisations: nodes.map((n) => ({ id: n.id, name: n.name, disciplines: n.mainDiscipline ? [n.mainDiscipline] : [], commune: n.commune, kind: n.kind })),
    ties: edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, kinds: e.kinds })),
  });
  return new Map(
    metrics.organisations.map((o) => [
      o.id,
      { degree: o.degree, weightedDegree: o.weightedDegree, betweenness: o.betweenness, betweennessRank: o.betweennessRank, community: o.community },
    ]),
  );
}

/** The attributes each organisation has in the files: what Gephi users size and colour by. */
export interface FileNodeAttributes {
  name: string;
  discipline: string;
  commune: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
}
export interface FileEdgeAttributes {
  weight: number;
  count: number;
  first: string;
  last: string;
}

/** One graphology graph of the network, the metrics as node attributes and the weights on the ties. */
export function networkFileGraph(
  nodes: readonly FileNode[],
  edges: readonly FileEdge[],
  metrics: ReadonlyMap<string, NodeMetrics>,
): UndirectedGraph<FileNodeAttributes, FileEdgeAttributes> {
  const graph = new UndirectedGraph<FileNodeAttributes, FileEdgeAttributes>();
  for (const n of nodes) {
    const m = metrics.get(n.id);
    if (!m) throw new Error(`networkFileGraph: no metrics for organisation ${n.id}; compute them on the same network`);
    graph.addNode(n.id, {
      name: n.name,
      // Files have no null: an organisation without discipline gets an empty one.
      discipline: n.mainDiscipline ?? '',
      commune: n.commune,
      degree: m.degree,
      weightedDegree: m.weightedDegree,
      betweenness: m.betweenness,
      community: m.community,
    });
  }
  for (const e of edges) {
    graph.addEdgeWithKey(`${e.source}-${e.target}`, e.source, e.target, { weight: e.weight, count: e.count, first: e.first ?? '', last: e.last ?? '' });
  }
  return graph;
}

/** GEXF 1.3 (Gephi's own format), written by graphology-gexf; the organisation's name is its label. */
export function toGexf(graph: UndirectedGraph<FileNodeAttributes, FileEdgeAttributes>): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: attributes.name, attributes: { ...attributes } }),
    formatEdge: (_key, attributes) => ({ weight: attributes.weight, attributes: { count: attributes.count, first: attributes.first, last: attributes.last } }),
  });
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

type GraphmlType = 'string' | 'int' | 'double';
const NODE_KEYS: [keyof FileNodeAttributes, GraphmlType][] = [
  ['name', 'string'],
  ['discipline', 'string'],
  ['commune', 'string'],
  ['degree', 'int'],
  ['weightedDegree', 'double'],
  ['betweenness', 'double'],
  ['community', 'int'],
];
const EDGE_KEYS: [keyof FileEdgeAttributes, GraphmlType][] = [
  ['weight', 'double'],
  ['count', 'int'],
  ['first', 'string'],
  ['last', 'string'],
];

/**
 * GraphML with typed keys. graphology-graphml only reads GraphML (it has no writer), so the
 * file is written here and read back with its parser in the tests.
 */
export function toGraphml(graph: UndirectedGraph<FileNodeAttributes, FileEdgeAttributes>): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) lines.push(`  <key id="n-${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) lines.push(`  <key id="e-${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="kulturrat-network" edgedefault="undirected">');
  const data = (prefix: string, name: string, value: string | number) => `<data key="${prefix}-${name}">${escapeXml(String(value))}</data>`;
  graph.forEachNode((id, attributes) => {
    lines.push(`    <node id="${escapeXml(id)}">${NODE_KEYS.map(([name]) => data('n', name, attributes[name])).join('')}</node>`);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">` +
        `${EDGE_KEYS.map(([name]) => data('e', name, attributes[name])).join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
