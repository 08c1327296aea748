// Working groups and memberships: how a group is stored as node properties, and the rules of a
// membership (its dates, one at a time per organisation and group) that a JSON schema cannot say.
import { ConflictError, type FieldError } from './errors.ts';
import { foldText, localisedFrom, localisedProps, slugify } from './organisation.ts';
import type { GroupMember, OrganisationRef, WorkingGroupInput } from '../schemas/working-group.ts';

/** Node properties written for a group (id, timestamps and version are set by Cypher). */
export function workingGroupProps(input: WorkingGroupInput): Record<string, unknown> {
  const name = input.name.trim();
  return {
    slug: input.slug ?? slugify(name),
    name,
    nameKey: foldText(name),
    ...localisedProps('description', input.description),
    focusDiscipline: input.focusDiscipline,
    coordinatorName: input.coordinatorName?.trim() || null,
    coordinatorUserId: input.coordinatorUserId ?? null,
  };
}

export const descriptionFromProps = (props: Record<string, unknown>) => localisedFrom('description', props);

/** A membership's days, both ends included; an open end (null) runs on. */
export interface MembershipPeriod {
  joinedOn: string;
  leftOn: string | null;
}

export function membershipRuleErrors(period: MembershipPeriod, field = ''): FieldError[] {
  if (period.leftOn !== null && period.leftOn < period.joinedOn) {
    return [{ field: `${field}leftOn`, code: 'left-before-joined', message: 'leftOn is before joinedOn.' }];
  }
  return [];
}

/** True when the two periods share at least one day. */
export function periodsOverlap(a: MembershipPeriod, b: MembershipPeriod): boolean {
  return (a.leftOn === null || b.joinedOn <= a.leftOn) && (b.leftOn === null || a.joinedOn <= b.leftOn);
}

/** One membership at a time: refuses (409 `already-member`) a period that shares a day with another of the organisation's. */
export function checkNoOverlap(organisation: Pick<OrganisationRef, 'name'>, period: MembershipPeriod, others: readonly MembershipPeriod[]): void {
  const other = others.find((m) => periodsOverlap(m, period));
  if (!other) return;
  const until = other.leftOn ? `until ${other.leftOn}` : 'with no end';
  throw new ConflictError('already-member', `${organisation.name} is already a member of this group then (since ${other.joinedOn}, ${until}).`);
}

/** A member on `day`: joined on or before it, and not left before it. */
export const memberOn = (period: MembershipPeriod, day: string): boolean =>
  period.joinedOn <= day && (period.leftOn === null || day <= period.leftOn);

/** Current and future members stay on the group page's member list; the others are past members. */
export const hasEnded = (period: MembershipPeriod, today: string): boolean => period.leftOn !== null && period.leftOn < today;

const ROLE_ORDER: Record<string, number> = { chair: 0, secretary: 1, member: 2 };

/** Current members: chairs, secretaries, then members, by name; past members: most recently left first. */
export function splitMembers(all: GroupMember[], today: string): { members: GroupMember[]; pastMembers: GroupMember[] } {
  const byName = (a: GroupMember, b: GroupMember) => foldText(a.organisation.name).localeCompare(foldText(b.organisation.name));
  const members = all
    .filter((m) => !hasEnded(m, today))
    .sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || byName(a, b));
  const pastMembers = all.filter((m) => hasEnded(m, today)).sort((a, b) => b.leftOn!.localeCompare(a.leftOn!) || byName(a, b));
  return { members, pastMembers };
}
