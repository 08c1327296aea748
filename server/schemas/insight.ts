// Insights of knowledge exchange as the API answers them, and the library's search query.
import { Type, type Static } from '@sinclair/typebox';
import { DISCIPLINE_IDS, INSIGHT_KINDS, MEETING_KINDS } from '../domain/taxonomy.ts';
import { LocaleSchema, PagingQuerySchema, StoredFields, StringEnum, UuidSchema } from './common.ts';
import { InsightInputSchema, LocalDateTimeSchema, WorkingGroupRefSchema } from './working-group.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const InsightSchema = Type.Object({
  id: UuidSchema,
  kind: StringEnum(INSIGHT_KINDS),
  title: Type.String(),
  body: Type.String(),
  language: LocaleSchema,
  themes: Type.Array(Type.String()),
  disciplines: Type.Array(Type.String()),
  organisation: Type.Object(
    { id: Type.String(), slug: Type.String(), name: Type.String(), email: NullableString, website: NullableString },
    { description: 'Who shared it: the organisation to contact' },
  ),
  meeting: Type.Union(
    [
      Type.Object({
        id: Type.String(),
        kind: StringEnum(MEETING_KINDS),
        title: Type.String(),
        startsAt: LocalDateTimeSchema,
        workingGroup: Type.Union([WorkingGroupRefSchema, Type.Null()]),
      }),
      Type.Null(),
    ],
    { description: 'The session where it was shared, if any' },
  ),
  score: Type.Optional(Type.Number({ description: 'Relevance to the search text (only with q); higher is better' })),
  ...StoredFields,
});
export type Insight = Static<typeof InsightSchema>;

export const InsightUpdateSchema = Type.Composite(
  [InsightInputSchema, Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) })],
  { additionalProperties: false },
);
export type InsightUpdate = Static<typeof InsightUpdateSchema>;

export const InsightListQuerySchema = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words to look for in title, text and themes, any language, accents optional; the last letters of a word may be left out' })),
  kind: Type.Optional(StringEnum(INSIGHT_KINDS)),
  theme: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 60 })),
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS)),
  organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Id or slug of the sharing organisation' })),
  workingGroup: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Id or slug: insights shared at its meetings' })),
  meeting: Type.Optional(UuidSchema),
  ...PagingQuerySchema,
});
export type InsightListQuery = Static<typeof InsightListQuerySchema>;
