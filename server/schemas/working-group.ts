// Thematic working groups, their meetings with attendance, and the insights of knowledge exchange.
import { Type, type Static } from '@sinclair/typebox';
import { ATTENDANCE_STATUSES, DISCIPLINE_IDS, INSIGHT_KINDS, MEETING_KINDS, MEMBER_ROLES } from '../domain/taxonomy.ts';
import { IsoDateSchema, LocaleSchema, LocalisedTextSchema, StoredFields, StringEnum, UuidSchema } from './common.ts';
import { SLUG_PATTERN } from './organisation.ts';


export const WorkingGroupInputSchema = Type.Object(
  {
    slug: Type.Optional(Type.String({ pattern: SLUG_PATTERN, minLength: 2, maxLength: 80 })),
    name: Type.String({ minLength: 2, maxLength: 160 }),
    description: Type.Optional(LocalisedTextSchema),
    focusDiscipline: StringEnum(DISCIPLINE_IDS),
    coordinatorName: Type.Optional(Type.Union([Type.String({ maxLength: 160 }), Type.Null()])),
    coordinatorUserId: Type.Optional(Type.Union([UuidSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type WorkingGroupInput = Static<typeof WorkingGroupInputSchema>;

export const GroupMembershipInputSchema = Type.Object(
  {
    organisationId: UuidSchema,
    role: StringEnum(MEMBER_ROLES),
    representative: Type.Optional(Type.Union([Type.String({ maxLength: 160 }), Type.Null()])),
    joinedOn: IsoDateSchema,
    leftOn: Type.Optional(Type.Union([IsoDateSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type GroupMembershipInput = Static<typeof GroupMembershipInputSchema>;

/** Local Brussels wall-clock time, e.g. 2025-03-14T18:30; stored with the Europe/Brussels zone. */
export const LocalDateTimeSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$', description: 'Europe/Brussels local time, YYYY-MM-DDTHH:mm' });

export const MeetingInputSchema = Type.Object(
  {
    workingGroupId: Type.Optional(Type.Union([UuidSchema, Type.Null()], { description: 'Null for a plenary of the council' })),
    kind: StringEnum(MEETING_KINDS),
    title: Type.String({ minLength: 2, maxLength: 200 }),
    startsAt: LocalDateTimeSchema,
    endsAt: LocalDateTimeSchema,
    place: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    onlineUrl: Type.Optional(Type.Union([Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }), Type.Null()])),
    agenda: Type.Optional(Type.String({ maxLength: 8000 })),
    minutes: Type.Optional(Type.String({ maxLength: 20000 })),
    decisions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type MeetingInput = Static<typeof MeetingInputSchema>;

export const AttendanceInputSchema = Type.Object(
  { organisationId: UuidSchema, status: StringEnum(ATTENDANCE_STATUSES) },
  { additionalProperties: false },
);
export type AttendanceInput = Static<typeof AttendanceInputSchema>;

export const InsightInputSchema = Type.Object(
  {
    kind: StringEnum(INSIGHT_KINDS),
    title: Type.String({ minLength: 2, maxLength: 200 }),
    body: Type.String({ minLength: 2, maxLength: 8000 }),
    language: LocaleSchema,
    themes: Type.Array(Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 60 }), { maxItems: 12, uniqueItems: true }),
    disciplines: Type.Array(StringEnum(DISCIPLINE_IDS), { maxItems: 12, uniqueItems: true }),
    organisationId: UuidSchema,
    meetingId: Type.Optional(Type.Union([UuidSchema, Type.Null()])),
  },
  { additionalProperties: false },
);
export type InsightInput = Static<typeof InsightInputSchema>;

// ---------------------------------------------------------------------------------------------
// What the API answers. Times of meetings are Brussels wall-clock (LocalDateTimeSchema); dates
// are YYYY-MM-DD; createdAt/updatedAt are UTC instants.

const NullableString = Type.Union([Type.String(), Type.Null()]);

/** An organisation as other entities mention it: enough to name it and link to its profile. */
export const OrganisationRefSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  mainDiscipline: NullableString,
});
export type OrganisationRef = Static<typeof OrganisationRefSchema>;

export const WorkingGroupRefSchema = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() });
export type WorkingGroupRef = Static<typeof WorkingGroupRefSchema>;

/** A meeting as a group list mentions it (its next one). */
export const MeetingRefSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(MEETING_KINDS),
  title: Type.String(),
  startsAt: LocalDateTimeSchema,
  endsAt: LocalDateTimeSchema,
  place: NullableString,
  onlineUrl: NullableString,
});
export type MeetingRef = Static<typeof MeetingRefSchema>;

export const WorkingGroupSchema = Type.Object(
  {
    id: UuidSchema,
    slug: Type.String(),
    name: Type.String(),
    description: LocalisedTextSchema,
    focusDiscipline: Type.String(),
    coordinatorName: NullableString,
    coordinatorUserId: NullableString,
    memberCount: Type.Integer({ description: 'Organisations whose membership has not ended' }),
    nextMeeting: Type.Union([MeetingRefSchema, Type.Null()], { description: 'The first meeting that has not started yet' }),
    ...StoredFields,
  },
);
export type WorkingGroup = Static<typeof WorkingGroupSchema>;

export const GroupMemberSchema = Type.Object({
  organisation: OrganisationRefSchema,
  role: StringEnum(MEMBER_ROLES),
  representative: NullableString,
  joinedOn: IsoDateSchema,
  leftOn: Type.Union([IsoDateSchema, Type.Null()]),
});
export type GroupMember = Static<typeof GroupMemberSchema>;

export const WorkingGroupDetailSchema = Type.Composite([
  WorkingGroupSchema,
  Type.Object({
    members: Type.Array(GroupMemberSchema, { description: 'Current (and future) members: membership not ended before today; chairs first' }),
    pastMembers: Type.Array(GroupMemberSchema, { description: 'Memberships that ended, most recent first' }),
    projectCount: Type.Integer({ description: 'Joint projects born in the group' }),
    insightCount: Type.Integer({ description: 'Insights shared at its meetings' }),
  }),
]);
export type WorkingGroupDetail = Static<typeof WorkingGroupDetailSchema>;

export const WorkingGroupUpdateSchema = Type.Composite(
  [WorkingGroupInputSchema, Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) })],
  { additionalProperties: false },
);
export type WorkingGroupUpdate = Static<typeof WorkingGroupUpdateSchema>;

/** A membership changed through the organisation's URL: everything but the organisation. */
export const GroupMembershipUpdateSchema = Type.Omit(GroupMembershipInputSchema, ['organisationId'], { additionalProperties: false });
export type GroupMembershipUpdate = Static<typeof GroupMembershipUpdateSchema>;

export const AttendanceTrendPointSchema = Type.Object({
  meetingId: Type.String(),
  title: Type.String(),
  startsAt: LocalDateTimeSchema,
  invited: Type.Integer({ description: 'Members of the group on the day' }),
  present: Type.Integer(),
  excused: Type.Integer(),
  absent: Type.Integer({ description: 'Invited and neither present nor excused (recorded absent or not recorded)' }),
  rate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'present / invited; null when no attendance was recorded' }),
});
export type AttendanceTrendPoint = Static<typeof AttendanceTrendPointSchema>;
