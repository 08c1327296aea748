// The shapes the API sends and accepts. Types only: they come from the server's TypeBox schemas,
// so a change there is a compile error here rather than a surprise in the browser.
import type { Organisation, PublicOrganisation, ORGANISATION_SORTS } from '../../../server/schemas/organisation.ts';
import type { MEETING_SORTS as SERVER_MEETING_SORTS } from '../../../server/schemas/meeting.ts';
import type { ProblemDetails } from '../../../server/schemas/common.ts';
import type {
  AuditEvent,
  AUDIT_ACTIONS as SERVER_AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES as SERVER_AUDIT_ENTITY_TYPES,
} from '../../../server/domain/audit.ts';
import type { UserRole } from '../../../server/domain/actor.ts';
import type {
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  RESOURCES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  AUDIENCES,
  PARTNER_ROLES,
  DISCIPLINE_IDS,
  MEMBER_ROLES,
  MEETING_KINDS,
  ATTENDANCE_STATUSES,
  INSIGHT_KINDS,
} from '../../../server/domain/taxonomy.ts';

// Re-exported as the server declares them.
export type {
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationFilter,
  ImportResult,
} from '../../../server/schemas/organisation.ts';
export type { Project, ProjectInput, ProjectUpdate } from '../../../server/schemas/project.ts';
export type {
  LatestWaveSummary,
  Respondent,
  Response as WaveResponse,
  ResponseInput as WaveResponseInput,
  Trends as EvaluationTrends,
  Wave,
  WaveInput,
  WaveResults,
  WaveUpdate,
} from '../../../server/schemas/evaluation.ts';
export type { Event as CouncilEvent, EventInput, EventUpdate, PublicEvent, Occurrence, OpeningHours } from '../../../server/schemas/event.ts';
export type { Network, NetworkNode, NetworkEdge, TieKind } from '../../../server/schemas/network.ts';
export type {
  WorkingGroup,
  WorkingGroupDetail,
  WorkingGroupInput,
  WorkingGroupUpdate,
  GroupMember,
  GroupMembershipInput,
  GroupMembershipUpdate,
  MeetingInput,
  MeetingRef,
  OrganisationRef,
  WorkingGroupRef,
  AttendanceInput,
  AttendanceTrendPoint,
  InsightInput,
} from '../../../server/schemas/working-group.ts';
export type {
  Meeting,
  MeetingDetail,
  MeetingListItem,
  MeetingUpdate,
  AttendanceEntry,
  OrganisationAttendance,
} from '../../../server/schemas/meeting.ts';
export type { Insight, InsightUpdate } from '../../../server/schemas/insight.ts';
export type {
  Granularity,
  MetricsHistory,
  MetricsPeriod,
  MetricsStatus,
  OrganisationHistory,
  OrganisationMetricsPage,
  OrganisationMetricsRow,
  OrganisationMetricsSort,
} from '../../../server/schemas/metrics.ts';
export type { Page, ProblemDetails } from '../../../server/schemas/common.ts';
export type { Role, UserRole } from '../../../server/domain/actor.ts';
export type { Locale, LocalisedText, Discipline, Commune, InsightTheme } from '../../../server/domain/taxonomy.ts';

/** What the API sends of an organisation: whole to members, without contacts and resources to the public. */
export type OrganisationView = Organisation | (PublicOrganisation & Partial<Pick<Organisation, 'email' | 'phone' | 'offers' | 'needs'>>);

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];
export type Resource = (typeof RESOURCES)[number];
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type DisciplineId = (typeof DISCIPLINE_IDS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type InsightKind = (typeof INSIGHT_KINDS)[number];
export type MeetingSort = (typeof SERVER_MEETING_SORTS)[number];
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

/** An organisation chosen in a picker: enough to show and send it. */
export interface PickedOrganisation {
  id: string;
  name: string;
}

export type ProblemItem = NonNullable<ProblemDetails['errors']>[number];

// ---- Accounts, audit and trash ----

// Written out rather than imported from server/schemas/user.ts: that module pulls in the Argon2
// binding (const enums), which the dashboard's type check cannot read. Keep in step with it.
export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
  organisationName: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SessionState {
  user: User | null;
  csrfToken: string;
}

export interface UserInput {
  email: string;
  name: string;
  role: UserRole;
  organisationId?: string | null;
}

export interface UserUpdate {
  name: string;
  role: UserRole;
  organisationId: string | null;
  disabled: boolean;
  version: number;
}

export interface CreatedUser {
  user: User;
  oneTimePassword: string;
}

export type { AuditEvent };
export type AuditAction = (typeof SERVER_AUDIT_ACTIONS)[number];
export type AuditEntityType = (typeof SERVER_AUDIT_ENTITY_TYPES)[number];

export const USER_ROLES = ['admin', 'leadership', 'coordinator', 'strategist', 'representative'] as const satisfies readonly UserRole[];
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'import'] as const satisfies readonly AuditAction[];
export const AUDIT_ENTITY_TYPES = ['organisation', 'project', 'working-group', 'meeting', 'insight', 'goal', 'event'] as const satisfies readonly AuditEntityType[];
export const TRASH_ENTITY_TYPES = ['organisation', 'project', 'working-group', 'meeting', 'insight', 'goal', 'event'] as const satisfies readonly AuditEntityType[];
export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

/** Query-string filters of GET /api/users; every value travels as text. */
export interface UserListQuery {
  q?: string;
  role?: string;
  disabled?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditQuery {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface TrashItem {
  entityType: TrashEntityType | string;
  id: string;
  label: string;
  deletedAt: string;
  deletedBy: { id: string | null; email: string | null; name: string | null } | null;
}

/** Where an audit or trash entry's item lives in the dashboard; null when it has no page (or is deleted). */
export function entityHref(entityType: string, id: string): string | null {
  const ref = encodeURIComponent(id);
  switch (entityType) {
    case 'organisation':
      return `/organisations/${ref}`;
    case 'project':
      return `/projects/${ref}`;
    case 'working-group':
      return `/groups/${ref}`;
    case 'meeting':
      return `/meetings/${ref}`;
    case 'insight':
      return `/insights/${ref}`;
    case 'goal':
      return `/strategy/goals/${ref}`;
    case 'event':
      return `/events/${ref}`;
    default:
      return null;
  }
}
