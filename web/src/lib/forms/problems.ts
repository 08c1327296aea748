// What is wrong with a form, as pure rules: which field an error belongs to, which of the server's
// errors are worth showing, what a refused save means for the form (field errors, a version
// conflict, or a failure of the page or the network), and the words for an error. The rune class
// that holds a form's problems (problems.svelte.ts) and the save helper use these; the unit tests
// import this module in Node.
import { ApiError, toApiError } from '../api.ts';
import type { ProblemItem } from '../types.ts';

/** 'mission.nl', '/mission/nl' and 'partners/1' all name the field as a dotted path without indexes. */
export function fieldOf(error: ProblemItem): string | undefined {
  if (!error.field) return undefined;
  const path = error.field.replace(/^\//, '').replace(/\//g, '.').replace(/\.\d+$/, '').replace(/^\d+\./, '');
  return path || undefined;
}

/** Ajv's reasons for a failed `anyOf` (string or null): the specific one is enough. */
const UNION_NOISE = new Set(['type', 'anyOf', 'oneOf']);

/**
 * Codes that say the same thing: a text's shape ("not a web address"), or the value's kind when a
 * union failed with nothing more specific ("not a number" and "no alternative"). One is enough.
 */
const SAME_CAUSE: ReadonlyMap<string, string> = new Map([
  ['format', 'shape'],
  ['pattern', 'shape'],
  ['type', 'kind'],
  ['anyOf', 'kind'],
  ['oneOf', 'kind'],
]);

/**
 * One message per cause: a nullable field with a bad web address fails `format`, `pattern`, `type`
 * (not null) and `anyOf`; only the first of `format`/`pattern` says what to fix. Duplicates (same
 * field and code) are dropped too.
 */
export function relevantErrors(errors: readonly ProblemItem[]): ProblemItem[] {
  const specific = new Set(errors.filter((e) => !UNION_NOISE.has(e.code)).map((e) => fieldOf(e) ?? ''));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const field = fieldOf(e) ?? '';
    if (UNION_NOISE.has(e.code) && specific.has(field)) return false;
    const key = `${field}|${SAME_CAUSE.get(e.code) ?? e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a form shows after its save failed. */
export type Refusal =
  | { kind: 'conflict' }
  | { kind: 'fields'; errors: ProblemItem[] }
  | { kind: 'failure'; error: ApiError };

/** Server codes that belong to one field of the form, though the server sends no field errors. */
const FIELD_CODES: Readonly<Record<string, string>> = {
  'slug-taken': 'slug',
};

/**
 * The mapping table from a failed save to what the form shows: a stale version is a conflict,
 * field errors go beside their fields, a code that names one field goes there, anything else
 * (the network, the server, an error in the page's own code) is a failure of the whole form.
 */
export function refusalOf(error: unknown, fieldCodes: Readonly<Record<string, string>> = {}): Refusal {
  const problem = toApiError(error);
  if (problem.code === 'version-conflict' || (problem.status === 409 && problem.code === undefined)) return { kind: 'conflict' };
  if (problem.errors?.length) return { kind: 'fields', errors: relevantErrors(problem.errors) };
  const field = problem.code ? (fieldCodes[problem.code] ?? FIELD_CODES[problem.code]) : undefined;
  if (field && problem.code) return { kind: 'fields', errors: [{ field, code: problem.code, message: problem.detail ?? problem.title }] };
  return { kind: 'failure', error: problem };
}

/** The words for an error: the field-specific message, else the message for the code, else the server's. */
export function problemReason(error: ProblemItem, messages: { has(key: string): boolean; text(key: string): string }): string {
  const field = fieldOf(error)?.split('.')[0];
  if (field && messages.has(`validation.${error.code}.${field}`)) return messages.text(`validation.${error.code}.${field}`);
  if (messages.has(`validation.${error.code}`)) return messages.text(`validation.${error.code}`);
  return error.message || error.code;
}

/** A form's own check: one problem item. */
export const problem = (field: string, code: string): ProblemItem => ({ field, code, message: '' });
