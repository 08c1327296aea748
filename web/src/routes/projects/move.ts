// Moves a project one step on the board and says what happened: moved, someone else changed it
// first (the fresh project comes back, to show and try again), or refused with a reason.
import { api, toApiError } from '$lib/api';
import type { MessageKey } from '$lib/i18n/index.svelte';
import { needsStartDate } from '$lib/project-status';
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

/**
 * What a move needs to know before the click: `blocked`, the reason it cannot be made (the server
 * would refuse it), shown beside a disabled button; `ask`, a question before an odd move the server
 * allows (running before its start date, completed before its end date). `today` is a Brussels day.
 */
export interface MoveCheck {
  blocked: MessageKey | null;
  ask: { key: MessageKey; date: string } | null;
}

export function checkMove(project: Pick<Project, 'startDate' | 'endDate'>, to: ProjectStatus, today: string): MoveCheck {
  if (needsStartDate(to, project.startDate)) return { blocked: 'board.noStartDate', ask: null };
  if (to === 'running' && project.startDate && project.startDate > today) return { blocked: null, ask: { key: 'board.askEarlyStart', date: project.startDate } };
  if (to === 'completed' && project.endDate && project.endDate > today) return { blocked: null, ask: { key: 'board.askEarlyEnd', date: project.endDate } };
  return { blocked: null, ask: null };
}

/** A column of the board: the projects shown and how many have that status in all. */
export interface BoardColumn {
  items: Project[];
  total: number;
}
