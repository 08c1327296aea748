// Strategy goals: their statuses, how a goal is stored as node properties, and the checks a schema
// cannot say (the deadline after the baseline day).
import type { FieldError } from './errors.ts';
import type { GoalInput } from '../schemas/goal.ts';

/** What the data says of a goal (the rule is in server/analytics/kpis/goal-status.ts). */
export const GOAL_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export function goalErrors(input: GoalInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.deadline <= input.baselineDate) {
    errors.push({ field: 'deadline', code: 'deadline-before-baseline', message: 'The deadline must come after the baseline date.' });
  }
  if (input.discipline && input.workingGroupId) {
    errors.push({ field: 'workingGroupId', code: 'one-filter', message: 'Filter a goal by a discipline or by a working group, not both.' });
  }
  return errors;
}

/** The stored properties; a filter or note left out is stored as nothing (null removes it on update). */
export function goalProps(input: GoalInput, baselineValue: number): Record<string, unknown> {
  return {
    title: input.title.trim(),
    note: input.note?.trim() ? input.note.trim() : null,
    kpi: input.kpi,
    discipline: input.discipline ?? null,
    workingGroupId: input.workingGroupId ?? null,
    baselineDate: input.baselineDate,
    baselineValue,
    target: input.target,
    deadline: input.deadline,
  };
}
