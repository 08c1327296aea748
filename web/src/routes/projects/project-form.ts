// The project form's values, its checks before sending, and the API input it makes. Pure: the
// rules (one lead, dates in order, a start date past the idea stage) can be tested by hand.
import type { PartnerRole, ProblemItem, Project, ProjectInput, ProjectKind, ProjectStatus } from '$lib/types';

export interface PartnerValue {
  organisationId: string;
  name: string;
  slug: string;
  role: PartnerRole;
}

export interface ProjectFormValues {
  title: string;
  description: string;
  kind: ProjectKind | '';
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  budget: string;
  disciplines: string[];
  needsPartnersIn: string[];
  workingGroupId: string;
  partners: PartnerValue[];
}

export function projectFormValues(project?: Project, defaults: { workingGroupId?: string } = {}): ProjectFormValues {
  return {
    title: project?.title ?? '',
    description: project?.description ?? '',
    kind: (project?.kind as ProjectKind | undefined) ?? '',
    status: (project?.status as ProjectStatus | undefined) ?? 'idea',
    startDate: project?.startDate ?? '',
    endDate: project?.endDate ?? '',
    budget: project?.budget == null ? '' : String(project.budget),
    disciplines: [...(project?.disciplines ?? [])],
    needsPartnersIn: [...(project?.needsPartnersIn ?? [])],
    workingGroupId: project?.workingGroup?.id ?? defaults.workingGroupId ?? '',
    partners: (project?.partners ?? []).map((p) => ({ organisationId: p.organisationId, name: p.name, slug: p.slug, role: p.role as PartnerRole })),
  };
}

const budgetNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : NaN;
};

export function projectClientErrors(values: ProjectFormValues): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const title = values.title.trim();
  if (!title) errors.push({ field: 'title', code: 'required', message: '' });
  else if (title.length < 2) errors.push({ field: 'title', code: 'minLength', message: '' });
  if (!values.kind) errors.push({ field: 'kind', code: 'required', message: '' });
  if (values.status !== 'idea' && values.status !== 'cancelled' && !values.startDate) errors.push({ field: 'startDate', code: 'start-date-required', message: '' });
  if (values.startDate && values.endDate && values.endDate < values.startDate) errors.push({ field: 'endDate', code: 'end-before-start', message: '' });
  const budget = budgetNumber(values.budget);
  if (budget !== null && (Number.isNaN(budget) || budget < 0)) errors.push({ field: 'budget', code: 'minimum', message: '' });
  if (values.partners.length === 0) errors.push({ field: 'partners', code: 'minItems', message: '' });
  else if (values.partners.filter((p) => p.role === 'lead').length !== 1) errors.push({ field: 'partners', code: 'one-lead', message: '' });
  return errors;
}

export function projectInputFrom(values: ProjectFormValues): ProjectInput {
  const budget = budgetNumber(values.budget);
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    kind: values.kind as ProjectKind,
    status: values.status,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    budget: budget === null || Number.isNaN(budget) ? null : budget,
    disciplines: values.disciplines as ProjectInput['disciplines'],
    needsPartnersIn: values.needsPartnersIn as NonNullable<ProjectInput['needsPartnersIn']>,
    workingGroupId: values.workingGroupId || null,
    partners: values.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
  };
}
