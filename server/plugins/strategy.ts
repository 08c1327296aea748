// Strategy: the KPI catalogue (its sources registered here), goals with their status from the data,
// and the leadership overview. Goals are stored by the goal repository; their figures come from the
// catalogue, so a goal's baseline, trend and status read the same series the charts show.
import fp from 'fastify-plugin';
import type { NetworkMetrics, OrganisationMetrics } from '../analytics/metrics/types.ts';
import {
  AT_RISK_TOLERANCE,
  attendanceKpiSource,
  currentStatus,
  evaluationKpiSource,
  type EvaluationSeries,
  figureAt,
  KpiCatalogue,
  networkKpiSource,
  ON_TRACK_TOLERANCE,
  statusHistory,
  type KpiFilter,
  type KpiPoint,
} from '../analytics/kpis/index.ts';
import { BROKER_TOP, periodChanges } from '../analytics/period-changes.ts';
import type { ChangeContext } from '../domain/actor.ts';
import { assertValid, InvalidInputError } from '../domain/errors.ts';
import { goalErrors } from '../domain/goal.ts';
import type { GoalRepository, StoredGoal } from '../repositories/goal-repository.ts';
import type { Goal, GoalDetail, GoalInput, GoalListQuery, Kpi, KpiSeries, StrategyOverview } from '../schemas/goal.ts';
import { seriesKey, snapshotKey, type MetricsService } from './metrics.ts';

export const GOAL_RULE = { onTrackTolerance: ON_TRACK_TOLERANCE, atRiskTolerance: AT_RISK_TOLERANCE } as const;
/** The KPIs the leadership overview always shows, before those of the goals. */
export const HEADLINE_KPIS = ['jointProjectShare', 'crossDisciplineShare', 'isolatedShare', 'attendanceRate'] as const;
const HEADLINE_MAX = 6;
const SPARKLINE_POINTS = 8;

export const goalFilter = (goal: { discipline?: string | null; workingGroupId?: string | null }): KpiFilter => ({
  ...(goal.discipline ? { discipline: goal.discipline } : {}),
  ...(goal.workingGroupId ? { groupId: goal.workingGroupId } : {}),
});

const invalid = (field: string, code: string, message: string) => new InvalidInputError(code, message, [{ field, code, message }]);

export class StrategyService {
  readonly catalogue = new KpiCatalogue();

  constructor(
    private readonly goals: GoalRepository,
    private readonly metrics: MetricsService,
    evaluationSeries: EvaluationSeries,
  ) {
    const today = () => this.metrics.today();
    this.catalogue.register(
      networkKpiSource(async (filter) => {
        const heads = await this.metrics.history({ discipline: filter.discipline ?? null, workingGroup: filter.groupId ?? null }, 'quarter');
        return heads.map((h) => ({ from: h.from, to: h.to, network: JSON.parse(h.network) as NetworkMetrics }));
      }, today),
    );
    this.catalogue.register(attendanceKpiSource((filter) => this.goals.meetingAttendance(filter), today));
    this.catalogue.register(evaluationKpiSource(evaluationSeries));
  }

  today(): string {
    return this.metrics.today();
  }

  kpis(): Kpi[] {
    return this.catalogue.list().map((k) => ({ ...k, filters: [...k.filters] }));
  }

  kpi(id: string): Kpi {
    if (!this.catalogue.has(id)) throw invalid('kpi', 'unknown-kpi', `No KPI "${id}" in the catalogue.`);
    const k = this.catalogue.definition(id);
    return { ...k, filters: [...k.filters] };
  }

  async series(kpi: string, filter: KpiFilter): Promise<KpiSeries> {
    const definition = this.kpi(kpi);
    return {
      kpi: definition,
      filters: { discipline: filter.discipline ?? null, workingGroup: filter.groupId ?? null },
      points: await this.catalogue.series(kpi, filter),
    };
  }

  private withStatus(goal: StoredGoal, points: readonly KpiPoint[]): Goal {
    const definition = this.catalogue.has(goal.kpi) ? this.catalogue.definition(goal.kpi) : null;
    const current = currentStatus({ ...goal, higherIsBetter: definition?.higherIsBetter ?? true }, points);
    return { ...goal, unit: definition?.unit ?? 'number', status: current?.status ?? null, current };
  }

  /** A goal's KPI series; a KPI no longer in the catalogue has none (the goal keeps its stored figures). */
  private async pointsOf(goal: StoredGoal): Promise<KpiPoint[]> {
    return this.catalogue.has(goal.kpi) ? this.catalogue.series(goal.kpi, goalFilter(goal)) : [];
  }

  async list(query: GoalListQuery = {}): Promise<Goal[]> {
    const stored = (await this.goals.list()).filter((g) => !query.kpi || g.kpi === query.kpi);
    const goals = await Promise.all(stored.map(async (g) => this.withStatus(g, await this.pointsOf(g))));
    return goals.filter((g) => !query.status || g.status === query.status);
  }

  async get(id: string): Promise<GoalDetail> {
    const stored = await this.goals.get(id);
    const points = await this.pointsOf(stored);
    const higherIsBetter = this.catalogue.has(stored.kpi) ? this.catalogue.definition(stored.kpi).higherIsBetter : true;
    return { ...this.withStatus(stored, points), points, history: statusHistory({ ...stored, higherIsBetter }, points), rule: { ...GOAL_RULE } };
  }

  /** The KPI's figure on the baseline day, or a 400 naming the field at fault. */
  private async baselineOf(input: GoalInput): Promise<number> {
    const definition = this.kpi(input.kpi);
    if (input.discipline && !definition.filters.includes('discipline')) throw invalid('discipline', 'filter-not-supported', `The KPI "${input.kpi}" cannot be filtered by discipline.`);
    if (input.workingGroupId && !definition.filters.includes('groupId')) throw invalid('workingGroupId', 'filter-not-supported', `The KPI "${input.kpi}" cannot be filtered by working group.`);
    // Before any figure is read: a filtered view is computed and kept on its first read.
    assertValid(goalErrors(input));
    await this.goals.checkFilter(input);
    if (input.baselineDate > this.today()) throw invalid('baselineDate', 'baseline-in-future', 'The baseline date must be today or earlier: the baseline is taken from the data.');
    const figure = figureAt(await this.catalogue.series(input.kpi, goalFilter(input)), input.baselineDate);
    if (!figure || figure.value === null) throw invalid('baselineDate', 'no-baseline', 'The KPI has no figure on or before the baseline date under this filter; pick a later date.');
    return figure.value;
  }

  async create(input: GoalInput, context: ChangeContext): Promise<GoalDetail> {
    const created = await this.goals.create(input, await this.baselineOf(input), context);
    return this.get(created.id);
  }

  async update(id: string, version: number, input: GoalInput, context: ChangeContext): Promise<GoalDetail> {
    await this.goals.update(id, version, input, await this.baselineOf(input), context);
    return this.get(id);
  }

  async delete(id: string, version: number | undefined, context: ChangeContext): Promise<void> {
    await this.goals.delete(id, version, context);
  }

  async restore(id: string, context: ChangeContext): Promise<GoalDetail> {
    await this.goals.restore(id, context);
    return this.get(id);
  }

  /** The leadership overview: headline KPIs with their sparklines and goals, and the biggest changes of the last closed quarter. */
  async overview(): Promise<StrategyOverview> {
    const goals = await this.list();
    const kpis: string[] = [...HEADLINE_KPIS];
    for (const goal of goals) if (!goal.discipline && !goal.workingGroupId && !kpis.includes(goal.kpi) && this.catalogue.has(goal.kpi)) kpis.push(goal.kpi);
    const headline = await Promise.all(
      kpis.slice(0, HEADLINE_MAX).map(async (id) => {
        const all = (await this.catalogue.series(id, {})).filter((p) => p.value !== null);
        const points = all.slice(-SPARKLINE_POINTS);
        const latest = points.at(-1) ?? null;
        const before = points.at(-2) ?? null;
        const goal = goals.find((g) => g.kpi === id && !g.discipline && !g.workingGroupId) ?? null;
        return {
          kpi: this.kpi(id),
          points,
          latest,
          change: latest?.value != null && before?.value != null ? latest.value - before.value : null,
          goal: goal ? { id: goal.id, title: goal.title, status: goal.status } : null,
        };
      }),
    );
    return { headline, goals, changes: await this.changes() };
  }

  private async changes(): Promise<StrategyOverview['changes']> {
    const heads = (await this.metrics.history({}, 'quarter')).filter((h) => h.closed).sort((a, b) => a.period.localeCompare(b.period));
    const [previous, current] = heads.slice(-2);
    const empty = { period: current?.period ?? null, previousPeriod: previous?.period ?? null, brokerTop: BROKER_TOP, newBrokers: [], newlyIsolated: [], groups: [] };
    if (!previous || !current) return empty;
    const series = seriesKey('all', 'quarter');
    const [now, then, organisations, sizes] = await Promise.all([
      this.metrics.repository.table(snapshotKey(series, current.period)),
      this.metrics.repository.table(snapshotKey(series, previous.period)),
      this.metrics.repository.organisations(),
      this.goals.groupSizes(current.to, previous.to),
    ]);
    const names = new Map(organisations.map((o) => [o.id, { id: o.id, slug: o.slug, name: o.name }]));
    const parse = (t: { organisations: string } | null) => (t ? (JSON.parse(t.organisations) as OrganisationMetrics[]) : []);
    const { newBrokers, newlyIsolated } = periodChanges(parse(now), parse(then));
    return {
      ...empty,
      newBrokers: newBrokers.flatMap((b) => (names.has(b.id) ? [{ ...names.get(b.id)!, rank: b.rank }] : [])),
      newlyIsolated: newlyIsolated.flatMap((id) => (names.has(id) ? [names.get(id)!] : [])).slice(0, 20),
      groups: sizes
        .map((g) => ({ ...g, change: g.members - g.membersBefore }))
        .filter((g) => g.change !== 0)
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name))
        .slice(0, 8),
    };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    strategy: StrategyService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('strategy', new StrategyService(fastify.goals, fastify.metrics, (kpi, filter) => fastify.evaluation.evaluationSeries(kpi, filter)));
  },
  { name: 'strategy', dependencies: ['repositories', 'metrics'] },
);
