// Before a move on the board: what is missing for it, and which odd moves to ask about first.
// Pure (no API, no i18n runtime), so the unit tests check it with a table.
import { needsStartDate } from '../../lib/project-status.ts';
import type { Project, ProjectStatus } from '../../lib/types.ts';

/**
 * What a move needs to know before the click: `blocked`, the reason it cannot be made (the server
 * would refuse it), shown beside a disabled button; `ask`, a question before an odd move the server
 * allows (running before its start date, completed before its end date). `today` is a Brussels day.
 */
export interface MoveCheck {
  blocked: 'board.noStartDate' | null;
  ask: { key: 'board.askEarlyStart' | 'board.askEarlyEnd'; date: string } | null;
}

export function checkMove(project: Pick<Project, 'startDate' | 'endDate'>, to: ProjectStatus, today: string): MoveCheck {
  if (needsStartDate(to, project.startDate)) return { blocked: 'board.noStartDate', ask: null };
  if (to === 'running' && project.startDate && project.startDate > today) return { blocked: null, ask: { key: 'board.askEarlyStart', date: project.startDate } };
  if (to === 'completed' && project.endDate && project.endDate > today) return { blocked: null, ask: { key: 'board.askEarlyEnd', date: project.endDate } };
  return { blocked: null, ask: null };
}

