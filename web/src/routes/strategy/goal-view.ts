// What the strategy pages share: the statuses, a goal's trend as chart series (its figures and the
// straight path from baseline to target), and a KPI's label key. Pure.
import type { GoalDetail } from '../../../../server/schemas/goal.ts';
import type { TrendSeries } from '../../lib/trend-chart.ts';

export const GOAL_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type GoalStatusCode = (typeof GOAL_STATUSES)[number];

const DAY = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;

/**
 * The days of a goal's chart: the baseline, each figure since, and the deadline; the figures in one
 * series and the path (where a straight line from baseline to target stands that day) in another.
 */
export function goalTrend(goal: Pick<GoalDetail, 'baselineDate' | 'baselineValue' | 'target' | 'deadline' | 'points'>, labels: { actual: string; path: string }): { days: string[]; series: TrendSeries[] } {
  const figures = new Map<string, number | null>();
  for (const p of goal.points) if (p.at >= goal.baselineDate) figures.set(p.at, p.value);
  const days = [...new Set([goal.baselineDate, ...figures.keys(), goal.deadline])].sort();
  const span = dayNumber(goal.deadline) - dayNumber(goal.baselineDate);
  const path = (day: string) => {
    const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(goal.baselineDate)) / span));
    return goal.baselineValue + (goal.target - goal.baselineValue) * share;
  };
  return {
    days,
    series: [
      { key: 'actual', label: labels.actual, values: days.map((d) => (d === goal.baselineDate && !figures.has(d) ? goal.baselineValue : (figures.get(d) ?? null))) },
      { key: 'path', label: labels.path, values: days.map(path) },
    ],
  };
}
