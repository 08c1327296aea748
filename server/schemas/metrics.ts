// The metrics API (issue 10): network figures per period, the per-organisation table of a period,
// one organisation's figures over time, their exports, and the background recomputation. Field
// names of the engine (server/analytics/metrics/types.ts) are reused as they are.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { COMMUNE_IDS, DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import { IsoDateSchema, IsoDateTimeSchema, PageSchema, PagingQuerySchema, StringEnum } from './common.ts';
import { TIE_KINDS } from './network.ts';

export const GRANULARITIES = ['quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// ---- Filters ---------------------------------------------------------------------------------------

/** The subset of the network measured; every filter given must hold. */
export const MetricsFilterQuery = {
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only organisations working in this discipline (main or not)' })),
  workingGroup: Type.Optional(Type.String({ format: 'uuid', description: 'Only the members of this working group during the period' })),
  commune: Type.Optional(StringEnum(COMMUNE_IDS, { description: 'Only organisations in this commune' })),
  tie: Type.Optional(
    Type.Array(StringEnum(TIE_KINDS), {
      description: 'Kinds of tie counted: one, several comma-separated (tie=project,group) or repeated; all when missing',
    }),
  ),
};

export const GranularityQuery = {
  granularity: Type.Optional(StringEnum(GRANULARITIES, { description: 'Calendar quarters (default) or years' })),
};

/** The filters in force, as the answer and every export repeat them (missing filters are null). */
export const MetricsFiltersSchema = Type.Object({
  discipline: nullable(Type.String()),
  workingGroup: nullable(Type.String()),
  commune: nullable(Type.String()),
  tie: nullable(Type.Array(Type.String())),
});
export type MetricsFilters = Static<typeof MetricsFiltersSchema>;

// ---- Engine shapes -----------------------------------------------------------------------------------

export const CentralityMethodSchema = Type.Object({
  method: StringEnum(['exact', 'sampled'] as const),
  samples: nullable(Type.Integer()),
  exactUpTo: Type.Integer(),
});

export const NetworkMetricsSchema = Type.Object({
  organisations: Type.Integer(),
  ties: Type.Integer(),
  density: Type.Number(),
  meanDegree: Type.Number(),
  degreeDistribution: Type.Array(Type.Object({ degree: Type.Integer(), organisations: Type.Integer() })),
  isolated: Type.Integer(),
  isolatedShare: Type.Number(),
  components: Type.Integer(),
  largestComponentSize: Type.Integer(),
  largestComponentShare: Type.Number(),
  averageClustering: Type.Number(),
  transitivity: Type.Number(),
  communities: Type.Integer(),
  modularity: Type.Number(),
  crossDisciplineShare: nullable(Type.Number()),
  eiIndex: nullable(Type.Number()),
  newTies: nullable(Type.Integer({ description: 'Ties absent from the previous period; null for the first period' })),
  lastingTies: nullable(Type.Integer()),
  lostTies: nullable(Type.Integer()),
  jointProjectShare: Type.Number(),
  centrality: CentralityMethodSchema,
});

const organisationMetricFields = {
  id: Type.String(),
  degree: Type.Integer(),
  weightedDegree: Type.Number(),
  betweenness: Type.Number(),
  betweennessRank: Type.Integer(),
  closeness: Type.Number(),
  clustering: Type.Number(),
  community: Type.Integer(),
  disciplinesConnected: Type.Integer(),
  newTies: nullable(Type.Integer()),
};
export const OrganisationMetricsSchema = Type.Object(organisationMetricFields);

// ---- GET /api/metrics ------------------------------------------------------------------------------

export const MetricsQuerySchema = Type.Object({
  ...GranularityQuery,
  from: Type.Optional(IsoDateSchema),
  to: Type.Optional(IsoDateSchema),
  ...MetricsFilterQuery,
});
export type MetricsQuery = Static<typeof MetricsQuerySchema>;

const periodFields = {
  period: Type.String({ description: 'Quarter 2025-Q3 or year 2025' }),
  from: IsoDateSchema,
  to: IsoDateSchema,
  closed: Type.Boolean({ description: 'The period is over (its figures are kept as computed)' }),
};

export const MetricsPeriodSchema = Type.Object({
  ...periodFields,
  computedAt: IsoDateTimeSchema,
  tieModelVersion: Type.Integer(),
  stale: Type.Boolean({ description: 'A closed period whose data changed after it was computed (kept as reported)' }),
  network: NetworkMetricsSchema,
});
export type MetricsPeriod = Static<typeof MetricsPeriodSchema>;

export const MetricsHistorySchema = Type.Object({
  filters: MetricsFiltersSchema,
  granularity: StringEnum(GRANULARITIES),
  tieModelVersion: Type.Integer(),
  periods: Type.Array(MetricsPeriodSchema),
});
export type MetricsHistory = Static<typeof MetricsHistorySchema>;

// ---- GET /api/metrics/organisations ------------------------------------------------------------

/** One organisation's figures in a period: the table's columns after its name, and the CSV's. */
export const ORGANISATION_FIGURES = [
  'degree',
  'weightedDegree',
  'betweenness',
  'betweennessRank',
  'closeness',
  'clustering',
  'community',
  'disciplinesConnected',
  'newTies',
] as const;

export const ORGANISATION_METRICS_SORTS = ['name', ...ORGANISATION_FIGURES] as const;
export type OrganisationMetricsSort = (typeof ORGANISATION_METRICS_SORTS)[number];

export const OrganisationMetricsQuerySchema = Type.Object({
  period: Type.Optional(Type.String({ pattern: '^\\d{4}(-Q[1-4])?$', description: 'Period key, 2025-Q3 or 2025; the latest (open) period when missing' })),
  ...GranularityQuery,
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Part of the organisation name' })),
  sort: Type.Optional(StringEnum(ORGANISATION_METRICS_SORTS, { description: 'Column to sort by (default betweenness)' })),
  order: Type.Optional(StringEnum(['asc', 'desc'] as const, { description: 'Default desc, asc for name' })),
  ...PagingQuerySchema,
  ...MetricsFilterQuery,
});
export type OrganisationMetricsQuery = Static<typeof OrganisationMetricsQuerySchema>;

export const OrganisationMetricsRowSchema = Type.Object({
  ...organisationMetricFields,
  name: Type.String(),
  slug: Type.String(),
  mainDiscipline: nullable(Type.String()),
  commune: nullable(Type.String()),
});
export type OrganisationMetricsRow = Static<typeof OrganisationMetricsRowSchema>;

export const OrganisationMetricsPageSchema = Type.Intersect([
  PageSchema(OrganisationMetricsRowSchema),
  Type.Object({
    filters: MetricsFiltersSchema,
    granularity: StringEnum(GRANULARITIES),
    period: nullable(Type.Object(periodFields)),
  }),
]);
export type OrganisationMetricsPage = Static<typeof OrganisationMetricsPageSchema>;

// ---- GET /api/organisations/:id/metrics --------------------------------------------------------

export const OrganisationHistoryQuerySchema = Type.Object({ ...GranularityQuery });
export type OrganisationHistoryQuery = Static<typeof OrganisationHistoryQuerySchema>;

export const OrganisationHistoryPeriodSchema = Type.Object({
  ...periodFields,
  ...organisationMetricFields,
  organisations: Type.Integer({ description: 'Organisations in the network that period (to read a rank as "3rd of 140")' }),
});

export const OrganisationHistorySchema = Type.Object({
  organisation: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
  granularity: StringEnum(GRANULARITIES),
  tieModelVersion: Type.Integer(),
  periods: Type.Array(OrganisationHistoryPeriodSchema),
});
export type OrganisationHistory = Static<typeof OrganisationHistorySchema>;

// ---- Status and recompute ----------------------------------------------------------------------

export const MetricsStatusSchema = Type.Object({
  running: Type.Boolean(),
  done: Type.Integer({ description: 'Periods computed so far in the current (or last) run' }),
  total: Type.Integer(),
  startedAt: nullable(IsoDateTimeSchema),
  finishedAt: nullable(IsoDateTimeSchema),
  holder: nullable(Type.String({ description: 'The app instance running it' })),
  lastError: nullable(Type.String()),
});
export type MetricsStatus = Static<typeof MetricsStatusSchema>;

export const RecomputeBodySchema = Type.Object({}, { additionalProperties: false });
