// The rule that a field naming something by id must name something that exists. Repositories look
// the ids up inside their transaction; these pure checks decide what an unknown one means.
import { InvalidInputError, type FieldError } from './errors.ts';

const UNKNOWN = {
  organisation: { code: 'unknown-organisation', message: (id: string) => `No organisation has the id ${id}.` },
  'working-group': { code: 'unknown-working-group', message: (id: string) => `No working group has the id ${id}.` },
  meeting: { code: 'unknown-meeting', message: (id: string) => `No meeting has the id ${id}.` },
  user: { code: 'unknown-user', message: (id: string) => `No account has the id ${id}.` },
} as const;

export type ReferenceKind = keyof typeof UNKNOWN;

/** The field error of an id that names no `kind`. */
export function unknownReference(kind: ReferenceKind, field: string, id: string): FieldError {
  return { field, code: UNKNOWN[kind].code, message: UNKNOWN[kind].message(id) };
}

/** The field error of `field` when its id (if any) was not among those found; none when it was. */
export function referenceErrors(kind: ReferenceKind, field: string, id: string | null | undefined, found: ReadonlySet<string>): FieldError[] {
  return id && !found.has(id) ? [unknownReference(kind, field, id)] : [];
}

/** What a field names, as looked up; refused (400 `validation`, with `summary`) when the look-up found nothing. */
export function requireReference<T>(kind: ReferenceKind, field: string, id: string, found: T | undefined, summary: string): T {
  if (found === undefined) throw new InvalidInputError('validation', summary, [unknownReference(kind, field, id)]);
  return found;
}
