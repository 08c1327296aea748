// Evaluation waves as the API takes and answers them: waves, one organisation's answer, results
// (every aggregate under the privacy threshold) and trends.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { DISCIPLINE_IDS } from '../domain/taxonomy.ts';
import { SCORES } from '../analytics/evaluation/questions.ts';
import { IsoDateSchema, StoredFields, StringEnum, UuidSchema } from './common.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const WAVE_STATES = ['scheduled', 'open', 'closed'] as const;
export type WaveState = (typeof WAVE_STATES)[number];

export const WaveInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 2, maxLength: 200 }),
    periodFrom: IsoDateSchema,
    periodTo: IsoDateSchema,
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
    organisationIds: Type.Array(UuidSchema, { minItems: 1, maxItems: 5000, uniqueItems: true, description: 'The member organisations asked' }),
  },
  { additionalProperties: false, description: 'periodFrom–periodTo: the stretch the wave looks back on; opensOn–closesOn: when it can be answered (Brussels days, both included)' },
);
export type WaveInput = Static<typeof WaveInputSchema>;

export const WaveUpdateSchema = Type.Composite([WaveInputSchema, Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });
export type WaveUpdate = Static<typeof WaveUpdateSchema>;

const ResponseRateSchema = Type.Object({
  asked: Type.Integer(),
  answered: Type.Integer({ description: 'Submitted answers (drafts do not count)' }),
  rate: Nullable(Type.Number()),
});

export const WaveSchema = Type.Object({
  id: UuidSchema,
  title: Type.String(),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  state: StringEnum(WAVE_STATES, { description: 'scheduled before opensOn, open until closesOn included, closed after' }),
  organisationIds: Type.Array(Type.String(), { description: 'Asked organisations (analysts only; empty for a representative)' }),
  responseRate: Nullable(ResponseRateSchema),
  /** A representative's own organisation's answer state in this wave. */
  ownStatus: Type.Optional(StringEnum(['not-started', 'draft', 'submitted'] as const)),
  closedAt: Nullable(Type.String({ description: 'When its metrics snapshot was taken, after the close day' })),
  ...StoredFields,
});
export type Wave = Static<typeof WaveSchema>;

export const RespondentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  email: Nullable(Type.String()),
  status: StringEnum(['not-started', 'draft', 'submitted'] as const),
});
export type Respondent = Static<typeof RespondentSchema>;

const Score4 = Type.Integer({ minimum: 1, maximum: 4 });
const Score5 = Type.Integer({ minimum: 1, maximum: 5 });

export const PartnerRatingSchema = Type.Object(
  {
    organisationId: UuidSchema,
    frequency: Type.Union([Score4, Type.Null()], { description: '1 once a year or less, 2 about every quarter, 3 about every month, 4 every week' }),
    openness: Type.Union([Score4, Type.Null()]),
    reliability: Type.Union([Score4, Type.Null()]),
    sharedMission: Type.Union([Score4, Type.Null()]),
    influence: Type.Union([Score4, Type.Null()]),
    resources: Type.Union([Score4, Type.Null()]),
    involvement: Type.Union([Score4, Type.Null()]),
  },
  { additionalProperties: false },
);

const General5 = Type.Union([Score5, Type.Null()]);
const GeneralSchema = Type.Object(
  { communication: General5, workingGroups: General5, meetings: General5, knowledgeExchange: General5, satisfaction: General5 },
  { additionalProperties: false, description: '1 very poor … 5 very good; null while not answered (a draft)' },
);

export const ResponseInputSchema = Type.Object(
  {
    general: GeneralSchema,
    whatWorks: Type.String({ maxLength: 4000 }),
    whatShouldChange: Type.String({ maxLength: 4000 }),
    consentToBeNamed: Type.Boolean({ description: 'The free texts may be shown with the organisation’s name' }),
    partners: Type.Array(PartnerRatingSchema, { maxItems: 200 }),
    submit: Type.Boolean({ description: 'true submits (once, every question answered); false keeps a draft' }),
    version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version read, when a draft exists' })),
  },
  { additionalProperties: false },
);
export type ResponseInput = Static<typeof ResponseInputSchema>;

const PartnerRefSchema = Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), mainDiscipline: Nullable(Type.String()) });

export const ResponseSchema = Type.Object({
  waveId: Type.String(),
  organisationId: Type.String(),
  status: StringEnum(['not-started', 'draft', 'submitted'] as const),
  general: Type.Record(Type.String(), Nullable(Type.Integer())),
  whatWorks: Type.String(),
  whatShouldChange: Type.String(),
  consentToBeNamed: Type.Boolean(),
  partners: Type.Array(Type.Object({ ...PartnerRatingSchema.properties, organisationId: Type.String(), name: Type.String() })),
  /** The organisation's partners in the collaboration network over the wave's period, strongest first: proposed first in the form. */
  proposedPartners: Type.Array(PartnerRefSchema),
  submittedAt: Nullable(Type.String()),
  editable: Type.Boolean({ description: 'The wave is open and the answer not yet submitted' }),
  version: Nullable(Type.Integer()),
});
export type Response = Static<typeof ResponseSchema>;

export const AggregateSchema = Type.Union([
  Type.Object({
    withheld: Type.Literal(false),
    n: Type.Integer(),
    mean: Type.Number(),
    sd: Nullable(Type.Number()),
    low: Nullable(Type.Number()),
    high: Nullable(Type.Number()),
    distribution: Type.Array(Type.Object({ value: Type.Integer(), count: Type.Integer() })),
  }),
  Type.Object(
    { withheld: Type.Literal(true), minAnswers: Type.Integer() },
    { description: 'Too few answers: fewer than minAnswers organisations; no figure is given' },
  ),
]);

const ScoresSchema = Type.Object({
  communication: AggregateSchema,
  workingGroups: AggregateSchema,
  meetings: AggregateSchema,
  knowledgeExchange: AggregateSchema,
  satisfaction: AggregateSchema,
  trust: AggregateSchema,
  value: AggregateSchema,
  frequency: AggregateSchema,
});
const ViewResultsSchema = { responseRate: ResponseRateSchema, scores: ScoresSchema };
const ChangeSchema = Nullable(Type.Object({ difference: Type.Number(), low: Nullable(Type.Number()), high: Nullable(Type.Number()), clear: Type.Boolean() }));
const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const WaveResultsSchema = Type.Object({
  wave: WaveSchema,
  filters: Type.Object({ discipline: Nullable(Type.String()), workingGroup: Nullable(Type.String()) }),
  minAnswers: Type.Integer({ description: 'The privacy threshold: aggregates of fewer answers are withheld' }),
  ...ViewResultsSchema,
  /** Each score against the previous closed wave (same view); null without one or when either side is withheld. */
  changes: Type.Record(Type.String(), ChangeSchema),
  previousWave: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  byDiscipline: Type.Array(Type.Object({ discipline: Type.String(), ...ViewResultsSchema })),
  byWorkingGroup: Type.Array(Type.Object({ groupId: Type.String(), name: Type.String(), ...ViewResultsSchema })),
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String(), trust: AggregateSchema, value: AggregateSchema })),
  texts: Type.Array(Type.Object({ whatWorks: Type.String(), whatShouldChange: Type.String(), organisation: Nullable(Named) })),
  reportedVersusObserved: Type.Object({
    confirmed: Type.Integer(),
    reportedOnly: Type.Integer(),
    observedOnly: Type.Integer(),
    agreement: Nullable(Type.Number()),
    organisations: Type.Array(
      Type.Object({ organisation: Named, confirmed: Type.Array(Named), reportedOnly: Type.Array(Named), observedOnly: Type.Array(Named) }),
    ),
  }),
  metrics: Nullable(
    Type.Object(
      {
        computedAt: Type.String(),
        organisations: Type.Integer(),
        ties: Type.Integer(),
        density: Type.Number(),
        isolated: Type.Integer(),
        components: Type.Integer(),
        crossDisciplineShare: Nullable(Type.Number()),
        jointProjectShare: Type.Number(),
        averageClustering: Type.Number(),
      },
      { description: 'The network metrics over the wave’s period, taken when it closed' },
    ),
  ),
});
export type WaveResults = Static<typeof WaveResultsSchema>;

export const ResultsQuerySchema = Type.Object({
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS)),
  workingGroup: Type.Optional(UuidSchema),
  format: Type.Optional(StringEnum(['excel'] as const)),
});
export type ResultsQuery = Static<typeof ResultsQuerySchema>;

export const TrendsSchema = Type.Object({
  filters: Type.Object({ discipline: Nullable(Type.String()), workingGroup: Nullable(Type.String()) }),
  minAnswers: Type.Integer(),
  waves: Type.Array(
    Type.Object({ waveId: Type.String(), title: Type.String(), closesOn: Type.String(), responseRate: ResponseRateSchema, responseRateChange: Nullable(Type.Number()) }),
  ),
  scores: Type.Array(
    Type.Object({
      score: StringEnum(SCORES),
      points: Type.Array(Type.Object({ waveId: Type.String(), closesOn: Type.String(), aggregate: AggregateSchema, change: ChangeSchema })),
    }),
  ),
});
export type Trends = Static<typeof TrendsSchema>;

export const LatestWaveSummarySchema = Type.Object({
  wave: Nullable(Type.Object({ id: Type.String(), title: Type.String(), closesOn: Type.String() })),
  previousWave: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  minAnswers: Type.Integer(),
  responseRate: Nullable(ResponseRateSchema),
  responseRateChange: Nullable(Type.Number()),
  headlines: Type.Array(Type.Object({ score: StringEnum(SCORES), aggregate: AggregateSchema, change: ChangeSchema })),
});
export type LatestWaveSummary = Static<typeof LatestWaveSummarySchema>;
