// What each role may do in the dashboard, so that pages offer only what the server will allow.
// The server's policy decides; this table only hides what would be refused. Pure, no state.
import type { Role } from './types.ts';

export type Permission =
  /** The network map and the collaboration figures. */
  | 'network.view'
  | 'organisation.create'
  | 'organisation.edit'
  | 'organisation.delete'
  | 'organisation.import'
  | 'organisation.export'
  /** An organisation's partners and joint projects. */
  | 'organisation.partners'
  | 'organisation.history'
  /** An organisation's attendance rate at meetings. */
  | 'organisation.attendance'
  /** Working groups, meetings, the insight library and joint projects: reading them. */
  | 'collaboration.view'
  /** Create, edit and delete working groups. */
  | 'group.manage'
  /** Add, change and remove a group's members (one by one or from CSV). */
  | 'group.members'
  | 'group.import'
  /** Plan, edit and delete meetings. */
  | 'meeting.manage'
  /** Record the attendance of every invited organisation. */
  | 'attendance.record'
  /** Confirm one organisation's attendance (a representative: its own). */
  | 'attendance.confirm'
  /** Record and correct insights (a representative: its own organisation's). */
  | 'insight.create'
  | 'insight.edit'
  | 'insight.delete'
  | 'project.create'
  | 'project.edit'
  /** Move a project on the board. */
  | 'project.status'
  | 'project.delete'
  | 'project.import'
  | 'project.export'
  /** A project's history (its status changes) from the audit log. */
  | 'project.history'
  /** The collaboration metrics over time (the Metrics page). */
  | 'metrics.view'
  /** Recompute every period's metrics in the background. */
  | 'metrics.recompute'
  /** An organisation's own figures over time (a representative: its own). */
  | 'organisation.metrics'
  /** The partner finder: suggestions for an organisation (a representative: its own) and for projects (not representatives). */
  | 'partners.find'
  /** Accept or dismiss a suggestion for an organisation (a representative: its own). */
  | 'partners.decide'
  /** Suggestions for a project looking for partners, and how suggestions were received. */
  | 'partners.projects'
  /** Evaluation waves: the list (a representative: the waves asking its organisation). */
  | 'evaluation.view'
  /** Open and change waves, see who has not answered. */
  | 'evaluation.manage'
  /** Results, trends and their downloads (aggregates only). */
  | 'evaluation.results'
  /** Answer a wave for an organisation (a representative: its own; nobody else). */
  | 'evaluation.answer'
  /** Strategy goals and the strategy report (read), and setting goals. */
  | 'strategy.view'
  | 'goal.manage'
  /** Draft and edit events (a representative: its own organisation's). */
  | 'event.edit'
  /** Publish, postpone, cancel and delete events. */
  | 'event.publish'
  | 'admin';

const EVERY_MEMBER: readonly Role[] = ['admin', 'leadership', 'coordinator', 'strategist', 'representative'];
const MANAGERS: readonly Role[] = ['admin', 'coordinator'];

/** Roles that may do a thing to any organisation. */
const TABLE: Record<Permission, readonly Role[]> = {
  'network.view': EVERY_MEMBER,
  'organisation.create': MANAGERS,
  'organisation.edit': MANAGERS,
  'organisation.delete': MANAGERS,
  'organisation.import': MANAGERS,
  'organisation.export': EVERY_MEMBER,
  'organisation.partners': EVERY_MEMBER,
  'organisation.history': ['admin', 'leadership', 'coordinator'],
  'organisation.attendance': EVERY_MEMBER,
  'collaboration.view': EVERY_MEMBER,
  'group.manage': MANAGERS,
  'group.members': MANAGERS,
  'group.import': MANAGERS,
  'meeting.manage': MANAGERS,
  'attendance.record': MANAGERS,
  'attendance.confirm': MANAGERS,
  'insight.create': MANAGERS,
  'insight.edit': MANAGERS,
  'insight.delete': MANAGERS,
  'project.create': MANAGERS,
  'project.edit': MANAGERS,
  'project.status': MANAGERS,
  'project.delete': MANAGERS,
  'project.import': MANAGERS,
  'project.export': EVERY_MEMBER,
  'project.history': ['admin', 'leadership', 'coordinator'],
  'metrics.view': ['admin', 'leadership', 'strategist', 'coordinator'],
  'metrics.recompute': ['admin', 'leadership', 'strategist'],
  'organisation.metrics': ['admin', 'leadership', 'strategist', 'coordinator'],
  'partners.find': ['admin', 'leadership', 'strategist', 'coordinator'],
  'partners.decide': MANAGERS,
  'partners.projects': ['admin', 'leadership', 'strategist', 'coordinator'],
  'evaluation.view': EVERY_MEMBER,
  'evaluation.manage': MANAGERS,
  'evaluation.results': ['admin', 'leadership', 'strategist', 'coordinator'],
  'evaluation.answer': [],
  'strategy.view': ['admin', 'leadership', 'strategist', 'coordinator'],
  'goal.manage': ['admin', 'strategist'],
  'event.edit': MANAGERS,
  'event.publish': MANAGERS,
  admin: ['admin'],
};

/** What a representative may also do, to its own organisation only. */
const OWN_ORGANISATION: ReadonlySet<Permission> = new Set([
  'organisation.edit',
  'organisation.history',
  'attendance.confirm',
  'insight.create',
  'insight.edit',
  'organisation.metrics',
  'partners.find',
  'partners.decide',
  'evaluation.answer',
  'event.edit',
]);

/** What a representative may do for its own organisation somewhere (to offer the page at all). */
export function allowsForOwn(role: Role, permission: Permission): boolean {
  return TABLE[permission].includes(role) || (role === 'representative' && OWN_ORGANISATION.has(permission));
}

export interface Subject {
  /** The actor's organisation (representatives). */
  actorOrganisationId?: string | null;
  /** The organisation acted on, when there is one. */
  organisationId?: string | null;
}

export function allows(role: Role, permission: Permission, subject: Subject = {}): boolean {
  if (TABLE[permission].includes(role)) return true;
  return (
    role === 'representative' &&
    OWN_ORGANISATION.has(permission) &&
    Boolean(subject.organisationId) &&
    subject.organisationId === subject.actorOrganisationId
  );
}

/** Pages that only members may open: the visitor is sent to the sign-in page first. */
const MEMBERS_ONLY = ['/network', '/import', '/admin', '/account', '/organisations/new', '/groups', '/meetings', '/insights', '/projects', '/metrics', '/partners', '/evaluation', '/strategy'];

export function isMembersOnly(pathname: string): boolean {
  return (
    MEMBERS_ONLY.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ||
    /^\/organisations\/[^/]+\/edit\/?$/.test(pathname) ||
    // Events: the members' list and forms; an event's own page (/events/<id>) is public.
    /^\/events(\/new|\/[^/]+\/edit)?\/?$/.test(pathname)
  );
}

/** A "next" address is followed only when it stays on this site. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}
