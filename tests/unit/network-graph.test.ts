import { describe, expect, it } from 'vitest';
import { DISCIPLINE_PALETTE, prepareGraph, styleGraph, UNKNOWN_COLOUR, type MapStructure } from '../../web/src/routes/network/graph.ts';
import type { Network } from '../../web/src/lib/types.ts';

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
/** Coloured by discipline and sized by degree, as the map opens. */
const drawing = (structure: MapStructure) => styleGraph(structure, { colourBy: 'discipline', sizeBy: 'degree', communes: [] });

describe('prepareGraph', () => {
  const network: Network = {
    nodes: [node('a', 1, 1), node('b', 4, 6.5, 'dance'), node('c', 0, 0, null), node('d', 4, 7, 'juggling')],
    edges: [edge('a', 'b', 1), edge('b', 'd', 4), edge('d', 'b', 2.25), edge('b', 'x', 2), edge('b', 'b', 3)],
  };
  const structure = prepareGraph(network);
  const graph = drawing(structure);

  it('colours a node by its main discipline, grey when it has none or an unknown one', () => {
    expect(graph.nodes.map((n) => n.colour)).toEqual([DISCIPLINE_PALETTE.music, DISCIPLINE_PALETTE.dance, UNKNOWN_COLOUR, UNKNOWN_COLOUR]);
  });

  // radius = 2.5 + (16 - 2.5) · √(degree / 4) for a small network whose highest degree is 4
  it.each([
    ['a', 9.25],
    ['b', 16],
    ['c', 2.5],
    ['d', 16],
  ])('sizes node %s by the square root of its degree: %s', (id, radius) => {
    expect(graph.nodes.find((n) => n.id === id)!.radius).toBeCloseTo(radius, 10);
    // The layout spaces the nodes by the same radius, whatever the size control says.
    expect(structure.nodes.find((n) => n.id === id)!.layoutRadius).toBeCloseTo(radius, 10);
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
    const drawn = drawing(prepareGraph({ nodes: crowd, edges: [] }));
    expect(Math.max(...drawn.nodes.map((n) => n.radius))).toBeCloseTo(radius, 10);
  });

  it('gives one weight a thin line and an empty network an empty drawing', () => {
    const single = prepareGraph({ nodes: [node('a', 1, 2), node('b', 1, 2)], edges: [edge('a', 'b', 2)] });
    expect(single.edges).toEqual([{ source: 0, target: 1, weight: 2, width: 0.6, first: null, last: null }]);
    expect(prepareGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [], byDegree: [] });
  });
});

describe('styleGraph', () => {
  it('recolours and resizes the nodes without touching the structure the layout uses', () => {
    const network: Network = { nodes: [node('a', 1, 1), node('b', 1, 3, 'dance'), node('c', 0, 0, null)], edges: [edge('a', 'b', 1)] };
    const structure = prepareGraph(network);
    const byCommune = styleGraph(structure, { colourBy: 'commune', sizeBy: 'weightedDegree', communes: ['ixelles', 'bruxelles'] });
    expect(new Set(byCommune.nodes.map((n) => n.colour)).size).toBe(1);
    expect(byCommune.nodes.map((n) => n.category)).toEqual(['bruxelles', 'bruxelles', 'bruxelles']);
    expect(byCommune.nodes[1]!.radius).toBeGreaterThan(byCommune.nodes[0]!.radius);
    expect(byCommune.edges).toBe(structure.edges);
    expect(structure.nodes[0]).not.toHaveProperty('colour'); // the structure is left as it was
  });
});
