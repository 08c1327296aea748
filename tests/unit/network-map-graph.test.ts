// The map's pure drawing model: palette, quarters, what a period and the legend leave on the map, the SVG.
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import {
  ALONE,
  DISCIPLINE_PALETTE,
  brokersOf,
  legendOf,
  neighboursOf,
  prepareGraph,
  quartersOf,
  styleGraph,
  svgOf,
  tieInPeriod,
  viewOf,
} from '../../web/src/routes/network/graph.ts';
import { DISCIPLINE_IDS } from '../../server/domain/taxonomy.ts';
import type { Network } from '../../server/schemas/network.ts';

const luminance = (colour: string) => {
  const { r, g, b } = rgb(colour);
  const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrastOnWhite = (colour: string) => 1.05 / (luminance(colour) + 0.05);
const deltaE = (a: string, b: string) => {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
};

describe('DISCIPLINE_PALETTE', () => {
  it('has a colour for each of the 12 disciplines, each at least 3:1 on white', () => {
    expect(Object.keys(DISCIPLINE_PALETTE).sort()).toEqual([...DISCIPLINE_IDS].sort());
    for (const [id, colour] of Object.entries(DISCIPLINE_PALETTE)) expect(contrastOnWhite(colour), id).toBeGreaterThanOrEqual(3);
  });

  it('keeps every two disciplines apart (ΔE ≥ 25), circus and education included', () => {
    const entries = Object.entries(DISCIPLINE_PALETTE);
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        expect(deltaE(entries[i]![1], entries[j]![1]), `${entries[i]![0]} / ${entries[j]![0]}`).toBeGreaterThanOrEqual(25);
      }
    }
  });
});

// a–b in 2024-Q1 only, b–c from 2024-02-15 to 2024-07-01, d alone; e without discipline.
const node = (id: string, mainDiscipline: string | null, community: number, betweenness: number) => ({
  id,
  slug: id,
  name: `Org ${id}`,
  kind: 'theatre',
  commune: 'ixelles',
  mainDiscipline,
  degree: 0,
  strength: 0,
  metrics: { degree: 0, weightedDegree: 0, betweenness, betweennessRank: 1, community },
});
const network: Network = {
  nodes: [node('a', 'theatre', 0, 0), node('b', 'dance', 0, 1), node('c', 'music', 0, 0), node('d', 'circus', 1, 0), node('e', null, 2, 0)],
  edges: [
    { source: 'a', target: 'b', weight: 2, count: 2, kinds: { project: 2 }, first: '2024-01-10', last: '2024-03-31' },
    { source: 'b', target: 'c', weight: 0.5, count: 1, kinds: { group: 1 }, first: '2024-02-15', last: '2024-07-01' },
  ],
};
network.nodes[0]!.degree = 1;
network.nodes[1]!.degree = 2;
network.nodes[2]!.degree = 1;

describe('quartersOf and tieInPeriod', () => {
  it('lists every quarter from the first tie to the last, within the range asked', () => {
    const structure = prepareGraph(network);
    expect(quartersOf(structure.edges).map((q) => q.key)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(quartersOf(structure.edges, { from: '2024-04-01' }).map((q) => q.key)).toEqual(['2024-Q2', '2024-Q3']);
    expect(quartersOf(structure.edges)[2]).toEqual({ key: '2024-Q3', from: '2024-07-01', to: '2024-09-30' });
  });

  it('shows a tie in a quarter when it starts before its end and ends after its start', () => {
    const q2 = { from: '2024-04-01', to: '2024-06-30' };
    expect(tieInPeriod({ first: '2024-01-10', last: '2024-03-31' }, q2)).toBe(false);
    expect(tieInPeriod({ first: '2024-01-10', last: '2024-04-01' }, q2)).toBe(true);
    expect(tieInPeriod({ first: '2024-06-30', last: '2024-12-01' }, q2)).toBe(true);
    expect(tieInPeriod({ first: null, last: null }, q2)).toBe(false);
  });
});

describe('viewOf', () => {
  const graph = styleGraph(prepareGraph(network), { colourBy: 'discipline', sizeBy: 'degree', communes: [] });
  const drawn = (v: ReturnType<typeof viewOf>) => graph.nodes.filter((_, i) => v.nodes[i]).map((n) => n.id);

  it('draws everyone without a period, the isolated too', () => {
    expect(drawn(viewOf(graph, { period: null, hidden: new Set() }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('draws in a quarter only the organisations with a tie in it, never idle ones', () => {
    const [q1, q2, q3] = quartersOf(graph.edges);
    expect(drawn(viewOf(graph, { period: q1!, hidden: new Set() }))).toEqual(['a', 'b', 'c']);
    const second = viewOf(graph, { period: q2!, hidden: new Set() });
    expect(drawn(second)).toEqual(['b', 'c']);
    expect(second.edgeCount).toBe(1);
    expect([...second.degree]).toEqual([0, 1, 1, 0, 0]);
    expect(drawn(viewOf(graph, { period: q3!, hidden: new Set() }))).toEqual(['b', 'c']);
  });

  it('leaves out a category switched off in the legend with its ties, and keeps it in the legend', () => {
    const view = viewOf(graph, { period: null, hidden: new Set(['dance']) });
    expect(drawn(view)).toEqual(['a', 'c', 'd', 'e']);
    expect(view.edgeCount).toBe(0);
    expect(legendOf(graph, 'discipline', [...DISCIPLINE_IDS]).map((e) => e.key)).toEqual(['theatre', 'dance', 'music', 'circus', 'none']);
  });
});

describe('styleGraph', () => {
  it('colours by community with the single-member ones together, and sizes by the measure chosen', () => {
    const graph = styleGraph(prepareGraph(network), { colourBy: 'community', sizeBy: 'betweenness', communes: [] });
    expect(graph.nodes.map((n) => n.category)).toEqual(['0', '0', '0', ALONE, ALONE]);
    expect(graph.nodes[1]!.radius).toBeGreaterThan(graph.nodes[0]!.radius);
    expect(graph.nodes[0]!.radius).toBe(graph.nodes[2]!.radius);
  });

  it('takes the discipline colours from the palette', () => {
    const graph = styleGraph(prepareGraph(network), { colourBy: 'discipline', sizeBy: 'degree', communes: [] });
    expect(graph.nodes[3]!.colour).toBe(DISCIPLINE_PALETTE.circus);
  });
});

describe('brokersOf, neighboursOf and svgOf', () => {
  const structure = prepareGraph(network);
  const graph = styleGraph(structure, { colourBy: 'discipline', sizeBy: 'degree', communes: [] });
  const view = viewOf(graph, { period: null, hidden: new Set() });

  it('names as brokers only organisations on someone’s shortest path', () => {
    expect([...brokersOf(structure)]).toEqual([1]);
  });

  it('lists the partners drawn, strongest first', () => {
    expect(neighboursOf(structure, view, 1)).toEqual([
      { index: 0, weight: 2 },
      { index: 2, weight: 0.5 },
    ]);
  });

  it('writes an SVG of the drawn nodes and ties at the positions given, names escaped', () => {
    const positions = new Float32Array([0, 0, 10, 0, 20, 0, 30, 0, 40, 0]);
    const svg = svgOf(graph, viewOf(graph, { period: quartersOf(graph.edges)[1]!, hidden: new Set() }), positions, { k: 2, x: 5, y: 7 }, { width: 100, height: 50, nodeScale: 1 }, 'A & B');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<line x1="25.0" y1="7.0" x2="45.0" y2="7.0"');
    expect(svg).toContain('<title>A &amp; B</title>');
  });
});
