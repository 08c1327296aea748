import { describe, expect, it } from 'vitest';
import { collaborationTies, degreeAndStrength, type ActivityRow } from '../../server/analytics/collaboration-network.ts';

const project = (id: string, from: string, to: string, ...organisations: string[]): ActivityRow => ({ kind: 'project', id, from, to, organisations });

describe('collaborationTies', () => {
  it('merges both directions of a pair and keeps the earliest first and latest last date', () => {
    const ties = collaborationTies([
      project('p1', '2024-01-01', '2024-03-01', 'b', 'a'),
      project('p2', '2024-02-01', '2024-06-01', 'a', 'b'),
      project('p3', '2023-05-01', '2023-06-01', 'a', 'b'),
      project('p4', '2022-01-01', '2022-01-01', 'a', 'c'),
    ]);
    expect(ties).toEqual([
      { source: 'a', target: 'b', weight: 3, count: 3, kinds: { project: 3 }, first: '2023-05-01', last: '2024-06-01' },
      { source: 'a', target: 'c', weight: 1, count: 1, kinds: { project: 1 }, first: '2022-01-01', last: '2022-01-01' },
    ]);
  });

  it('refuses an unknown kind of tie, naming the kinds it knows', () => {
    const rumour = { kind: 'rumour', id: 'r', from: '2024-01-01', to: '2024-01-01', organisations: ['a', 'b'] } as unknown as ActivityRow;
    expect(() => collaborationTies([rumour])).toThrow(/Unknown kind of tie "rumour": use one of project, group, meeting/);
  });
});

describe('degreeAndStrength', () => {
  it('counts distinct partners and sums weights on a path a-b-c', () => {
    const measures = degreeAndStrength([
      { source: 'a', target: 'b', weight: 2, count: 2, kinds: {}, first: '2024-01-01', last: '2024-01-01' },
      { source: 'b', target: 'c', weight: 1, count: 1, kinds: {}, first: '2024-01-01', last: '2024-01-01' },
    ]);
    expect(Object.fromEntries(measures)).toEqual({
      a: { degree: 1, strength: 2 },
      b: { degree: 2, strength: 3 },
      c: { degree: 1, strength: 1 },
    });
  });
});
