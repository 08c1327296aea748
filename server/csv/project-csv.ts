// CSV of joint projects: export, and an all-or-nothing import with a row-by-row report, matched on
// the id column when a row has one. Organisations and working groups are named by their slugs.
// Pure and free of Node built-ins: the dashboard's import preview runs `parseProjectCsv` too.
import { Type } from '@sinclair/typebox';
import { cellList, cellText, LIST_SEPARATOR, readCsvTable, schemaRowErrors, termCells, toCsv, type CsvFormat } from '../domain/csv.ts';
import { VOCABULARIES, type Vocabulary } from '../domain/vocabulary-labels.ts';
import type { FieldError } from '../domain/errors.ts';
import { projectRuleErrors } from '../domain/project.ts';
import { registerFormats } from '../schemas/formats.ts';
import { ProjectInputSchema, type Project, type ProjectInput } from '../schemas/project.ts';
import type { OrganisationRef, WorkingGroupRef } from '../schemas/working-group.ts';

registerFormats();

/** What a row holds besides its partners and group, which it names by slug. */
const ProjectFieldsSchema = Type.Omit(ProjectInputSchema, ['partners', 'workingGroupId']);

/** Columns naming vocabulary values by code or label: the field each fills, and whether it is a list. */
const TERM_COLUMNS: [column: string, field: string, vocabulary: Vocabulary, list: boolean][] = [
  ['kind', 'kind', VOCABULARIES.projectKind, false],
  ['status', 'status', VOCABULARIES.projectStatus, false],
  ['disciplines', 'disciplines', VOCABULARIES.discipline, true],
  ['needs_partners_in', 'needsPartnersIn', VOCABULARIES.discipline, true],
];
type ProjectFields = Omit<ProjectInput, 'partners' | 'workingGroupId'>;

export const PROJECT_CSV_COLUMNS = [
  'id', 'title', 'kind', 'status', 'start_date', 'end_date', 'budget', 'disciplines',
  'lead', 'partners', 'working_group', 'needs_partners_in', 'description',
] as const;
const REQUIRED = ['title', 'kind', 'status', 'lead'];

const COLUMN_OF: Record<string, string> = { startDate: 'start_date', endDate: 'end_date', needsPartnersIn: 'needs_partners_in' };
const columnOf = (path: string) => {
  const head = path.replace(/^\//, '').split('/')[0] ?? '';
  return COLUMN_OF[head] ?? head;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function projectsToCsv(projects: readonly Project[], format: CsvFormat = 'csv'): string {
  const rows = projects.map((p) => [
    p.id,
    p.title,
    p.kind,
    p.status,
    p.startDate ?? '',
    p.endDate ?? '',
    p.budget === null ? '' : String(p.budget),
    p.disciplines.join(LIST_SEPARATOR),
    p.partners.find((o) => o.role === 'lead')?.slug ?? '',
    p.partners.filter((o) => o.role !== 'lead').map((o) => o.slug).join(LIST_SEPARATOR),
    p.workingGroup?.slug ?? '',
    p.needsPartnersIn.join(LIST_SEPARATOR),
    p.description ?? '',
  ]);
  return toCsv(PROJECT_CSV_COLUMNS, rows, { format });
}

export interface ProjectCsvRow {
  row: number;
  id: string | null;
  fields: ProjectFields;
  lead: string;
  partners: string[];
  workingGroup: string | null;
}

export function parseProjectCsv(text: string, maxRows: number): { rows: ProjectCsvRow[]; errors: FieldError[] } {
  const { records, errors } = readCsvTable(text, { columns: PROJECT_CSV_COLUMNS, required: REQUIRED, maxRows });
  const rows: ProjectCsvRow[] = [];
  const seenIds = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const budget = cellText(record.budget);
    const fields: Record<string, unknown> = {
      title: cellText(record.title),
      kind: cellText(record.kind),
      status: cellText(record.status),
      startDate: cellText(record.start_date) || null,
      endDate: cellText(record.end_date) || null,
      budget: budget === '' ? null : Number.isFinite(Number(budget)) ? Number(budget) : budget,
      disciplines: cellList(record.disciplines),
      needsPartnersIn: cellList(record.needs_partners_in),
    };
    const description = cellText(record.description);
    if (description) fields.description = description;
    const termErrors: FieldError[] = [];
    for (const [column, field, vocabulary, list] of TERM_COLUMNS) {
      if (!record[column]?.trim()) continue;
      const { codes, errors: unknown } = termCells(vocabulary, record[column], row, column, { list });
      termErrors.push(...unknown);
      if (unknown.length === 0) fields[field] = list ? codes : codes[0];
    }
    const rowErrors = [...termErrors, ...schemaRowErrors(ProjectFieldsSchema, fields, row, columnOf).filter((e) => !termErrors.some((t) => t.column === e.column))];
    const lead = cellText(record.lead);
    if (!lead) rowErrors.push({ row, column: 'lead', code: 'required', message: 'lead: the slug of the lead organisation is required' });
    const id = cellText(record.id) || null;
    if (id && !UUID.test(id)) rowErrors.push({ row, column: 'id', code: 'format', message: 'id: must be a UUID, or empty for a new project' });
    if (id) {
      const first = seenIds.get(id);
      if (first !== undefined) rowErrors.push({ row, column: 'id', code: 'duplicate', message: `id "${id}" is also on row ${first}.` });
      else seenIds.set(id, row);
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0) {
      rows.push({ row, id, fields: fields as ProjectFields, lead, partners: cellList(record.partners), workingGroup: cellText(record.working_group) || null });
    }
  });
  return { rows, errors };
}

export interface ProjectImportContext {
  /** Stored projects the file names by id. */
  existing: Project[];
  /** Ids the file names that belong to projects in the trash. */
  trashed: string[];
  organisations: OrganisationRef[];
  workingGroups: WorkingGroupRef[];
}

export interface ProjectImportPlan<T> {
  create: { id: string; input: ProjectInput }[];
  update: { id: string; input: ProjectInput }[];
  result: T;
}

export interface ProjectImportResult {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** A project's writable part in a canonical form, to tell a real change from none. */
function canonical(input: ProjectInput): string {
  return JSON.stringify({
    title: input.title.trim(),
    description: input.description?.trim() || null,
    kind: input.kind,
    status: input.status,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    budget: input.budget ?? null,
    disciplines: input.disciplines,
    partners: [...input.partners].sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    workingGroupId: input.workingGroupId ?? null,
    needsPartnersIn: input.needsPartnersIn ?? [],
  });
}

export const projectInputOf = (p: Project): ProjectInput => ({
  title: p.title,
  ...(p.description ? { description: p.description } : {}),
  kind: p.kind as ProjectInput['kind'],
  status: p.status as ProjectInput['status'],
  startDate: p.startDate,
  endDate: p.endDate,
  budget: p.budget,
  disciplines: p.disciplines as ProjectInput['disciplines'],
  partners: p.partners.map((o) => ({ organisationId: o.organisationId, role: o.role as 'lead' | 'partner' })),
  workingGroupId: p.workingGroup?.id ?? null,
  needsPartnersIn: p.needsPartnersIn as ProjectInput['disciplines'],
});

const RULE_COLUMNS: Record<string, string> = { startDate: 'start_date', endDate: 'end_date', partners: 'partners' };

/**
 * Each row's slugs resolved, its rules checked as the API checks them, and matched on its id: a
 * stored project is updated (or left alone when nothing differs), an unknown id or none creates
 * one. A row naming a project in the trash is refused: restore it first.
 */
export function planProjectImport(rows: readonly ProjectCsvRow[], found: ProjectImportContext): ProjectImportPlan<ProjectImportResult> & { errors: FieldError[] } {
  const organisations = new Map<string, OrganisationRef>();
  for (const o of found.organisations) {
    organisations.set(o.slug, o);
    organisations.set(o.id, o);
  }
  const groups = new Map<string, WorkingGroupRef>();
  for (const g of found.workingGroups) {
    groups.set(g.slug, g);
    groups.set(g.id, g);
  }
  const existing = new Map(found.existing.map((p) => [p.id, p]));
  const trashed = new Set(found.trashed);
  const plan = { create: [], update: [], result: { total: rows.length, created: 0, updated: 0, unchanged: 0 }, errors: [] } as ProjectImportPlan<ProjectImportResult> & { errors: FieldError[] };

  for (const r of rows) {
    const rowErrors: FieldError[] = [];
    const organisation = (column: string, slug: string) => {
      const o = organisations.get(slug);
      if (!o) rowErrors.push({ row: r.row, column, code: 'unknown-organisation', message: `${column}: no member organisation has the slug "${slug}".` });
      return o;
    };
    const lead = organisation('lead', r.lead);
    const partners = r.partners.map((slug) => organisation('partners', slug));
    const group = r.workingGroup === null ? null : groups.get(r.workingGroup);
    if (group === undefined) {
      rowErrors.push({ row: r.row, column: 'working_group', code: 'unknown-working-group', message: `working_group: no working group has the slug "${r.workingGroup}".` });
    }
    if (r.id && trashed.has(r.id)) {
      rowErrors.push({ row: r.row, column: 'id', code: 'project-deleted', message: `id ${r.id} is a project in the trash: restore it first, or leave id empty to import the row as a new project.` });
    }
    if (rowErrors.length) {
      plan.errors.push(...rowErrors);
      continue;
    }
    const input: ProjectInput = {
      ...r.fields,
      partners: [{ organisationId: lead!.id, role: 'lead' }, ...partners.map((o) => ({ organisationId: o!.id, role: 'partner' as const }))],
      workingGroupId: group?.id ?? null,
    };
    const ruleErrors = projectRuleErrors(input).map((e) => {
      const column = RULE_COLUMNS[e.field ?? ''] ?? e.field ?? '';
      return { row: r.row, column, code: e.code, message: `${column}: ${e.message}` };
    });
    if (ruleErrors.length) {
      plan.errors.push(...ruleErrors);
      continue;
    }
    const stored = r.id ? existing.get(r.id) : undefined;
    if (!stored) plan.create.push({ id: r.id ?? globalThis.crypto.randomUUID(), input });
    else if (canonical(projectInputOf(stored)) === canonical(input)) plan.result.unchanged += 1;
    else plan.update.push({ id: stored.id, input });
  }
  plan.result.created = plan.create.length;
  plan.result.updated = plan.update.length;
  return plan;
}
