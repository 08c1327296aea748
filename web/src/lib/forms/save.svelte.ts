// The one way a form saves: run the form's own checks (every failing field at once), send, and on
// success hand over to `done` (usually: a flash message and the page of what was saved). A refusal
// goes to the form's problems: field errors, a version conflict, the network, or an error in the
// page's own code, which is reported as such, never as "the server cannot be reached". The CSRF
// token is added by the API client (lib/api.ts). Building the input happens inside `send`, so a
// fault there is caught and shown too.
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import { toApiError, type ApiError } from '../api.ts';
import { flash } from '../flash.svelte.ts';
import type { ProblemItem } from '../types.ts';
import type { FormProblems } from './problems.svelte.ts';

export interface SaveSteps<T> {
  /** The form's own checks; all problems found, not only the first. */
  check?: () => ProblemItem[];
  /** Builds the input and sends it. */
  send: () => Promise<T>;
  /** After a successful save. */
  done: (saved: T) => void | Promise<void>;
  /** Where to put the focus when there are problems (default: the form's summary). */
  showProblems?: () => void | Promise<void>;
}

export class FormSave<T> {
  saving = $state(false);
  /** The summary of problems at the top of the form, focused when there are problems. */
  summary: HTMLElement | undefined = $state();

  readonly problems: FormProblems;
  readonly #steps: SaveSteps<T>;

  constructor(problems: FormProblems, steps: SaveSteps<T>) {
    this.problems = problems;
    this.#steps = steps;
  }

  submit = async (event?: SubmitEvent): Promise<void> => {
    event?.preventDefault();
    if (this.saving) return;
    if (!this.problems.check(this.#steps.check?.() ?? [])) return this.#show();
    this.saving = true;
    try {
      const saved = await this.#steps.send();
      await this.#steps.done(saved);
    } catch (e) {
      this.problems.refused(e);
      await this.#show();
    } finally {
      this.saving = false;
    }
  };

  async #show(): Promise<void> {
    await tick();
    if (this.#steps.showProblems) await this.#steps.showProblems();
    else this.summary?.focus();
  }
}

/** The API of a kind of item that a form creates or edits. */
export interface Editable<Input, Saved> {
  create(input: Input): Promise<Saved>;
  update(id: string, input: Input & { version: number }): Promise<Saved>;
}

/** Creates the item, or saves the one being edited with the version that was read (409 when someone saved first). */
export function createOrUpdate<Input, Saved>(resource: Editable<Input, Saved>, editing: { id: string; version: number } | null | undefined, input: Input): Promise<Saved> {
  return editing ? resource.update(editing.id, { ...input, version: editing.version }) : resource.create(input);
}

/** Says what happened on the page it leads to, and goes there with fresh data. */
export async function leaveWith(message: string, path: string): Promise<void> {
  flash.show(message, path);
  await goto(path, { invalidateAll: true });
}

/**
 * A confirmed deletion: delete, then leave for `path` with `message`. Returns the failure (the
 * dialog closes either way), so the page can show it.
 */
export async function deleteThenLeave(remove: () => Promise<unknown>, message: string, path: string): Promise<ApiError | undefined> {
  try {
    await remove();
  } catch (e) {
    if (!(e instanceof Error && e.name === 'ApiError')) console.error(e);
    return toApiError(e);
  }
  flash.show(message, path);
  await goto(path);
  return undefined;
}
