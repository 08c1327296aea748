import { Type, type Static } from '@sinclair/typebox';
import { DISCIPLINE_IDS, PARTNER_ROLES, PROJECT_KINDS, PROJECT_STATUSES } from '../domain/taxonomy.ts';
import { AMOUNT_MAX } from '../domain/money.ts';
import { IsoDateSchema, IsoDateTimeSchema, PagingQuerySchema, StringEnum, UuidSchema } from './common.ts';

export const ProjectPartnerInputSchema = Type.Object(
  { organisationId: UuidSchema, role: StringEnum(PARTNER_ROLES) },
  { additionalProperties: false },
);

export const ProjectInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 2, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    kind: StringEnum(PROJECT_KINDS),
    status: StringEnum(PROJECT_STATUSES),
    startDate: Type.Optional(Type.Union([IsoDateSchema, Type.Null()])),
    endDate: Type.Optional(Type.Union([IsoDateSchema, Type.Null()])),
    budget: Type.Optional(
      Type.Union([Type.Number({ minimum: 0, maximum: AMOUNT_MAX, description: 'Euros, at most two decimals (whole cents)' }), Type.Null()]),
    ),
    disciplines: Type.Array(StringEnum(DISCIPLINE_IDS), { uniqueItems: true, maxItems: 12 }),
    partners: Type.Array(ProjectPartnerInputSchema, { minItems: 1, maxItems: 50 }),
    workingGroupId: Type.Optional(Type.Union([UuidSchema, Type.Null()], { description: 'The working group the project was born in' })),
    needsPartnersIn: Type.Optional(
      Type.Array(StringEnum(DISCIPLINE_IDS), { uniqueItems: true, maxItems: 12, description: 'Disciplines it still looks for partners in' }),
    ),
  },
  { additionalProperties: false },
);
export type ProjectInput = Static<typeof ProjectInputSchema>;

export const ProjectSchema = Type.Object(
  {
    id: UuidSchema,
    title: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
    status: Type.String(),
    startDate: Type.Union([Type.String(), Type.Null()]),
    endDate: Type.Union([Type.String(), Type.Null()]),
    budget: Type.Union([Type.Number(), Type.Null()]),
    disciplines: Type.Array(Type.String()),
    partners: Type.Array(
      Type.Object({
        organisationId: Type.String(),
        slug: Type.String(),
        name: Type.String(),
        role: Type.String(),
      }),
    ),
    workingGroup: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()], {
      description: 'The working group it was born in',
    }),
    needsPartnersIn: Type.Array(Type.String()),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    version: Type.Integer(),
  },
  { $id: 'Project' },
);
export type Project = Static<typeof ProjectSchema>;

export const ProjectUpdateSchema = Type.Composite(
  [ProjectInputSchema, Type.Object({ version: Type.Integer({ minimum: 1 }) })],
  { additionalProperties: false },
);
export type ProjectUpdate = Static<typeof ProjectUpdateSchema>;

export const ProjectListQuerySchema = Type.Object({
  organisation: Type.Optional(UuidSchema),
  status: Type.Optional(StringEnum(PROJECT_STATUSES)),
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS)),
  workingGroup: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Born in this working group (id or slug)' })),
  needsPartnersIn: Type.Optional(StringEnum(DISCIPLINE_IDS, { description: 'Looking for partners in this discipline' })),
  ...PagingQuerySchema,
});
export type ProjectListQuery = Static<typeof ProjectListQuerySchema>;

export const ProjectStatusChangeSchema = Type.Object(
  {
    status: StringEnum(PROJECT_STATUSES),
    version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }),
  },
  { additionalProperties: false },
);
export type ProjectStatusChange = Static<typeof ProjectStatusChangeSchema>;
