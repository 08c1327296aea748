// The password rules the server enforces, checked before sending so the form can say what is wrong.
import type { MessageKey } from '$lib/i18n/index.svelte';

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordField = 'current' | 'next' | 'repeat';

export function passwordProblems(values: { current: string; next: string; repeat: string }): Partial<Record<PasswordField, MessageKey>> {
  const problems: Partial<Record<PasswordField, MessageKey>> = {};
  if (!values.current) problems.current = 'password.currentMissing';
  if ([...values.next].length < MIN_PASSWORD_LENGTH) problems.next = 'password.tooShort';
  else if (values.next === values.current) problems.next = 'password.sameAsCurrent';
  if (values.repeat !== values.next) problems.repeat = 'password.mismatch';
  return problems;
}
