// The partner finder's API shapes: suggestions with their reasons as data, decisions, and the rates per reason kind.
import { Type, type Static } from '@sinclair/typebox';
import { COMMUNE_IDS, DISCIPLINE_IDS, PROJECT_KINDS, RESOURCES } from '../domain/taxonomy.ts';
import { IsoDateTimeSchema, StringEnum, UuidSchema } from './common.ts';

export const PARTNER_SUGGESTION_LIMIT_MAX = 50;

export const PartnerSuggestionQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PARTNER_SUGGESTION_LIMIT_MAX, default: 10 })),
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Only candidates working in this discipline' })),
  commune: Type.Optional(StringEnum(COMMUNE_IDS, { description: 'Only candidates in this commune' })),
  resource: Type.Optional(StringEnum(RESOURCES, { description: 'Only candidates offering this resource' })),
});
export type PartnerSuggestionQuery = Static<typeof PartnerSuggestionQuerySchema>;

const NamedRefSchema = Type.Object({ id: Type.String(), name: Type.String() });

/** Why a candidate is suggested, one kind each; the dashboard words it in the reader's language. */
export const SuggestionReasonSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('common-partners'), count: Type.Integer(), partners: Type.Array(NamedRefSchema, { description: 'Up to three of them' }) }),
    Type.Object({ kind: Type.Literal('discipline-habit'), a: Type.String(), b: Type.String(), projects: Type.Integer({ description: 'Past projects where a and b worked together' }) }),
    Type.Object({ kind: Type.Literal('shared-disciplines'), disciplines: Type.Array(Type.String()) }),
    Type.Object({ kind: Type.Literal('need-offer'), resource: Type.String(), direction: StringEnum(['they-offer', 'you-offer'] as const) }),
    Type.Object({ kind: Type.Literal('shared-groups'), groups: Type.Array(NamedRefSchema) }),
    Type.Object({ kind: Type.Literal('co-attendance'), meetings: Type.Integer() }),
    Type.Object({ kind: Type.Literal('same-commune'), commune: Type.String() }),
    Type.Object({ kind: Type.Literal('neighbouring-commune'), commune: Type.String() }),
    Type.Object({ kind: Type.Literal('shared-languages'), languages: Type.Array(Type.String()) }),
    Type.Object({ kind: Type.Literal('shared-audiences'), audiences: Type.Array(Type.String()) }),
    Type.Object({ kind: Type.Literal('active'), partners: Type.Integer() }),
    Type.Object({ kind: Type.Literal('brings-discipline'), discipline: Type.String() }),
    Type.Object({ kind: Type.Literal('brings-resource'), resource: Type.String() }),
  ],
  { description: 'Why a candidate is suggested' },
);

export const REASON_KINDS = [
  'common-partners',
  'discipline-habit',
  'shared-disciplines',
  'need-offer',
  'shared-groups',
  'co-attendance',
  'same-commune',
  'neighbouring-commune',
  'shared-languages',
  'shared-audiences',
  'active',
  'brings-discipline',
  'brings-resource',
] as const;

export const PartnerSuggestionSchema = Type.Object(
  {
    organisation: Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      disciplines: Type.Array(Type.String(), { description: 'The main one first' }),
      commune: Type.Union([Type.String(), Type.Null()]),
    }),
    score: Type.Number({ description: 'Higher is a better fit; only comparable within one answer' }),
    reasons: Type.Array(SuggestionReasonSchema, { description: 'The strongest first' }),
  },
);
export type PartnerSuggestionItem = Static<typeof PartnerSuggestionSchema>;

export const PartnerSuggestionListSchema = Type.Object({
  subject: Type.Object({ type: StringEnum(['organisation', 'project'] as const), id: Type.String(), name: Type.String() }),
  items: Type.Array(PartnerSuggestionSchema),
});

export const AcceptSuggestionSchema = Type.Object(
  {
    candidateId: UuidSchema,
    action: StringEnum(['project-idea', 'introduction'] as const, {
      description: 'project-idea starts a project idea with both; introduction records that the coordinator introduced them',
    }),
    title: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: 'Title of the project idea (a default names both)' })),
    kind: Type.Optional(StringEnum(PROJECT_KINDS, { description: 'Kind of the project idea; other by default' })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type AcceptSuggestion = Static<typeof AcceptSuggestionSchema>;

export const DismissSuggestionSchema = Type.Object(
  {
    candidateId: UuidSchema,
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'Why not, in the dismisser\'s words' })),
  },
  { additionalProperties: false },
);
export type DismissSuggestion = Static<typeof DismissSuggestionSchema>;

export const SuggestionDecisionSchema = Type.Object(
  {
    id: Type.String(),
    subjectType: StringEnum(['organisation', 'project'] as const),
    subjectId: Type.String(),
    candidateId: Type.String(),
    decision: StringEnum(['accepted', 'dismissed'] as const),
    action: Type.Union([StringEnum(['project-idea', 'introduction'] as const), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    reasonKinds: Type.Array(Type.String(), { description: 'The kinds of reason the suggestion carried when decided' }),
    projectId: Type.Union([Type.String(), Type.Null()], { description: 'The project idea started, when the action was project-idea' }),
    actorId: Type.Union([Type.String(), Type.Null()]),
    createdAt: IsoDateTimeSchema,
  },
  { description: 'An accepted or dismissed partner suggestion' },
);
export type SuggestionDecision = Static<typeof SuggestionDecisionSchema>;

export const SuggestionFeedbackStatsSchema = Type.Object({
  accepted: Type.Integer(),
  dismissed: Type.Integer(),
  byReasonKind: Type.Array(
    Type.Object({
      kind: Type.String(),
      accepted: Type.Integer(),
      dismissed: Type.Integer(),
      acceptanceRate: Type.Union([Type.Number(), Type.Null()], { description: 'accepted / decided among suggestions carrying this reason; null when none' }),
      dismissalRate: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});
export type SuggestionFeedbackStats = Static<typeof SuggestionFeedbackStatsSchema>;
