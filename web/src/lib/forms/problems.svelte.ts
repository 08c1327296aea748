// The problems of one form, as state the form's fields and its summary read: field errors (from the
// form's own checks or the server's answer), a version conflict, or a failure of another kind. The
// rules live in problems.ts; this class only holds the state and gives the fields their ids.
import type { ApiError } from '../api.ts';
import { i18n } from '../i18n/index.svelte.ts';
import type { ProblemItem } from '../types.ts';
import { fieldOf, problemReason as reasonWith, refusalOf } from './problems.ts';

const messages = { has: (key: string) => i18n.has(key), text: (key: string) => i18n.label('validation', key.replace(/^validation\./, '')) };

/** A field-specific message when there is one, else the message for the code, else the server's words. */
export const problemReason = (error: ProblemItem): string => reasonWith(error, messages);

export class FormProblems {
  errors = $state.raw<ProblemItem[]>([]);
  failure = $state.raw<ApiError | undefined>(undefined);
  conflict = $state(false);

  /** Fields the form shows; other errors go to the summary only. */
  readonly fields: ReadonlySet<string>;
  readonly #prefix: string;
  readonly #ids: Readonly<Record<string, string>>;
  readonly #fieldCodes: Readonly<Record<string, string>>;

  /**
   * @param prefix  the ids of the form's inputs: `${prefix}-${field}` ('mission.nl' → 'f-mission-nl')
   * @param ids     inputs whose id does not follow that rule
   * @param fieldCodes  server codes without field errors that belong to one field ('already-member' → 'joinedOn')
   */
  constructor(
    fields: Iterable<string>,
    options: { prefix?: string; ids?: Record<string, string>; fieldCodes?: Record<string, string> } = {},
  ) {
    this.fields = new Set(fields);
    this.#prefix = options.prefix ?? 'f';
    this.#ids = options.ids ?? {};
    this.#fieldCodes = options.fieldCodes ?? {};
  }

  /** The id of a field's input. */
  id = (field: string): string => this.#ids[field] ?? `${this.#prefix}-${field.replace(/\./g, '-')}`;

  get any(): boolean {
    return this.errors.length > 0 || this.failure !== undefined || this.conflict;
  }

  clear(): void {
    this.errors = [];
    this.failure = undefined;
    this.conflict = false;
  }

  /** The form's own checks found these, every failing field at once (empty: nothing). */
  check(errors: ProblemItem[]): boolean {
    this.clear();
    this.errors = errors;
    return errors.length === 0;
  }

  /** The save failed: field errors beside their fields, a stale version to the conflict notice, the rest on top. */
  refused(error: unknown): void {
    this.clear();
    const refusal = refusalOf(error, this.#fieldCodes);
    if (refusal.kind === 'conflict') this.conflict = true;
    else if (refusal.kind === 'fields') this.errors = refusal.errors;
    else {
      // A fault of the page's own code: keep its stack for whoever opens the console.
      if (!(error instanceof Error && error.name === 'ApiError')) console.error(error);
      this.failure = refusal.error;
    }
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
  describedBy(field: string, hint = false, id = this.id(field)): string | undefined {
    return [hint ? `${id}-hint` : '', this.for(field).length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  }

  /** Errors with no field of the form to sit beside. */
  get unplaced(): ProblemItem[] {
    return this.errors.filter((e) => !this.fields.has(fieldOf(e) ?? ''));
  }
}
