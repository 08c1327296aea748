// Where a project can move on the board, as the server allows it (server/domain/project-status.ts):
// one step along idea → planned → running → completed, one step back, any status to cancelled, and
// a cancelled project back to idea. Planned and later need a start date.
import { BOARD_STATUSES } from './taxonomy.ts';
import type { ProjectStatus } from './types.ts';

const LIFE_LINE: readonly ProjectStatus[] = BOARD_STATUSES;

export function nextStatus(from: ProjectStatus): ProjectStatus | null {
  if (from === 'cancelled') return 'idea';
  const i = LIFE_LINE.indexOf(from);
  return i >= 0 && i < LIFE_LINE.length - 1 ? LIFE_LINE[i + 1]! : null;
}

export function previousStatus(from: ProjectStatus): ProjectStatus | null {
  const i = LIFE_LINE.indexOf(from);
  return i > 0 ? LIFE_LINE[i - 1]! : null;
}

/** The move needs a start date the project does not have yet. */
export const needsStartDate = (to: ProjectStatus, startDate: string | null): boolean => to !== 'idea' && to !== 'cancelled' && !startDate;

export const isProjectStatus = (value: string): value is ProjectStatus =>
  (['idea', 'planned', 'running', 'completed', 'cancelled'] as const).includes(value as ProjectStatus);
