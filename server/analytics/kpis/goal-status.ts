// A strategy goal's status, from the data. The rule: the goal draws a straight path from its baseline
// (the KPI's figure on the baseline date) to its target on the deadline. A figure is compared with
// where that path stands on the figure's day, in shares of the whole way from baseline to target:
//   - on track:  no more than ON_TRACK_TOLERANCE (10 %) of the way behind the path;
//   - at risk:   behind by more than that, up to AT_RISK_TOLERANCE (25 %) of the way;
//   - off track: further behind.
// On and after the deadline the path stands at the target. A goal whose target equals its baseline
// (hold a level) counts its tolerances in shares of the baseline itself (of 1 when it is 0), in the
// KPI's better direction. Without any figure since the baseline, there is no status.
// Pure: no clock, no I/O.
import { GOAL_STATUSES, type GoalStatus } from '../../domain/goal.ts';
import type { KpiPoint } from './catalogue.ts';

export { GOAL_STATUSES, type GoalStatus };

export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.25;

export interface GoalPath {
  baselineDate: string;
  baselineValue: number;
  target: number;
  deadline: string;
  /** Used only when target equals baseline: which way is better. */
  higherIsBetter: boolean;
}

export interface GoalCheck {
  at: string;
  value: number;
  /** Where the straight path stands on that day. */
  expected: number;
  /** How far the figure has come, in shares of the way (1 = target reached); null when target equals baseline. */
  progress: number | null;
  /** How far behind the path, in shares of the way (negative: ahead). */
  shortfall: number;
  status: GoalStatus;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The share of the time from baseline to deadline elapsed on `day`, within [0, 1]. */
export function elapsedShare(path: Pick<GoalPath, 'baselineDate' | 'deadline'>, day: string): number {
  const span = dayNumber(path.deadline) - dayNumber(path.baselineDate);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(path.baselineDate)) / span));
}

/** Where the path stands on `day`. */
export function expectedValue(path: GoalPath, day: string): number {
  return path.baselineValue + (path.target - path.baselineValue) * elapsedShare(path, day);
}

export function statusOfShortfall(shortfall: number): GoalStatus {
  // A hair of floating-point error must not tip a figure exactly on a band's edge.
  const s = Math.round(shortfall * 1e9) / 1e9;
  if (s <= ON_TRACK_TOLERANCE) return 'on-track';
  if (s <= AT_RISK_TOLERANCE) return 'at-risk';
  return 'off-track';
}

/** One figure checked against the path. */
export function checkFigure(path: GoalPath, at: string, value: number): GoalCheck {
  const expected = expectedValue(path, at);
  const way = path.target - path.baselineValue;
  if (way === 0) {
    const scale = Math.abs(path.baselineValue) || 1;
    const behind = (path.higherIsBetter ? path.target - value : value - path.target) / scale;
    return { at, value, expected, progress: null, shortfall: behind, status: statusOfShortfall(behind) };
  }
  const progress = (value - path.baselineValue) / way;
  const shortfall = elapsedShare(path, at) - progress;
  return { at, value, expected, progress, shortfall, status: statusOfShortfall(shortfall) };
}

/** Every figure from the baseline date on, checked: the goal's status history, oldest first. */
export function statusHistory(path: GoalPath, points: readonly KpiPoint[]): GoalCheck[] {
  return points
    .filter((p): p is KpiPoint & { value: number } => p.value !== null && Number.isFinite(p.value) && p.at >= path.baselineDate)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((p) => checkFigure(path, p.at, p.value));
}

/** The goal's status now: that of its latest figure; null without any figure since the baseline. */
export function currentStatus(path: GoalPath, points: readonly KpiPoint[]): GoalCheck | null {
  return statusHistory(path, points).at(-1) ?? null;
}
