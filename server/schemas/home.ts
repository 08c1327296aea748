// The signed-in home page: one answer with the blocks the caller's role starts its day with.
import { Type, type Static } from '@sinclair/typebox';
import { PROJECT_STATUSES } from '../domain/taxonomy.ts';
import { ROLES } from '../domain/actor.ts';
import { IsoDateSchema, StringEnum } from './common.ts';
import { StrategyOverviewSchema } from './goal.ts';

const GroupRefSchema = Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]);
const WallClock = Type.String({ description: 'Brussels wall-clock time, YYYY-MM-DDTHH:mm' });
const Counted = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer({ description: 'All that match; items holds the first few' }) });

export const HomeMeetingSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  startsAt: WallClock,
  workingGroup: GroupRefSchema,
  status: Type.Union([Type.String(), Type.Null()], { description: "The organisation's attendance as recorded, if any" }),
});

export const HomeOrganisationSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  completeness: Type.Object({
    filled: Type.Integer(),
    total: Type.Integer(),
    missing: Type.Array(Type.String(), { description: 'Profile fields still empty' }),
  }),
});

export const HomeProjectSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: StringEnum(PROJECT_STATUSES),
  startDate: Type.Union([IsoDateSchema, Type.Null()]),
  endDate: Type.Union([IsoDateSchema, Type.Null()]),
});

export const MeetingMissingRecordsSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  startsAt: WallClock,
  workingGroup: GroupRefSchema,
  missingMinutes: Type.Boolean(),
  missingAttendance: Type.Boolean(),
});

export const StuckProjectSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: StringEnum(PROJECT_STATUSES),
  since: Type.String({ format: 'date', description: 'The day it got its current status' }),
});

export const NewMemberSchema = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), createdAt: Type.String() });

export const RecentImportSchema = Type.Object({
  requestId: Type.String(),
  entityType: Type.String(),
  at: Type.String(),
  items: Type.Integer(),
  actor: Type.Union([Type.String(), Type.Null()], { description: 'Name or e-mail of who imported' }),
});

const Figure = Type.Object({
  value: Type.Integer(),
  previous: Type.Union([Type.Integer(), Type.Null()], { description: 'The same figure at the start of this quarter (meetings: last quarter)' }),
});

export const NetworkFiguresSchema = Type.Object({
  quarterStart: IsoDateSchema,
  organisations: Figure,
  groups: Figure,
  ties: Figure,
  meetingsThisQuarter: Figure,
  projectsByStatus: Type.Record(Type.String(), Type.Integer()),
});

export const AccountsSummarySchema = Type.Object({
  total: Type.Integer(),
  byRole: Type.Record(Type.String(), Type.Integer()),
  disabled: Type.Integer(),
  locked: Type.Integer(),
});

export const LastBackupSchema = Type.Union([
  Type.Object({ at: Type.String({ format: 'date-time' }), nodes: Type.Integer(), relationships: Type.Integer() }),
  Type.Null(),
]);

export const HomeSchema = Type.Object(
  {
    role: StringEnum(ROLES),
    rules: Type.Object({
      stuckAfterDays: Type.Integer(),
      newMemberDays: Type.Integer(),
      missingRecordsDays: Type.Integer(),
      confirmationWindowDays: Type.Integer(),
    }),
    organisation: Type.Optional(Type.Union([HomeOrganisationSchema, Type.Null()])),
    nextMeetings: Type.Optional(Type.Array(HomeMeetingSchema)),
    pendingConfirmations: Type.Optional(Type.Array(HomeMeetingSchema)),
    projects: Type.Optional(Type.Array(HomeProjectSchema)),
    meetingsMissingRecords: Type.Optional(Counted(MeetingMissingRecordsSchema)),
    stuckProjects: Type.Optional(Counted(StuckProjectSchema)),
    newMembersWithoutGroup: Type.Optional(Counted(NewMemberSchema)),
    recentImports: Type.Optional(Type.Array(RecentImportSchema)),
    figures: Type.Optional(NetworkFiguresSchema),
    accounts: Type.Optional(AccountsSummarySchema),
    lastBackup: Type.Optional(LastBackupSchema),
    strategy: Type.Optional(StrategyOverviewSchema),
  },
  { description: "Only the blocks of the caller's role are present" },
);

export type Home = Static<typeof HomeSchema>;
export type HomeMeeting = Static<typeof HomeMeetingSchema>;
export type HomeOrganisation = Static<typeof HomeOrganisationSchema>;
export type HomeProject = Static<typeof HomeProjectSchema>;
export type MeetingMissingRecords = Static<typeof MeetingMissingRecordsSchema>;
export type StuckProject = Static<typeof StuckProjectSchema>;
export type NewMember = Static<typeof NewMemberSchema>;
export type RecentImport = Static<typeof RecentImportSchema>;
export type NetworkFigures = Static<typeof NetworkFiguresSchema>;
export type AccountsSummary = Static<typeof AccountsSummarySchema>;
