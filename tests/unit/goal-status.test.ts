import { describe, expect, it } from 'vitest';
import {
  attendanceByQuarter,
  checkFigure,
  currentStatus,
  elapsedShare,
  evaluationKpiSource,
  expectedValue,
  figureAt,
  KpiCatalogue,
  networkKpiSource,
  statusHistory,
  type GoalPath,
  type KpiPoint,
} from '../../server/analytics/kpis/index.ts';
import { periodChanges } from '../../server/analytics/period-changes.ts';
import type { NetworkMetrics, OrganisationMetrics } from '../../server/analytics/metrics/types.ts';

// Baseline 40 % on 1 January 2025, target 60 % on 1 January 2027: 731 days, 20 points of the way.
const rising: GoalPath = { baselineDate: '2025-01-01', baselineValue: 0.4, target: 0.6, deadline: '2027-01-01', higherIsBetter: true };
// Isolated share down from 30 % to 10 % over one year (365 days).
const falling: GoalPath = { baselineDate: '2025-01-01', baselineValue: 0.3, target: 0.1, deadline: '2026-01-01', higherIsBetter: false };
const holding: GoalPath = { baselineDate: '2025-01-01', baselineValue: 0.5, target: 0.5, deadline: '2026-01-01', higherIsBetter: true };

describe('the straight path from baseline to target', () => {
  it.each([
    ['2025-01-01', 0],
    ['2026-01-01', 365 / 730],
    ['2027-01-01', 1],
    ['2024-06-01', 0],
    ['2030-01-01', 1],
  ])('on %s has covered %f of the time', (day, share) => {
    expect(elapsedShare({ baselineDate: '2025-01-01', deadline: '2027-01-01' }, day)).toBeCloseTo(share, 9);
  });

  it('stands at the baseline, then halfway, then the target', () => {
    expect(expectedValue(falling, '2025-01-01')).toBeCloseTo(0.3, 12);
    expect(expectedValue(falling, '2025-07-02')).toBeCloseTo(0.3 - 0.2 * (182 / 365), 12);
    expect(expectedValue(falling, '2026-01-01')).toBeCloseTo(0.1, 12);
  });
});

describe('goal status rule', () => {
  // [path, day, value, status, shortfall]: the shortfall is elapsed share minus progress, in shares of the way.
  it.each<[string, GoalPath, string, number, string, number]>([
    ['on the path halfway', falling, '2025-07-02', 0.3 - 0.2 * (182 / 365), 'on-track', 0],
    ['ahead of the path', rising, '2025-07-01', 0.55, 'on-track', 181 / 730 - 0.75],
    ['exactly 10 % of the way behind: still on track', falling, '2026-01-01', 0.12, 'on-track', 0.1],
    ['just past 10 % behind', falling, '2026-01-01', 0.1201, 'at-risk', 0.1005],
    ['exactly 25 % behind: at risk', falling, '2026-01-01', 0.15, 'at-risk', 0.25],
    ['just past 25 % behind', falling, '2026-01-01', 0.1502, 'off-track', 0.251],
    ['moving the wrong way', rising, '2026-01-01', 0.38, 'off-track', 365 / 730 + 0.1],
    ['at the baseline on day one', rising, '2025-01-01', 0.4, 'on-track', 0],
    ['target reached after the deadline', rising, '2027-06-30', 0.61, 'on-track', -0.05],
    ['target missed after the deadline', rising, '2027-06-30', 0.5, 'off-track', 0.5],
    ['holding a level: at it', holding, '2025-06-30', 0.5, 'on-track', 0],
    ['holding a level: 20 % below it', holding, '2025-06-30', 0.4, 'at-risk', 0.2],
    ['holding a level: above it', holding, '2025-06-30', 0.7, 'on-track', -0.4],
  ])('%s', (_name, path, day, value, status, shortfall) => {
    const check = checkFigure(path, day, value);
    expect(check.status).toBe(status);
    expect(check.shortfall).toBeCloseTo(shortfall, 6);
  });

  it('keeps a history of each figure since the baseline, and the latest is the status', () => {
    const points: KpiPoint[] = [
      { at: '2024-12-31', from: '2024-10-01', value: 0.39, n: 10 },
      { at: '2025-03-31', from: '2025-01-01', value: 0.42, n: 10 },
      { at: '2025-06-30', from: '2025-04-01', value: null, n: 0 },
      { at: '2025-09-30', from: '2025-07-01', value: 0.44, n: 10 },
      { at: '2025-12-31', from: '2025-10-01', value: 0.4, n: 10 },
    ];
    const history = statusHistory(rising, points);
    expect(history.map((c) => [c.at, c.status])).toEqual([
      ['2025-03-31', 'on-track'],
      ['2025-09-30', 'at-risk'],
      ['2025-12-31', 'off-track'],
    ]);
    expect(currentStatus(rising, points)?.status).toBe('off-track');
    expect(currentStatus(rising, [])).toBeNull();
  });
});

describe('figureAt (a baseline from the data)', () => {
  const quarters: KpiPoint[] = [
    { at: '2025-03-31', from: '2025-01-01', value: 0.2, n: 5 },
    { at: '2025-06-30', from: '2025-04-01', value: 0.3, n: 5 },
  ];
  it('takes the figure of the quarter holding the day', () => {
    expect(figureAt(quarters, '2025-05-14')?.value).toBe(0.3);
    expect(figureAt(quarters, '2025-01-01')?.value).toBe(0.2);
  });
  it('takes the latest figure before a day no period holds, and none before the first', () => {
    expect(figureAt(quarters, '2025-08-01')?.value).toBe(0.3);
    expect(figureAt(quarters, '2024-12-31')).toBeNull();
    const waves: KpiPoint[] = [{ at: '2025-03-15', value: 0.7, n: 40 }, { at: '2025-09-15', value: 0.8, n: 42 }];
    expect(figureAt(waves, '2025-09-14')?.value).toBe(0.7);
  });
});

describe('the KPI catalogue', () => {
  const network = (figures: Partial<NetworkMetrics>) => ({ organisations: 4, ...figures }) as NetworkMetrics;
  const catalogue = () =>
    new KpiCatalogue().register(
      networkKpiSource(
        async (filter) =>
          filter.discipline === 'dance'
            ? []
            : [
                { from: '2025-01-01', to: '2025-03-31', network: network({ jointProjectShare: 0.25 }) },
                { from: '2025-04-01', to: '2025-06-30', network: network({ jointProjectShare: 0.5 }) },
              ],
        () => '2025-05-10',
      ),
    );

  it('answers a network KPI per quarter, the quarter under way dated today', async () => {
    expect(await catalogue().series('jointProjectShare')).toEqual([
      { at: '2025-03-31', from: '2025-01-01', value: 0.25, n: 4 },
      { at: '2025-05-10', from: '2025-04-01', value: 0.5, n: 4 },
    ]);
    expect(await catalogue().series('jointProjectShare', { discipline: 'dance' })).toEqual([]);
  });

  it('registers the evaluation waves’ four KPIs from a series function of the agreed shape', async () => {
    const asked: unknown[] = [];
    const c = catalogue().register(
      evaluationKpiSource(async (kpi, filter) => {
        asked.push([kpi, filter]);
        return [{ at: '2025-06-20T10:00:00.000Z', value: 3.2, n: 17 }];
      }),
    );
    expect(c.list().map((k) => k.id)).toEqual(expect.arrayContaining(['responseRate', 'meanTrust', 'meanValue', 'satisfaction', 'density']));
    expect(await c.series('meanTrust', { groupId: 'g1' })).toEqual([{ at: '2025-06-20', value: 3.2, n: 17 }]);
    expect(asked).toEqual([['meanTrust', { groupId: 'g1' }]]);
  });

  it('refuses an unknown KPI and a KPI registered twice', async () => {
    await expect(catalogue().series('happiness')).rejects.toThrow(/No KPI "happiness"/);
    expect(() => catalogue().register(networkKpiSource(async () => [], () => '2025-01-01'))).toThrow(/registered twice/);
  });
});

describe('attendance by quarter', () => {
  it('sums present over invited of the meetings whose attendance was taken', () => {
    const meeting = (day: string, invited: string[], present: string[]) => ({
      meetingId: day,
      title: day,
      startsAt: `${day}T19:00`,
      day,
      invited,
      records: present.map((organisationId) => ({ organisationId, status: 'present' as const })),
    });
    const points = attendanceByQuarter(
      [
        meeting('2025-01-10', ['a', 'b', 'c', 'd'], ['a', 'b', 'c']),
        meeting('2025-02-10', ['a', 'b'], ['a']),
        meeting('2025-03-10', ['a', 'b'], []), // never taken: counts for nothing
        meeting('2025-04-10', ['a', 'b', 'c', 'd'], ['d']),
      ],
      '2025-05-01',
    );
    expect(points).toEqual([
      { at: '2025-03-31', from: '2025-01-01', value: 4 / 6, n: 6 },
      { at: '2025-05-01', from: '2025-04-01', value: 1 / 4, n: 4 },
    ]);
  });
});

describe('period changes', () => {
  const org = (id: string, degree: number, betweenness: number, betweennessRank: number) => ({ id, degree, betweenness, betweennessRank }) as OrganisationMetrics;
  it('names new brokers and newly isolated members measured in both periods', () => {
    const before = [org('a', 3, 0.5, 1), org('b', 1, 0, 3), org('c', 2, 0.1, 2), org('d', 0, 0, 3)];
    const after = [org('a', 3, 0.4, 1), org('b', 2, 0.2, 2), org('c', 0, 0, 3), org('d', 0, 0, 3), org('e', 4, 0.3, 1)];
    expect(periodChanges(after, before, 2)).toEqual({ newBrokers: [{ id: 'b', rank: 2 }], newlyIsolated: ['c'] });
  });
});
