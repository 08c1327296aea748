import { Type, type Static } from '@sinclair/typebox';
import {
  AUDIENCES,
  COMMUNE_IDS,
  DISCIPLINE_IDS,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  RESOURCES,
} from '../domain/taxonomy.ts';
import { MEMBERS_ONLY_ORGANISATION_FIELDS } from '../domain/organisation-visibility.ts';
import { IsoDateTimeSchema, LocaleSchema, LocalisedTextSchema, StringEnum, UuidSchema, PagingQuerySchema } from './common.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** The fields a person can write; the server adds id, timestamps and version. */
export const OrganisationInputSchema = Type.Object(
  {
    slug: Type.Optional(Type.String({ pattern: SLUG_PATTERN, minLength: 2, maxLength: 80, description: 'Made from the name when missing' })),
    name: Type.String({ minLength: 2, maxLength: 160 }),
    kind: StringEnum(ORGANISATION_KINDS),
    mission: Type.Optional(LocalisedTextSchema),
    goals: Type.Optional(LocalisedTextSchema),
    mainLanguage: Type.Optional(LocaleSchema),
    website: Type.Optional(Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 300 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^[+0-9 ()./-]{6,30}$' }))),
    address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    commune: StringEnum(COMMUNE_IDS),
    lat: Type.Optional(Type.Union([Type.Number({ minimum: 50.7, maximum: 51.0 }), Type.Null()])),
    lon: Type.Optional(Type.Union([Type.Number({ minimum: 4.2, maximum: 4.5 }), Type.Null()])),
    languages: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { maxItems: 10, uniqueItems: true })),
    audiences: Type.Optional(Type.Array(StringEnum(AUDIENCES), { uniqueItems: true })),
    size: Type.Optional(Type.Union([StringEnum(ORGANISATION_SIZES), Type.Null()])),
    founded: Type.Optional(Type.Union([Type.Integer({ minimum: 1500, maximum: 2100 }), Type.Null()])),
    offers: Type.Optional(Type.Array(StringEnum(RESOURCES), { uniqueItems: true })),
    needs: Type.Optional(Type.Array(StringEnum(RESOURCES), { uniqueItems: true })),
    public: Type.Optional(Type.Boolean({ default: true })),
    disciplines: Type.Array(StringEnum(DISCIPLINE_IDS), {
      minItems: 1,
      maxItems: 6,
      uniqueItems: true,
      description: 'The first one is the main discipline',
    }),
  },
  { additionalProperties: false },
);
export type OrganisationInput = Static<typeof OrganisationInputSchema>;

export const OrganisationSchema = Type.Object(
  {
    id: UuidSchema,
    slug: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    mission: LocalisedTextSchema,
    goals: LocalisedTextSchema,
    mainLanguage: Type.Union([LocaleSchema, Type.Null()]),
    website: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    commune: Type.String(),
    lat: Type.Union([Type.Number(), Type.Null()]),
    lon: Type.Union([Type.Number(), Type.Null()]),
    languages: Type.Array(Type.String()),
    audiences: Type.Array(Type.String()),
    size: Type.Union([Type.String(), Type.Null()]),
    founded: Type.Union([Type.Integer(), Type.Null()]),
    offers: Type.Array(Type.String()),
    needs: Type.Array(Type.String()),
    public: Type.Boolean(),
    disciplines: Type.Array(Type.String()),
    mainDiscipline: Type.Union([Type.String(), Type.Null()]),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    version: Type.Integer(),
  },
  { $id: 'Organisation' },
);
export type Organisation = Static<typeof OrganisationSchema>;

export const OrganisationUpdateSchema = Type.Composite([
  OrganisationInputSchema,
  Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) }),
], { additionalProperties: false });
export type OrganisationUpdate = Static<typeof OrganisationUpdateSchema>;

export const ORGANISATION_SORTS = ['name', '-name', 'commune', '-commune', 'founded', '-founded', 'updated', '-updated'] as const;

export const OrganisationFilterSchema = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Text in the name or mission, any language' })),
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS)),
  commune: Type.Optional(StringEnum(COMMUNE_IDS)),
  kind: Type.Optional(StringEnum(ORGANISATION_KINDS)),
  sort: Type.Optional(StringEnum(ORGANISATION_SORTS, { description: 'A leading - sorts descending' })),
});
export type OrganisationFilter = Static<typeof OrganisationFilterSchema>;

export const OrganisationListQuerySchema = Type.Composite([OrganisationFilterSchema, Type.Object(PagingQuerySchema)]);
export type OrganisationListQuery = Static<typeof OrganisationListQuerySchema>;


export const ImportResultSchema = Type.Object({
  total: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type ImportResult = Static<typeof ImportResultSchema>;

/** Contact details and resources are for members; the public directory leaves them out. */

export const PublicOrganisationSchema = Type.Omit(OrganisationSchema, [...MEMBERS_ONLY_ORGANISATION_FIELDS], {
  description: 'An organisation as the anonymous public sees it: no e-mail, phone, offers or needs',
});
export type PublicOrganisation = Static<typeof PublicOrganisationSchema>;

/** Members get the whole organisation, the public its public fields. */
export const OrganisationViewSchema = Type.Union([OrganisationSchema, PublicOrganisationSchema]);
