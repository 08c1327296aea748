// What is wrong with a form, from the browser's own checks or the server's answer: field errors to
// show beside their fields (and in a summary), a version conflict, or a failure of another kind.
// One class for the dashboard's smaller forms (groups, members, meetings, insights, projects).
import { toApiError, type ApiError } from './api.ts';
import { i18n } from './i18n/index.svelte.ts';
import type { ProblemItem } from './types.ts';

/** 'mission.nl', '/mission/nl' and 'partners/1' all name the field as a dotted path without indexes. */
export function fieldOf(error: ProblemItem): string | undefined {
  if (!error.field) return undefined;
  const path = error.field.replace(/^\//, '').replace(/\//g, '.').replace(/\.\d+$/, '').replace(/^\d+\./, '');
  return path || undefined;
}

/** Ajv's reasons for a failed `anyOf` (string or null): the specific one is enough. */
const UNION_NOISE = new Set(['type', 'anyOf', 'oneOf']);

/** One message per cause; the generic "not null"/"no alternative" ones go when a specific one is there. */
export function relevantErrors(errors: ProblemItem[]): ProblemItem[] {
  const specific = new Set(errors.filter((e) => !UNION_NOISE.has(e.code)).map((e) => fieldOf(e) ?? ''));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const field = fieldOf(e) ?? '';
    if (UNION_NOISE.has(e.code) && specific.has(field)) return false;
    const key = `${field}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A field-specific message when there is one, else the message for the code, else the server's words. */
export function problemReason(error: ProblemItem): string {
  const field = fieldOf(error)?.split('.')[0];
  if (field && i18n.has(`validation.${error.code}.${field}`)) return i18n.label('validation', `${error.code}.${field}`);
  if (i18n.has(`validation.${error.code}`)) return i18n.label('validation', error.code);
  return error.message || error.code;
}

export class FormProblems {
  errors = $state.raw<ProblemItem[]>([]);
  failure = $state.raw<ApiError | undefined>(undefined);
  conflict = $state(false);

  /** Fields the form shows; other errors go to the summary only. */
  readonly fields: ReadonlySet<string>;

  constructor(fields: Iterable<string>) {
    this.fields = new Set(fields);
  }

  get any(): boolean {
    return this.errors.length > 0 || this.failure !== undefined || this.conflict;
  }

  clear(): void {
    this.errors = [];
    this.failure = undefined;
    this.conflict = false;
  }

  /** The form's own checks found these (empty: nothing). */
  check(errors: ProblemItem[]): boolean {
    this.clear();
    this.errors = errors;
    return errors.length === 0;
  }

  /** The server refused: field errors go beside their fields, a stale version to the conflict notice. */
  refused(error: unknown): void {
    const problem = toApiError(error);
    this.clear();
    if (problem.code === 'version-conflict' || (problem.status === 409 && problem.code === undefined)) this.conflict = true;
    else if (problem.errors?.length) this.errors = relevantErrors(problem.errors);
    else if (problem.code === 'slug-taken') this.errors = [{ field: 'slug', code: 'slug-taken', message: problem.detail ?? problem.title }];
    else this.failure = problem;
  }

  for(field: string): ProblemItem[] {
    return this.errors.filter((e) => fieldOf(e) === field);
  }

  message(field: string): string {
    return this.for(field).map(problemReason).join(' ');
  }

  invalid(field: string): 'true' | undefined {
    return this.for(field).length ? 'true' : undefined;
  }

  /** aria-describedby for a field: its hint and its error, when there are. */
  describedBy(id: string, field: string, hint = false): string | undefined {
    return [hint ? `${id}-hint` : '', this.for(field).length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  }

  /** Errors with no field of the form to sit beside. */
  get unplaced(): ProblemItem[] {
    return this.errors.filter((e) => !this.fields.has(fieldOf(e) ?? ''));
  }
}
