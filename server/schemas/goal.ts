// Strategy goals and the KPI catalogue as the API answers them (issue 12, parts 4-6).
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { GOAL_STATUSES } from '../domain/goal.ts';
import { DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import { IsoDateSchema, StoredFields, StringEnum, UuidSchema } from './common.ts';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const KPI_UNITS = ['share', 'count', 'number'] as const;
export const KpiIdSchema = Type.String({ pattern: '^[a-z][A-Za-z]{1,59}$', description: 'A KPI of the catalogue (GET /api/kpis)' });

export const KpiSchema = Type.Object({
  id: Type.String(),
  source: Type.String({ description: 'What it is read from: network (the metrics engine), attendance, evaluation (waves)…' }),
  unit: StringEnum(KPI_UNITS, { description: 'share: 0 to 1, shown as a percentage' }),
  higherIsBetter: Type.Boolean(),
  filters: Type.Array(Type.String(), { description: 'Filters it can be measured with' }),
});
export type Kpi = Static<typeof KpiSchema>;

export const KpiPointSchema = Type.Object({
  at: IsoDateSchema,
  from: Type.Optional(IsoDateSchema),
  value: nullable(Type.Number()),
  n: Type.Integer({ description: 'How many it was computed from (organisations, invitations, answers)' }),
});
export type KpiPointShape = Static<typeof KpiPointSchema>;

/** The filters of a KPI as queries take them. */
export const KpiFilterQuery = {
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only organisations working in this discipline' })),
  workingGroup: Type.Optional(Type.String({ format: 'uuid', description: 'Only the members (or meetings) of this working group' })),
};

export const KpiFiltersSchema = Type.Object({ discipline: nullable(Type.String()), workingGroup: nullable(Type.String()) });
export type KpiFilters = Static<typeof KpiFiltersSchema>;

export const KpiParams = Type.Object({ kpi: KpiIdSchema });
export const KpiSeriesQuerySchema = Type.Object(KpiFilterQuery);
export type KpiSeriesQuery = Static<typeof KpiSeriesQuerySchema>;

export const KpiSeriesSchema = Type.Object({ kpi: KpiSchema, filters: KpiFiltersSchema, points: Type.Array(KpiPointSchema) });
export type KpiSeries = Static<typeof KpiSeriesSchema>;

export const GoalInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 2, maxLength: 200 }),
    note: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
    kpi: KpiIdSchema,
    discipline: Type.Optional(nullable(StringEnum(DISCIPLINE_IDS))),
    workingGroupId: Type.Optional(nullable(UuidSchema)),
    baselineDate: Type.String({ format: 'date', description: 'The baseline is the KPI’s figure on this day (that of its quarter, or the latest before)' }),
    target: Type.Number({ minimum: -1e9, maximum: 1e9, description: 'The value to reach by the deadline (a share as 0 to 1)' }),
    deadline: Type.String({ format: 'date', description: 'YYYY-MM-DD, after the baseline date' }),
  },
  { additionalProperties: false },
);
export type GoalInput = Static<typeof GoalInputSchema>;

export const GoalUpdateSchema = Type.Composite(
  [GoalInputSchema, Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) })],
  { additionalProperties: false },
);

export const GoalCheckSchema = Type.Object({
  at: IsoDateSchema,
  value: Type.Number(),
  expected: Type.Number({ description: 'Where the straight path from baseline to target stands that day' }),
  progress: nullable(Type.Number({ description: 'Share of the way from baseline to target covered (1: reached)' })),
  shortfall: Type.Number({ description: 'Share of the way behind the path (negative: ahead)' }),
  status: StringEnum(GOAL_STATUSES),
});
export type GoalCheckShape = Static<typeof GoalCheckSchema>;

export const GoalSchema = Type.Object({
  id: UuidSchema,
  title: Type.String(),
  note: nullable(Type.String()),
  kpi: Type.String(),
  unit: StringEnum(KPI_UNITS),
  discipline: nullable(Type.String()),
  workingGroupId: nullable(Type.String()),
  workingGroup: nullable(Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() })),
  baselineDate: IsoDateSchema,
  baselineValue: Type.Number(),
  target: Type.Number(),
  deadline: IsoDateSchema,
  status: nullable(StringEnum(GOAL_STATUSES, { description: 'null: no figure since the baseline yet' })),
  current: nullable(GoalCheckSchema),
  ...StoredFields,
});
export type Goal = Static<typeof GoalSchema>;

export const GoalRuleSchema = Type.Object({
  onTrackTolerance: Type.Number(),
  atRiskTolerance: Type.Number(),
});

export const GoalDetailSchema = Type.Composite([
  GoalSchema,
  Type.Object({
    points: Type.Array(KpiPointSchema, { description: 'The KPI’s whole series under the goal’s filter' }),
    history: Type.Array(GoalCheckSchema, { description: 'Each figure since the baseline with its status, oldest first' }),
    rule: GoalRuleSchema,
  }),
]);
export type GoalDetail = Static<typeof GoalDetailSchema>;

export const GoalListQuerySchema = Type.Object({
  status: Type.Optional(StringEnum(GOAL_STATUSES)),
  kpi: Type.Optional(KpiIdSchema),
});
export type GoalListQuery = Static<typeof GoalListQuerySchema>;

export const GoalListSchema = Type.Object({ items: Type.Array(GoalSchema), rule: GoalRuleSchema });

// ---- The leadership overview ---------------------------------------------------------------------

const OrganisationRef = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() });

export const HeadlineKpiSchema = Type.Object({
  kpi: KpiSchema,
  points: Type.Array(KpiPointSchema, { description: 'The latest quarters, oldest first (the sparkline)' }),
  latest: nullable(KpiPointSchema),
  change: nullable(Type.Number({ description: 'Latest against the figure before it' })),
  goal: nullable(Type.Object({ id: Type.String(), title: Type.String(), status: nullable(StringEnum(GOAL_STATUSES)) })),
});

export const StrategyOverviewSchema = Type.Object({
  headline: Type.Array(HeadlineKpiSchema),
  goals: Type.Array(GoalSchema),
  changes: Type.Object({
    period: nullable(Type.String({ description: 'The latest closed quarter' })),
    previousPeriod: nullable(Type.String()),
    brokerTop: Type.Integer({ description: 'A broker is among this many highest betweenness' }),
    newBrokers: Type.Array(Type.Composite([OrganisationRef, Type.Object({ rank: Type.Integer() })])),
    newlyIsolated: Type.Array(OrganisationRef),
    groups: Type.Array(
      Type.Composite([OrganisationRef, Type.Object({ members: Type.Integer(), membersBefore: Type.Integer(), change: Type.Integer() })]),
      { description: 'Groups whose membership changed between the two quarters’ last days, largest change first' },
    ),
  }),
});
export type StrategyOverview = Static<typeof StrategyOverviewSchema>;
