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
  admin: ['admin'],
};

/** What a representative may also do, to its own organisation only. */
const OWN_ORGANISATION: ReadonlySet<Permission> = new Set(['organisation.edit', 'organisation.history']);

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
const MEMBERS_ONLY = ['/network', '/import', '/admin', '/account', '/organisations/new'];

export function isMembersOnly(pathname: string): boolean {
  return MEMBERS_ONLY.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || /^\/organisations\/[^/]+\/edit\/?$/.test(pathname);
}

/** A "next" address is followed only when it stays on this site. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}
