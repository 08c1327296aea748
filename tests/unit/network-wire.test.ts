import { describe, expect, it } from 'vitest';
import { packNetwork, unpackNetwork } from '../../server/domain/network-wire.ts';

const node = (id: string) => ({ id, name: `Organisation ${id}` });
const network = {
  nodes: ['a', 'b', 'c', 'd'].map(node),
  edges: [
    { source: 'a', target: 'b', weight: 1.6, count: 3, kinds: { project: 1, meeting: 1, group: 1 }, first: '2024-01-05', last: '2025-03-01' },
    { source: 'b', target: 'c', weight: 0.1, count: 1, kinds: { meeting: 1 }, first: '2025-02-02', last: '2025-02-02' },
    { source: 'a', target: 'c', weight: 2, count: 2, kinds: { project: 2 }, first: null, last: null },
  ],
};

describe('the packed network', () => {
  it('unpacks to the very network it packed, kinds of count 0 left out', () => {
    expect(unpackNetwork(packNetwork(network))).toEqual(network);
  });

  it('names each organisation once and its ties by index', () => {
    const packed = packNetwork(network);
    expect(packed.nodes).toBe(network.nodes);
    expect(packed.ties).toEqual({
      source: [0, 1, 0],
      target: [1, 2, 2],
      weight: [1.6, 0.1, 2],
      count: [3, 1, 2],
      first: ['2024-01-05', '2025-02-02', null],
      last: ['2025-03-01', '2025-02-02', null],
      kinds: { project: [1, 0, 2], meeting: [1, 1, 0], group: [1, 0, 0] },
    });
    const text = JSON.stringify(packed);
    for (const { id } of network.nodes) expect(text.split(`"${id}"`).length - 1).toBe(1);
  });

  it('packs a network without ties, and refuses a tie to an organisation it does not hold', () => {
    expect(unpackNetwork(packNetwork({ nodes: [node('a')], edges: [] }))).toEqual({ nodes: [node('a')], edges: [] });
    expect(() => packNetwork({ nodes: [node('a')], edges: [{ ...network.edges[0]! }] })).toThrow(/not in the network/);
  });
});
