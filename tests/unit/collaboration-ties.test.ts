import { describe, expect, it } from 'vitest';
import { collaborationTies, degreeAndStrength } from '../../server/analytics/collaboration-ties.ts';

describe('collaborationTies', () => {
  it('merges both directions of a pair and keeps the earliest first and latest last date', () => {
    const ties = collaborationTies([
      { source: 'b', target: 'a', kind: 'project', count: 2, first: '2024-01-01', last: '2024-06-01' },
      { source: 'a', target: 'b', kind: 'project', count: 1, first: '2023-05-01', last: '2023-06-01' },
      { source: 'a', target: 'c', kind: 'project', count: 1, first: null, last: null },
    ]);
    expect(ties).toEqual([
      { source: 'a', target: 'b', weight: 3, count: 3, kinds: { project: 3 }, first: '2023-05-01', last: '2024-06-01' },
      { source: 'a', target: 'c', weight: 1, count: 1, kinds: { project: 1 }, first: null, last: null },
    ]);
  });

  it('gives an unknown kind no weight but still counts it', () => {
    const [tie] = collaborationTies([{ source: 'a', target: 'b', kind: 'rumour', count: 4, first: null, last: null }]);
    expect(tie).toMatchObject({ weight: 0, count: 4 });
  });
});

describe('degreeAndStrength', () => {
  it('counts distinct partners and sums weights on a path a-b-c', () => {
    const measures = degreeAndStrength([
      { source: 'a', target: 'b', weight: 2, count: 2, kinds: {}, first: null, last: null },
      { source: 'b', target: 'c', weight: 1, count: 1, kinds: {}, first: null, last: null },
    ]);
    expect(Object.fromEntries(measures)).toEqual({
      a: { degree: 1, strength: 2 },
      b: { degree: 2, strength: 3 },
      c: { degree: 1, strength: 1 },
    });
  });
});
