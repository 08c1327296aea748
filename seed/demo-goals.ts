// The demo's strategy goals: four goals on KPIs of the demo city, one on track, one at risk, one off
// track, and one more on track. Their baselines are the city's own figures a year before its "today",
// and each target is chosen from the city's figure today so that the status rule (see
// server/analytics/kpis/goal-status.ts) puts the goal in the middle of its band on that day.
// Deterministic: the same city and day give the same goals. Written without audit events (the demo is
// not a change by anyone).
import { randomUUID } from 'node:crypto';
import { periodOf } from '../server/analytics/collaboration-network.ts';
import { periodInputs } from '../server/analytics/metrics-history.ts';
import { computeMetrics } from '../server/analytics/metrics/compute-metrics.ts';
import type { NetworkMetrics } from '../server/analytics/metrics/types.ts';
import { attendanceByQuarter, elapsedShare, figureAt, ON_TRACK_TOLERANCE, AT_RISK_TOLERANCE, type GoalStatus, type KpiPoint } from '../server/analytics/kpis/index.ts';
import type { Database } from '../server/repositories/database.ts';
import { createGoals, GoalRepository } from '../server/repositories/goal-repository.ts';
import { MetricsRepository } from '../server/repositories/metrics-repository.ts';
import { NetworkRepository } from '../server/repositories/network-repository.ts';
import type { GoalInput } from '../server/schemas/goal.ts';

/** Where in its band each demo goal sits: shortfall behind the path, in shares of the way. */
const SHORTFALL: Record<GoalStatus, number> = {
  'on-track': ON_TRACK_TOLERANCE - 0.15,
  'at-risk': (ON_TRACK_TOLERANCE + AT_RISK_TOLERANCE) / 2,
  'off-track': AT_RISK_TOLERANCE + 0.35,
};

interface DemoGoal {
  title: string;
  note: string;
  kpi: 'jointProjectShare' | 'isolatedShare' | 'crossDisciplineShare' | 'attendanceRate';
  status: GoalStatus;
}

const DEMO_GOALS: DemoGoal[] = [
  { title: 'Half of the members in a joint project', note: 'Roadmap step 4: more partnerships and joint projects.', kpi: 'jointProjectShare', status: 'on-track' },
  { title: 'Fewer isolated members', note: 'Every member should work with at least one other.', kpi: 'isolatedShare', status: 'at-risk' },
  { title: 'More ties across disciplines', note: 'Interdisciplinary events and workshops.', kpi: 'crossDisciplineShare', status: 'off-track' },
  { title: 'Members come to their groups’ meetings', note: 'Roadmap step 3: regular meetings of the working groups.', kpi: 'attendanceRate', status: 'on-track' },
];

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The target that puts a goal `shortfall` behind its path when the figure is `current` on a day
 * `elapsed` of the way from baseline to deadline; null when the figure has not moved (no target does it).
 */
export function targetFor(baseline: number, current: number, elapsed: number, shortfall: number): number | null {
  const progress = elapsed - shortfall;
  if (Math.abs(current - baseline) < 1e-9 || Math.abs(progress) < 1e-6) return null;
  return baseline + (current - baseline) / progress;
}

export async function loadDemoGoals(db: Database, today: string, log: (line: string) => void = () => {}): Promise<number> {
  const [organisations, { activities }] = await Promise.all([new MetricsRepository(db).organisations(), new NetworkRepository(db).load({})]);
  const inputs = periodInputs(organisations, activities, 'quarter', today);
  const networkAt = new Map<string, NetworkMetrics>();
  const network = (day: string): NetworkMetrics | null => {
    const key = periodOf(day, 'quarter').key;
    const p = inputs.find((i) => i.period.key === key);
    if (!p) return null;
    if (!networkAt.has(key)) networkAt.set(key, computeMetrics(p.input, p.previous ? { previous: p.previous } : {}).network);
    return networkAt.get(key)!;
  };
  const attendance: KpiPoint[] = attendanceByQuarter(await new GoalRepository(db).meetingAttendance({}), today);
  const figure = (kpi: DemoGoal['kpi'], day: string): number | null =>
    kpi === 'attendanceRate' ? (figureAt(attendance, day)?.value ?? null) : ((network(day)?.[kpi] as number | null | undefined) ?? null);

  // A year of history behind, a year ahead: the path is about half run.
  const baselineDate = periodOf(addDays(today, -365), 'quarter').from;
  const deadline = addDays(baselineDate, 2 * 365 + 1);
  const elapsed = elapsedShare({ baselineDate, deadline }, today);
  const rows: { id: string; input: GoalInput; baselineValue: number }[] = [];
  for (const goal of DEMO_GOALS) {
    const baseline = figure(goal.kpi, baselineDate);
    const current = figure(goal.kpi, today);
    if (baseline === null || current === null) continue;
    const target = targetFor(baseline, current, elapsed, SHORTFALL[goal.status]);
    if (target === null) continue;
    rows.push({ id: randomUUID(), baselineValue: baseline, input: { title: goal.title, note: goal.note, kpi: goal.kpi, baselineDate, target: round(target), deadline } });
  }
  await db.write((tx) => createGoals(tx, rows));
  log(`  goals ${rows.length}`);
  return rows.length;
}
