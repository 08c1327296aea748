// Events of members as the API answers them: the full record for members, the public shape (no
// draft, no internal fields), status changes, promotion records and the list queries.
import { Type, type Static } from '@sinclair/typebox';
import { AMOUNT_MAX } from '../domain/money.ts';
import {
  AUDIENCES,
  COMMUNE_IDS,
  DISCIPLINE_IDS,
  EVENT_CALENDAR_TYPES,
  EVENT_STATUSES,
  PROMOTION_CHANNELS,
  PUBLIC_EVENT_STATUSES,
  WEEKDAYS,
} from '../domain/taxonomy.ts';
import { IsoDateSchema, LocaleSchema, LocalisedTextSchema, PagingQuerySchema, StoredFields, StringEnum, UuidSchema } from './common.ts';
import { LocalDateTimeSchema, OrganisationRefSchema } from './working-group.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);
const TimeOfDaySchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm' });
const LinkSchema = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 });

export const OccurrenceSchema = Type.Object(
  { startsAt: LocalDateTimeSchema, endsAt: LocalDateTimeSchema },
  { additionalProperties: false, description: 'Brussels wall-clock times' },
);
export type Occurrence = Static<typeof OccurrenceSchema>;

export const OpeningHoursSchema = Type.Object(
  { weekday: StringEnum(WEEKDAYS), opens: TimeOfDaySchema, closes: TimeOfDaySchema },
  { additionalProperties: false },
);
export type OpeningHours = Static<typeof OpeningHoursSchema>;

export const PriceSchema = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 80, description: 'e.g. Standard, Reduced' }),
    amount: Type.Number({ minimum: 0, maximum: AMOUNT_MAX, description: 'Euros, at most two decimals' }),
  },
  { additionalProperties: false },
);

/** What a representative or a coordinator writes; status moves separately (POST …/status). */
export const EventInputSchema = Type.Object(
  {
    title: LocalisedTextSchema,
    description: Type.Optional(LocalisedTextSchema),
    mainLanguage: LocaleSchema,
    calendarType: StringEnum(EVENT_CALENDAR_TYPES, {
      description: 'single: one occurrence; multiple: several (2-100); periodic: one occurrence from the first day to the last, with openingHours',
    }),
    occurrences: Type.Array(OccurrenceSchema, { minItems: 1, maxItems: 100 }),
    openingHours: Type.Optional(Type.Array(OpeningHoursSchema, { maxItems: 14 })),
    venue: Type.String({ minLength: 2, maxLength: 200 }),
    address: Type.String({ minLength: 2, maxLength: 300 }),
    commune: StringEnum(COMMUNE_IDS),
    lat: Type.Optional(Type.Union([Type.Number({ minimum: 50.7, maximum: 51.0 }), Type.Null()])),
    lon: Type.Optional(Type.Union([Type.Number({ minimum: 4.2, maximum: 4.5 }), Type.Null()])),
    free: Type.Boolean(),
    prices: Type.Optional(Type.Array(PriceSchema, { maxItems: 10 })),
    bookingUrl: Type.Optional(Nullable(LinkSchema)),
    imageUrl: Type.Optional(Nullable(LinkSchema)),
    disciplines: Type.Array(StringEnum(DISCIPLINE_IDS), { minItems: 1, maxItems: 6, uniqueItems: true }),
    audiences: Type.Optional(Type.Array(StringEnum(AUDIENCES), { uniqueItems: true })),
    organisationId: Type.String({ format: 'uuid', description: 'The member organising it (a representative: its own)' }),
    coOrganiserIds: Type.Optional(Type.Array(UuidSchema, { maxItems: 20, uniqueItems: true, description: 'Other members organising it' })),
    projectId: Type.Optional(Type.Union([UuidSchema, Type.Null()], { description: 'The joint project it belongs to' })),
  },
  { additionalProperties: false },
);
export type EventInput = Static<typeof EventInputSchema>;

const ProjectRefSchema = Type.Object({ id: Type.String(), title: Type.String() });

/** The event as members read it, drafts included. */
export const EventSchema = Type.Object({
  id: UuidSchema,
  status: StringEnum(EVENT_STATUSES),
  title: LocalisedTextSchema,
  description: LocalisedTextSchema,
  mainLanguage: LocaleSchema,
  calendarType: StringEnum(EVENT_CALENDAR_TYPES),
  occurrences: Type.Array(OccurrenceSchema),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  openingHours: Type.Array(OpeningHoursSchema),
  venue: Type.String(),
  address: Type.String(),
  commune: Type.String(),
  lat: Type.Union([Type.Number(), Type.Null()]),
  lon: Type.Union([Type.Number(), Type.Null()]),
  free: Type.Boolean(),
  prices: Type.Array(PriceSchema),
  bookingUrl: Type.Union([Type.String(), Type.Null()]),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  disciplines: Type.Array(Type.String()),
  audiences: Type.Array(Type.String()),
  organisation: OrganisationRefSchema,
  coOrganisers: Type.Array(OrganisationRefSchema),
  project: Type.Union([ProjectRefSchema, Type.Null()]),
  ...StoredFields,
});
export type Event = Static<typeof EventSchema>;

export const EventUpdateSchema = Type.Composite(
  [EventInputSchema, Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) })],
  { additionalProperties: false },
);
export type EventUpdate = Static<typeof EventUpdateSchema>;

export const EventStatusChangeSchema = Type.Object(
  { status: StringEnum(EVENT_STATUSES), version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type EventStatusChange = Static<typeof EventStatusChangeSchema>;

/** Filters shared by the members' list, the public list and the feeds. */
export const EventFilterSchema = {
  discipline: Type.Optional(StringEnum(DISCIPLINE_IDS)),
  commune: Type.Optional(StringEnum(COMMUNE_IDS)),
  organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Id or slug of an organising member' })),
  audience: Type.Optional(StringEnum(AUDIENCES)),
  free: Type.Optional(Type.Boolean()),
  from: Type.Optional(IsoDateSchema),
  to: Type.Optional(IsoDateSchema),
};

export const EventListQuerySchema = Type.Object({
  ...EventFilterSchema,
  status: Type.Optional(StringEnum(EVENT_STATUSES)),
  project: Type.Optional(UuidSchema),
  ...PagingQuerySchema,
});
export type EventListQuery = Static<typeof EventListQuerySchema>;

export const PublicEventListQuerySchema = Type.Object({
  ...EventFilterSchema,
  lang: Type.Optional(LocaleSchema),
  ...PagingQuerySchema,
});
export type PublicEventListQuery = Static<typeof PublicEventListQuerySchema>;

export const PublicCalendarQuerySchema = Type.Object({
  discipline: EventFilterSchema.discipline,
  commune: EventFilterSchema.commune,
  organisation: EventFilterSchema.organisation,
  lang: Type.Optional(LocaleSchema),
});
export type PublicCalendarQuery = Static<typeof PublicCalendarQuerySchema>;

const PublicOrganisationSchema = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), website: Type.Union([Type.String(), Type.Null()]) });

/** The event as the public reads it, in the language asked for (else its main language). */
export const PublicEventSchema = Type.Object({
  id: UuidSchema,
  status: StringEnum(PUBLIC_EVENT_STATUSES),
  language: LocaleSchema,
  title: Type.String({ description: 'In `language`' }),
  description: Type.Union([Type.String(), Type.Null()]),
  titles: LocalisedTextSchema,
  descriptions: LocalisedTextSchema,
  mainLanguage: LocaleSchema,
  calendarType: StringEnum(EVENT_CALENDAR_TYPES),
  occurrences: Type.Array(OccurrenceSchema),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  openingHours: Type.Array(OpeningHoursSchema),
  venue: Type.String(),
  address: Type.String(),
  commune: Type.String(),
  lat: Type.Union([Type.Number(), Type.Null()]),
  lon: Type.Union([Type.Number(), Type.Null()]),
  free: Type.Boolean(),
  prices: Type.Array(PriceSchema),
  bookingUrl: Type.Union([Type.String(), Type.Null()]),
  imageUrl: Type.Union([Type.String(), Type.Null()]),
  disciplines: Type.Array(Type.String()),
  audiences: Type.Array(Type.String()),
  organisers: Type.Array(PublicOrganisationSchema, { description: 'The organising member first' }),
  url: Type.String({ description: 'Its public page' }),
  updatedAt: Type.String(),
});
export type PublicEvent = Static<typeof PublicEventSchema>;

export const PromotionInputSchema = Type.Object(
  {
    channel: StringEnum(PROMOTION_CHANNELS),
    on: IsoDateSchema,
    organisationId: Type.Optional(Type.Union([UuidSchema, Type.Null()], { description: 'The member whose own channel promoted it (channel partner)' })),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type PromotionInput = Static<typeof PromotionInputSchema>;

export const PromotionSchema = Type.Object({
  id: UuidSchema,
  channel: StringEnum(PROMOTION_CHANNELS),
  on: Type.String(),
  organisation: Type.Union([OrganisationRefSchema, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type Promotion = Static<typeof PromotionSchema>;
