// Rules of an account that hold whoever writes it: a representative speaks for exactly one
// organisation, every other role for the council as a whole.
import type { UserRole } from './actor.ts';
import type { FieldError } from './errors.ts';

export function accountOrganisationProblems(role: UserRole, organisationId: string | null | undefined): FieldError[] {
  if (role === 'representative' && !organisationId) {
    return [{ field: 'organisationId', code: 'required', message: 'A representative must be given the organisation it speaks for.' }];
  }
  if (role !== 'representative' && organisationId) {
    return [{ field: 'organisationId', code: 'not-allowed', message: `Only a representative speaks for an organisation; a ${role} must have none.` }];
  }
  return [];
}
