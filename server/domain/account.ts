// Rules of an account that hold whoever writes it: a representative speaks for exactly one
// organisation, every other role for the council as a whole.
import type { UserRole } from './actor.ts';
import { ConflictError, type FieldError } from './errors.ts';

export function accountOrganisationProblems(role: UserRole, organisationId: string | null | undefined): FieldError[] {
  if (role === 'representative' && !organisationId) {
    return [{ field: 'organisationId', code: 'required', message: 'A representative must be given the organisation it speaks for.' }];
  }
  if (role !== 'representative' && organisationId) {
    return [{ field: 'organisationId', code: 'not-allowed', message: `Only a representative speaks for an organisation; a ${role} must have none.` }];
  }
  return [];
}

/** True when the change takes away an enabled admin: a demotion or a disabling. */
export function losesAdmin(current: { role: UserRole; disabled: boolean }, update: { role: UserRole; disabled?: boolean | undefined }): boolean {
  return current.role === 'admin' && !current.disabled && (update.role !== 'admin' || Boolean(update.disabled));
}

/** The last enabled admin stays one, or nobody could manage accounts any more (409 `last-admin`). */
export function checkAdminsRemain(otherEnabledAdmins: number): void {
  if (otherEnabledAdmins === 0) throw new ConflictError('last-admin', 'This is the last enabled admin: make another admin first.');
}
