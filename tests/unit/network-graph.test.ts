import { describe, expect, it } from 'vitest';
import { colourGraph, prepareGraph, UNKNOWN_COLOUR } from '../../web/src/routes/network/graph.ts';
import type { Discipline, Network } from '../../web/src/lib/types.ts';

type Node = Network['nodes'][number];
type Edge = Network['edges'][number];

const node = (id: string, degree: number, strength: number, mainDiscipline: string | null = 'music'): Node => ({
  id,
  slug: id,
  name: id.toUpperCase(),
  kind: 'venue',
  commune: 'bruxelles',
  mainDiscipline,
  degree,
  strength,
});
const edge = (source: string, target: string, weight: number): Edge => ({
  source,
  target,
  weight,
  count: 1,
  kinds: { project: 1 },
  first: null,
  last: null,
});
const discipline = (id: string, colour: string): Discipline => ({ id, colour, name: { nl: id, fr: id, en: id, de: id } });

const DISCIPLINES = [discipline('music', '#4e79a7'), discipline('dance', '#f28e2b')];

describe('prepareGraph', () => {
  const network: Network = {
    nodes: [node('a', 1, 1), node('b', 4, 6.5, 'dance'), node('c', 0, 0, null), node('d', 4, 7, 'circus')],
    edges: [edge('a', 'b', 1), edge('b', 'd', 4), edge('d', 'b', 2.25), edge('b', 'x', 2), edge('b', 'b', 3)],
  };
  const graph = prepareGraph(network, DISCIPLINES);

  it('colours a node by its main discipline, grey when it has none or an unknown one', () => {
    expect(graph.nodes.map((n) => n.colour)).toEqual(['#4e79a7', '#f28e2b', UNKNOWN_COLOUR, UNKNOWN_COLOUR]);
  });

  // radius = 2.5 + (16 - 2.5) · √(degree / 4) for a small network whose highest degree is 4
  it.each([
    ['a', 9.25],
    ['b', 16],
    ['c', 2.5],
    ['d', 16],
  ])('sizes node %s by the square root of its degree: %s', (id, radius) => {
    expect(graph.nodes.find((n) => n.id === id)!.radius).toBeCloseTo(radius, 10);
  });

  // width = 0.6 + (3 − 0.6) · (√weight − 1) / (√4 − 1) between the lightest (1) and heaviest (4) tie
  it('turns ties into index pairs, widths by the square root of the weight, dropping loops and unknown ends', () => {
    expect(graph.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      [0, 1, 1],
      [1, 3, 4],
      [3, 1, 2.25],
    ]);
    expect(graph.edges.map((e) => e.width)).toEqual([0.6, 3, expect.closeTo(1.8, 10)]);
  });

  it('orders nodes by degree, then strength, highest first', () => {
    expect(graph.byDegree).toEqual([3, 1, 0, 2]);
  });

  it.each([
    [300, 16],
    [301, 12],
    [1000, 12],
    [1001, 9],
  ])('draws the busiest of %s nodes with radius %s', (count, radius) => {
    const crowd = Array.from({ length: count }, (_, i) => node(`n${i}`, i % 5, 0));
    const drawn = prepareGraph({ nodes: crowd, edges: [] }, DISCIPLINES);
    expect(Math.max(...drawn.nodes.map((n) => n.radius))).toBeCloseTo(radius, 10);
  });

  it('gives one weight a thin line and an empty network an empty drawing', () => {
    const single = prepareGraph({ nodes: [node('a', 1, 2), node('b', 1, 2)], edges: [edge('a', 'b', 2)] }, DISCIPLINES);
    expect(single.edges).toEqual([{ source: 0, target: 1, weight: 2, width: 0.6 }]);
    expect(prepareGraph({ nodes: [], edges: [] }, DISCIPLINES)).toEqual({ nodes: [], edges: [], byDegree: [] });
  });
});

describe('colourGraph', () => {
  it('recolours the nodes from disciplines that arrive later and keeps the rest', () => {
    const network: Network = { nodes: [node('a', 1, 1), node('b', 1, 1, 'dance'), node('c', 0, 0, null)], edges: [edge('a', 'b', 1)] };
    const grey = prepareGraph(network, []);
    expect(grey.nodes.map((n) => n.colour)).toEqual([UNKNOWN_COLOUR, UNKNOWN_COLOUR, UNKNOWN_COLOUR]);
    const coloured = colourGraph(grey, DISCIPLINES);
    expect(coloured.nodes.map((n) => n.colour)).toEqual(['#4e79a7', '#f28e2b', UNKNOWN_COLOUR]);
    expect(coloured.edges).toBe(grey.edges);
    expect(coloured.nodes.map((n) => n.radius)).toEqual(grey.nodes.map((n) => n.radius));
    expect(grey.nodes[0]!.colour).toBe(UNKNOWN_COLOUR); // the original is left as it was
  });
});
