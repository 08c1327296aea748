// The demo's strategy goals, loaded as `npm start` loads the demo (the city's "today" is today): four
// goals, one on track, one at risk, one off track and one more on track, as the app states them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../seed/demo.ts';
import { targetFor } from '../../seed/demo-goals.ts';
import { checkFigure } from '../../server/analytics/kpis/goal-status.ts';
import { brusselsToday } from '../../server/domain/council-time.ts';
import type { Goal } from '../../server/schemas/goal.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole } from '../helpers/auth.ts';

let app: FastifyInstance;

beforeAll(async () => {
  app = await buildTestApp();
  await loadDemo(app.db, app.users, { until: brusselsToday() });
}, 300_000);
afterAll(async () => app?.close());

describe('targetFor', () => {
  it.each([
    [0.4, 0.5, 0.5, 0],
    [0.4, 0.5, 0.5, 0.175],
    [0.3, 0.2, 0.5, 0.6],
  ])('puts a goal from %f now at %f, %f of the time gone, %f behind its path', (baseline, current, elapsed, shortfall) => {
    const target = targetFor(baseline, current, elapsed, shortfall)!;
    const path = { baselineDate: '2025-01-01', baselineValue: baseline, target, deadline: '2027-01-01', higherIsBetter: true };
    expect(checkFigure(path, '2026-01-01', current).shortfall).toBeCloseTo(shortfall + (0.5 - 365 / 730), 9);
  });

  it('has no answer when the figure has not moved', () => {
    expect(targetFor(0.4, 0.4, 0.5, 0.1)).toBeNull();
  });
});

describe('the demo goals', () => {
  it('are four, one on track, one at risk, one off track and one more, each with its history', async () => {
    const strategist = await asRole(app, 'strategist');
    const goals = ((await strategist.inject('/api/goals')).json() as { items: Goal[] }).items;
    expect(goals.map((g) => g.status).sort()).toEqual(['at-risk', 'off-track', 'on-track', 'on-track']);
    expect(goals.map((g) => g.kpi).sort()).toEqual(['attendanceRate', 'crossDisciplineShare', 'isolatedShare', 'jointProjectShare']);
    // Nobody wrote them: the demo records no audit events.
    expect((await (await asRole(app, 'admin')).inject('/api/audit?entityType=goal')).json().total).toBe(0);
  }, 120_000);
});
