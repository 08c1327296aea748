// The pure parts of the Metrics page: the trend charts' geometry and text alternative, changes
// against the previous period, the figures in each language, and the filters read from the URL.
import { describe, expect, it } from 'vitest';
import { changeOf, periodParts, trendGeometry, trendSummary } from '../../web/src/lib/trend-chart.ts';
import { filterQuery, formatChange, formatFigure, naturalOrder, readFilters, readTable } from '../../web/src/routes/metrics/metrics-view.ts';

const box = { width: 300, height: 120, margin: { top: 10, right: 10, bottom: 20, left: 40 } };

describe('trendGeometry', () => {
  it('draws one segment between each pair of known values and leaves a gap where a value is missing', () => {
    const g = trendGeometry(['a', 'b', 'c', 'd'], [{ key: 's', label: 'S', values: [1, 2, null, 4] }], box);
    const d = g.lines[0]!.d;
    expect(d.match(/M/g)?.length).toBe(2); // a-b, then d alone
    expect(d.match(/L/g)?.length).toBe(1);
    expect(g.lines[0]!.points.map((p) => p.period)).toEqual(['a', 'b', 'd']);
  });

  it('puts higher values higher, or lower when reversed (a rank)', () => {
    const up = trendGeometry(['a', 'b'], [{ key: 's', label: 'S', values: [1, 5] }], box).lines[0]!.points;
    expect(up[1]!.y).toBeLessThan(up[0]!.y);
    const down = trendGeometry(['a', 'b'], [{ key: 's', label: 'S', values: [1, 5] }], box, { reversed: true }).lines[0]!.points;
    expect(down[1]!.y).toBeGreaterThan(down[0]!.y);
  });

  it('starts the value axis at zero and keeps every point inside the box', () => {
    const g = trendGeometry(['a', 'b', 'c'], [{ key: 's', label: 'S', values: [40, 50, 45] }], box);
    expect(g.yTicks[0]!.value).toBe(0);
    for (const p of g.lines[0]!.points) {
      expect(p.x).toBeGreaterThanOrEqual(box.margin.left);
      expect(p.x).toBeLessThanOrEqual(box.width - box.margin.right);
      expect(p.y).toBeGreaterThanOrEqual(box.margin.top);
      expect(p.y).toBeLessThanOrEqual(box.height - box.margin.bottom);
    }
  });

  it('labels at most the asked number of periods, always the first and the last', () => {
    const periods = Array.from({ length: 13 }, (_, i) => `p${i}`);
    const labels = trendGeometry(periods, [{ key: 's', label: 'S', values: periods.map((_, i) => i) }], box, { maxLabels: 4 }).xLabels.map((l) => l.period);
    expect(labels.length).toBeLessThanOrEqual(5);
    expect(labels[0]).toBe('p0');
    expect(labels.at(-1)).toBe('p12');
  });
});

describe('trendSummary', () => {
  it('names the first, last, highest and lowest known values', () => {
    expect(trendSummary(['a', 'b', 'c', 'd'], [null, 3, 9, 5])).toEqual({
      first: { period: 'b', value: 3 },
      last: { period: 'd', value: 5 },
      max: { period: 'c', value: 9 },
      min: { period: 'b', value: 3 },
    });
    expect(trendSummary(['a'], [null])).toBeNull();
  });
});

describe('changes and figures', () => {
  it.each([
    [10, 7, 3],
    [0.25, 0.5, -0.25],
    [4, null, null],
    [null, 4, null],
  ])('changeOf(%s, %s) is %s', (current, previous, expected) => {
    expect(changeOf(current, previous)).toBe(expected);
  });

  it.each([
    ['en', 1234, 'count', '1,234'],
    ['de', 1234, 'count', '1.234'],
    ['fr', 0.125, 'share', '12,5 %'],
    ['en', 0.0123456, 'decimal', '0.0123'],
  ] as const)('in %s, %s as a %s reads %s', (locale, value, format, expected) => {
    // The space before % is a narrow or plain no-break space, depending on the ICU data.
    expect(formatFigure(locale, value, format).replace(/\s/gu, ' ')).toBe(expected);
  });

  it.each([
    ['en', 3, 'count', '+3'],
    ['en', -2, 'count', '-2'],
    ['en', 0, 'count', '0'],
    ['de', 0.031, 'share', '+3,1'],
  ] as const)('in %s, a change of %s as a %s reads %s (shares in points)', (locale, delta, format, expected) => {
    expect(formatChange(locale, delta, format)).toBe(expected);
  });

  it.each([
    ['2025-Q3', { year: '2025', quarter: '3' }],
    ['2024', { year: '2024', quarter: null }],
  ])('periodParts(%s)', (period, parts) => {
    expect(periodParts(period)).toEqual(parts);
  });
});

describe('the filters in the URL', () => {
  it('reads every filter and leaves out what is not a period', () => {
    const params = new URLSearchParams('granularity=year&discipline=theatre&workingGroup=g1&commune=ixelles&tie=project,%20group&period=2024-Q9');
    expect(readFilters(params)).toEqual({ granularity: 'year', discipline: 'theatre', workingGroup: 'g1', commune: 'ixelles', tie: 'project,group', period: '' });
    expect(readFilters(new URLSearchParams('granularity=week')).granularity).toBe('quarter');
  });

  it('sorts by betweenness, brokers first, unless a known column is asked; names and ranks ascend first', () => {
    expect(readTable(new URLSearchParams(''), [10, 25])).toEqual({ q: '', sort: 'betweenness', order: 'desc', page: 1, pageSize: 25 });
    expect(readTable(new URLSearchParams('sort=name'), [10, 25]).order).toBe('asc');
    expect(readTable(new URLSearchParams('sort=degree&order=asc&page=3&pageSize=500'), [10, 25])).toMatchObject({ sort: 'degree', order: 'asc', page: 3, pageSize: 25 });
    expect(readTable(new URLSearchParams('sort=password'), [10]).sort).toBe('betweenness');
    expect(naturalOrder('betweennessRank')).toBe('asc');
  });

  it('sends the default granularity as nothing', () => {
    expect(filterQuery({ granularity: 'quarter', discipline: 'dance', workingGroup: '', commune: '', tie: '', period: '2025' })).toEqual({
      granularity: '', discipline: 'dance', workingGroup: '', commune: '', tie: '',
    });
  });
});
