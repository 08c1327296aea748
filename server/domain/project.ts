// Rules a project must keep that a JSON schema cannot say: dates in order, one lead, no partner twice.
import type { FieldError } from './errors.ts';
import { isWholeCents } from './money.ts';
import type { ProjectInput } from '../schemas/project.ts';

export function projectRuleErrors(input: ProjectInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    errors.push({ field: 'endDate', code: 'end-before-start', message: 'The end date is before the start date.' });
  }
  // An idea may be cancelled before it ever had a date (the board allows that move too).
  if (input.status !== 'idea' && input.status !== 'cancelled' && !input.startDate) {
    errors.push({ field: 'startDate', code: 'required', message: 'A project past the idea stage needs a start date.' });
  }
  const leads = input.partners.filter((p) => p.role === 'lead').length;
  if (leads !== 1) {
    errors.push({ field: 'partners', code: 'one-lead', message: `A project has exactly one lead organisation, not ${leads}.` });
  }
  const ids = input.partners.map((p) => p.organisationId);
  if (new Set(ids).size !== ids.length) {
    errors.push({ field: 'partners', code: 'duplicate', message: 'An organisation is listed as partner twice.' });
  }
  if (typeof input.budget === 'number' && !isWholeCents(input.budget)) {
    errors.push({ field: 'budget', code: 'cents', message: 'The budget is in euros with at most two decimals (whole cents).' });
  }
  return errors;
}

export function projectProps(input: ProjectInput): Record<string, unknown> {
  return {
    title: input.title.trim(),
    description: input.description?.trim() || null,
    kind: input.kind,
    status: input.status,
    budget: input.budget ?? null,
    disciplines: input.disciplines,
    needsPartnersIn: input.needsPartnersIn ?? [],
  };
}
