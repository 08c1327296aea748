// The invite and edit forms' values and their checks, as pure functions.
import type { MessageKey } from '$lib/i18n/index.svelte';
import type { PickedOrganisation, ProblemItem, User, UserRole } from '$lib/types';
import { isEmail } from '$lib/forms/values';

export type { PickedOrganisation };

export interface UserFormValues {
  email: string;
  name: string;
  role: UserRole | '';
  organisation: PickedOrganisation | null;
  disabled: boolean;
}

export type UserField = 'email' | 'name' | 'role' | 'organisation';

export function userFormValues(user?: User): UserFormValues {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? '',
    organisation: user?.organisationId ? { id: user.organisationId, name: user.organisationName ?? user.organisationId } : null,
    disabled: user?.disabled ?? false,
  };
}

/** Only a representative is bound to an organisation; the others never send one. */
export const organisationFor = (values: UserFormValues): string | null =>
  values.role === 'representative' ? (values.organisation?.id ?? null) : null;

export function userFormProblems(values: UserFormValues, checkEmail: boolean): Partial<Record<UserField, MessageKey>> {
  const problems: Partial<Record<UserField, MessageKey>> = {};
  if (checkEmail && !isEmail(values.email.trim())) problems.email = 'validation.format.email';
  if (values.name.trim().length < 2) problems.name = 'validation.minLength.name';
  if (!values.role) problems.role = 'validation.required';
  if (values.role === 'representative' && !values.organisation) problems.organisation = 'users.organisationRequired';
  return problems;
}

/** Places the server's field errors (400) on the form's fields; what fits nowhere is returned apart. */
export function serverProblems(errors: ProblemItem[]): { fields: Partial<Record<UserField, string>>; other: ProblemItem[] } {
  const fields: Partial<Record<UserField, string>> = {};
  const other: ProblemItem[] = [];
  for (const error of errors) {
    const name = (error.field ?? '').replace(/^\//, '').split(/[./]/)[0];
    const field: UserField | undefined =
      name === 'email' || name === 'name' || name === 'role' ? name : name === 'organisationId' ? 'organisation' : undefined;
    if (field) fields[field] = error.message || error.code;
    else other.push(error);
  }
  return { fields, other };
}

/** A one-time password to show once, and for whom. */
export interface OneTimeSecret {
  password: string;
  name: string;
  email: string;
  reason: 'created' | 'reset';
}
