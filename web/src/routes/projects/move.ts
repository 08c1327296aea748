// Moves a project one step on the board and says what happened: moved, someone else changed it
// first (the fresh project comes back, to show and try again), or refused with a reason.
import { api, toApiError } from '$lib/api';
import type { MessageKey } from '$lib/i18n/index.svelte';
import type { Project, ProjectStatus } from '$lib/types';

export type MoveOutcome =
  | { kind: 'moved'; project: Project }
  | { kind: 'conflict'; project: Project | null }
  | { kind: 'refused'; reason: MessageKey; detail: string | undefined };

export async function moveProject(project: Project, to: ProjectStatus): Promise<MoveOutcome> {
  try {
    return { kind: 'moved', project: await api.projects.setStatus(project.id, to, project.version) };
  } catch (e) {
    const problem = toApiError(e);
    if (problem.status === 409) {
      const fresh = await api.projects.get(project.id).catch(() => null);
      return { kind: 'conflict', project: fresh };
    }
    const code = problem.code ?? problem.errors?.[0]?.code;
    const reason: MessageKey =
      code === 'start-date-required' ? 'board.needsStartDate' : code === 'invalid-transition' ? 'board.invalidMove' : problem.status === 403 ? 'problem.forbidden' : 'board.moveFailed';
    return { kind: 'refused', reason, detail: problem.detail };
  }
}

/** A column of the board: the projects shown and how many have that status in all. */
export interface BoardColumn {
  items: Project[];
  total: number;
}
