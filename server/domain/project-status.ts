// A project's life cycle on the board: which status moves are allowed, and what a move needs.
import type { FieldError } from './errors.ts';
import { PROJECT_STATUSES } from './taxonomy.ts';

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The main line of a project's life; a move goes one step forward or one step back along it. */
const LIFE_LINE: readonly ProjectStatus[] = ['idea', 'planned', 'running', 'completed'];

/**
 * Allowed: one step along idea → planned → running → completed, one step back (a plan that slips,
 * a completion recorded too early), any status to cancelled, and a cancelled project back to idea
 * (revived, to be planned again). Staying put is no move and always allowed.
 */
export function canMove(from: ProjectStatus, to: ProjectStatus): boolean {
  if (from === to) return true;
  if (to === 'cancelled') return true;
  if (from === 'cancelled') return to === 'idea';
  const step = LIFE_LINE.indexOf(to) - LIFE_LINE.indexOf(from);
  return step === 1 || step === -1;
}

/** The statuses a project may move to from `from` (for the board's drop targets). */
export const nextStatuses = (from: ProjectStatus): ProjectStatus[] => PROJECT_STATUSES.filter((to) => to !== from && canMove(from, to));

/** Why a move is refused; empty when it is allowed. Planned and later need a start date. */
export function statusMoveErrors(from: ProjectStatus, to: ProjectStatus, startDate: string | null): FieldError[] {
  if (!canMove(from, to)) {
    const allowed = nextStatuses(from).join(', ');
    return [{ field: 'status', code: 'invalid-transition', message: `A project cannot move from ${from} to ${to}; from ${from} it can move to ${allowed}.` }];
  }
  if (from !== to && to !== 'idea' && to !== 'cancelled' && startDate === null) {
    return [{ field: 'startDate', code: 'start-date-required', message: `A ${to} project needs a start date: set one first.` }];
  }
  return [];
}
