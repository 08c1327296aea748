import { describe, expect, it } from 'vitest';
import { canMove, nextStatuses, statusMoveErrors, type ProjectStatus } from '../../server/domain/project-status.ts';

// Rows: from; columns: to, in the order idea, planned, running, completed, cancelled.
const ALLOWED: Record<ProjectStatus, string> = {
  idea: '11001',
  planned: '11101',
  running: '01111',
  completed: '00111',
  cancelled: '10001',
};
const ORDER: ProjectStatus[] = ['idea', 'planned', 'running', 'completed', 'cancelled'];

describe('canMove', () => {
  for (const from of ORDER) {
    for (const [i, to] of ORDER.entries()) {
      const allowed = ALLOWED[from][i] === '1';
      it(`${from} → ${to}: ${allowed ? 'allowed' : 'refused'}`, () => expect(canMove(from, to)).toBe(allowed));
    }
  }
});

describe('nextStatuses', () => {
  it('lists the drop targets of each column of the board', () => {
    expect(nextStatuses('idea')).toEqual(['planned', 'cancelled']);
    expect(nextStatuses('running')).toEqual(['planned', 'completed', 'cancelled']);
    expect(nextStatuses('cancelled')).toEqual(['idea']);
  });
});

describe('statusMoveErrors', () => {
  const cases: [ProjectStatus, ProjectStatus, string | null, string[]][] = [
    ['idea', 'planned', '2025-01-01', []],
    ['idea', 'planned', null, ['startDate:start-date-required']],
    ['planned', 'running', null, ['startDate:start-date-required']],
    ['idea', 'cancelled', null, []],
    ['cancelled', 'idea', null, []],
    ['idea', 'running', '2025-01-01', ['status:invalid-transition']],
    ['completed', 'idea', '2025-01-01', ['status:invalid-transition']],
    ['running', 'running', null, []],
  ];
  for (const [from, to, startDate, expected] of cases) {
    it(`${from} → ${to} ${startDate ? 'with' : 'without'} a start date`, () =>
      expect(statusMoveErrors(from, to, startDate).map((e) => `${e.field}:${e.code}`)).toEqual(expected));
  }
});
