// Meetings as the API answers them, their list query, attendance records and attendance rates.
import { Type, type Static } from '@sinclair/typebox';
import { ATTENDANCE_STATUSES, MEETING_KINDS } from '../domain/taxonomy.ts';
import { IsoDateSchema, PagingQuerySchema, StoredFields, StringEnum, UuidSchema } from './common.ts';
import {
  AttendanceInputSchema,
  MeetingInputSchema,
  MeetingRefSchema,
  OrganisationRefSchema,
  WorkingGroupRefSchema,
} from './working-group.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

/** A meeting: what a list mentions of it (MeetingRefSchema), then its agenda, minutes and group. */
export const MeetingSchema = Type.Object({
  ...MeetingRefSchema.properties,
  id: UuidSchema,
  agenda: NullableString,
  minutes: NullableString,
  decisions: Type.Array(Type.String()),
  workingGroup: Type.Union([WorkingGroupRefSchema, Type.Null()], { description: 'Null for a plenary of the council' }),
  ...StoredFields,
});
export type Meeting = Static<typeof MeetingSchema>;

export const AttendanceCountsSchema = Type.Object({
  present: Type.Integer(),
  excused: Type.Integer(),
  absent: Type.Integer({ description: 'Recorded absent' }),
});

export const MeetingListItemSchema = Type.Composite([MeetingSchema, Type.Object({ attendanceCounts: AttendanceCountsSchema })]);
export type MeetingListItem = Static<typeof MeetingListItemSchema>;

/** One invited or recorded organisation of a meeting. */
export const AttendanceEntrySchema = Type.Object({
  organisation: OrganisationRefSchema,
  invited: Type.Boolean({ description: 'A member of the group on the day (every organisation for a plenary)' }),
  status: Type.Union([StringEnum(ATTENDANCE_STATUSES), Type.Null()], { description: 'Null: not recorded yet' }),
  recordedAt: NullableString,
  confirmedBy: Type.Union([Type.String(), Type.Null()], { description: 'The account of the representative who confirmed it; null when a coordinator recorded it' }),
});
export type AttendanceEntry = Static<typeof AttendanceEntrySchema>;

export const MeetingDetailSchema = Type.Composite([
  MeetingSchema,
  Type.Object({
    attendance: Type.Array(AttendanceEntrySchema, { description: 'Invited organisations and any other with a record, by name' }),
    insightCount: Type.Integer(),
  }),
]);
export type MeetingDetail = Static<typeof MeetingDetailSchema>;

export const MeetingUpdateSchema = Type.Composite(
  [MeetingInputSchema, Type.Object({ version: Type.Integer({ minimum: 1, description: 'The version you read; a stale one gets 409' }) })],
  { additionalProperties: false },
);
export type MeetingUpdate = Static<typeof MeetingUpdateSchema>;

export const MEETING_SORTS = ['upcoming', 'date', '-date'] as const;

export const MeetingListQuerySchema = Type.Object({
  workingGroup: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Id or slug of a working group' })),
  kind: Type.Optional(StringEnum(MEETING_KINDS)),
  from: Type.Optional(IsoDateSchema),
  to: Type.Optional(IsoDateSchema),
  sort: Type.Optional(
    StringEnum(MEETING_SORTS, {
      description:
        'upcoming (default): meetings not yet started, soonest first, then past ones, most recent first; date: oldest first; -date: newest first',
    }),
  ),
  ...PagingQuerySchema,
});
export type MeetingListQuery = Static<typeof MeetingListQuerySchema>;

export const AttendanceReplaceSchema = Type.Array(AttendanceInputSchema, { minItems: 1, maxItems: 2000 });

export const OrganisationAttendanceSchema = Type.Object({
  invited: Type.Integer({ description: 'Past meetings it was invited to whose attendance was recorded' }),
  present: Type.Integer(),
  rate: Type.Union([Type.Number(), Type.Null()], { description: 'present / invited; null when invited is 0' }),
  byQuarter: Type.Array(
    Type.Object({
      period: Type.String({ description: 'e.g. 2025-Q1' }),
      invited: Type.Integer(),
      present: Type.Integer(),
      rate: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});
export type OrganisationAttendance = Static<typeof OrganisationAttendanceSchema>;
