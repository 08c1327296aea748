// The shapes the API sends and accepts. Types only: they come from the server's TypeBox schemas,
// so a change there is a compile error here rather than a surprise in the browser.
import type {
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationFilter,
  Partner,
  ImportResult,
  PublicOrganisation,
} from '../../../server/schemas/organisation.ts';
import type { Project } from '../../../server/schemas/project.ts';
import type { Network, NetworkNode, NetworkEdge } from '../../../server/schemas/network.ts';
import type { ProblemDetails } from '../../../server/schemas/common.ts';
import type { AuditEvent, AUDIT_ACTIONS as SERVER_AUDIT_ACTIONS, AUDIT_ENTITY_TYPES as SERVER_AUDIT_ENTITY_TYPES } from '../../../server/domain/audit.ts';
import type { Role, UserRole } from '../../../server/domain/actor.ts';
import type {
  Locale,
  LocalisedText,
  Discipline,
  Commune,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  RESOURCES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  AUDIENCES,
} from '../../../server/domain/taxonomy.ts';
import type { ORGANISATION_SORTS } from '../../../server/schemas/organisation.ts';

export type {
  Role,
  UserRole,
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationFilter,
  Partner,
  ImportResult,
  Project,
  Network,
  NetworkNode,
  NetworkEdge,
  ProblemDetails,
  Locale,
  LocalisedText,
  Discipline,
  Commune,
};

/** What the API sends of an organisation: whole to members, without contacts and resources to the public. */
export type OrganisationView = Organisation | (PublicOrganisation & Partial<Pick<Organisation, 'email' | 'phone' | 'offers' | 'needs'>>);

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];
export type Resource = (typeof RESOURCES)[number];
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
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
export const AUDIT_ENTITY_TYPES = ['organisation', 'project'] as const satisfies readonly AuditEntityType[];
export const TRASH_ENTITY_TYPES = ['organisation', 'project'] as const;
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
