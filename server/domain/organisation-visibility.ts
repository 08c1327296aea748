// What each role may see of an organisation: the one place that decides the public directory.
import type { Role } from './actor.ts';
import type { Organisation, PublicOrganisation } from '../schemas/organisation.ts';

/** What only members of the council see of an organisation: its contacts and its resources. */
export const MEMBERS_ONLY_ORGANISATION_FIELDS = ['email', 'phone', 'offers', 'needs'] as const;

/**
 * Members see every organisation whole. The anonymous public sees only organisations that chose
 * to be public, without the members-only fields; for any other, null (the route answers 404).
 */
export function organisationFor(role: Role, organisation: Organisation): Organisation | PublicOrganisation | null {
  if (role !== 'public') return organisation;
  if (!organisation.public) return null;
  const visible: Record<string, unknown> = { ...organisation };
  for (const field of MEMBERS_ONLY_ORGANISATION_FIELDS) delete visible[field];
  return visible as PublicOrganisation;
}

/** The public list asks the graph for public organisations only, so totals and pages stay right. */
export const listsOnlyPublic = (role: Role): boolean => role === 'public';
