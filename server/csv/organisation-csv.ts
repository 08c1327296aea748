// CSV import and export of organisations: the column list, row validation, the import plan, safe export.
// Pure and free of Node built-ins: the dashboard's import preview runs `parseOrganisationCsv` too.
import { LOCALES } from '../domain/taxonomy.ts';
import { readCsvTable, restoreNeutralised, schemaRowErrors, termCells, toCsv, type CsvFormat } from '../domain/csv.ts';
import { VOCABULARIES, type Vocabulary } from '../domain/vocabulary-labels.ts';
import type { FieldError } from '../domain/errors.ts';
import { inputOf, sameInput, slugify } from '../domain/organisation.ts';
import { OrganisationInputSchema, type Organisation, type OrganisationInput } from '../schemas/organisation.ts';
import { registerFormats } from '../schemas/formats.ts';

registerFormats();

const localisedColumns = (prefix: string) => LOCALES.map((l) => `${prefix}_${l}`);

export const CSV_COLUMNS = [
  'id', 'slug', 'name', 'kind', 'commune', 'disciplines',
  ...localisedColumns('mission'), ...localisedColumns('goals'),
  'main_language', 'website', 'email', 'phone', 'address', 'lat', 'lon',
  'languages', 'audiences', 'size', 'founded', 'offers', 'needs', 'public',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: Column[] = ['name', 'kind', 'commune', 'disciplines'];
const LIST_SEPARATOR = ';';

/** Columns whose cells are lists, numbers, booleans; every other column is text. */
const LIST_COLUMNS = new Set<string>(['disciplines', 'languages', 'audiences', 'offers', 'needs']);
const NUMBER_COLUMNS = new Set<string>(['lat', 'lon', 'founded']);

/** Columns naming vocabulary values, which a row may give by code or by label in any language; lists or one value. */
const TERM_COLUMNS: [column: string, vocabulary: Vocabulary, list: boolean][] = [
  ['kind', VOCABULARIES.organisationKind, false],
  ['commune', VOCABULARIES.commune, false],
  ['size', VOCABULARIES.size, false],
  ['disciplines', VOCABULARIES.discipline, true],
  ['audiences', VOCABULARIES.audience, true],
  ['offers', VOCABULARIES.resource, true],
  ['needs', VOCABULARIES.resource, true],
];

/** A schema path ("/mission/nl", "/disciplines/1") back to the CSV column that holds it. */
function columnOf(path: string): string {
  const [head, sub] = path.replace(/^\//, '').split('/');
  if ((head === 'mission' || head === 'goals') && sub) return `${head}_${sub}`;
  if (head === 'mainLanguage') return 'main_language';
  return head ?? '';
}

export { neutraliseFormula } from '../domain/csv.ts';

export function organisationToCsvRecord(o: Organisation): Record<Column, string> {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const record = {
    id: o.id, slug: o.slug, name: o.name, kind: o.kind, commune: o.commune,
    disciplines: o.disciplines.join(LIST_SEPARATOR),
    main_language: text(o.mainLanguage), website: text(o.website), email: text(o.email), phone: text(o.phone),
    address: text(o.address), lat: text(o.lat), lon: text(o.lon),
    languages: o.languages.join(LIST_SEPARATOR), audiences: o.audiences.join(LIST_SEPARATOR),
    size: text(o.size), founded: text(o.founded),
    offers: o.offers.join(LIST_SEPARATOR), needs: o.needs.join(LIST_SEPARATOR), public: String(o.public),
  } as Record<Column, string>;
  for (const l of LOCALES) {
    record[`mission_${l}` as Column] = o.mission[l] ?? '';
    record[`goals_${l}` as Column] = o.goals[l] ?? '';
  }
  return record;
}

export function organisationsToCsv(organisations: readonly Organisation[], format: CsvFormat = 'csv'): string {
  const rows = organisations.map((o) => {
    const record = organisationToCsvRecord(o);
    return CSV_COLUMNS.map((c) => record[c] ?? '');
  });
  return toCsv(CSV_COLUMNS, rows, { format });
}

export const TEMPLATE_EXAMPLE: Record<Column, string> = {
  id: '', slug: 'theatre-voorbeeld', name: 'Théâtre Voorbeeld', kind: 'theatre', commune: 'saint-gilles',
  disciplines: 'theatre;dance', mission_nl: 'Wij maken theater voor een jong publiek.', mission_fr: 'Nous créons du théâtre pour le jeune public.',
  mission_en: '', mission_de: '', goals_nl: '', goals_fr: '', goals_en: '', goals_de: '',
  main_language: 'fr', website: 'https://voorbeeld.example.org', email: 'info@voorbeeld.example.org', phone: '02 123 45 67',
  address: 'Rue de l\'Exemple 1, 1060 Saint-Gilles', lat: '50.8262', lon: '4.3455', languages: 'fr;nl', audiences: 'youth;schools',
  size: 'small', founded: '1998', offers: 'space;expertise', needs: 'funding;communication', public: 'true',
};

export function templateCsv(format: CsvFormat = 'csv'): string {
  return toCsv(CSV_COLUMNS, [CSV_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c] ?? '')], { format });
}

export interface CsvRow {
  /** Row number in the file, the header being row 1. */
  row: number;
  id: string | null;
  input: OrganisationInput;
}

/** Cell text to the value the schema expects; what cannot be converted stays text so the schema names it. */
function cellValue(column: string, raw: string): unknown {
  const cell = restoreNeutralised(raw.trim());
  if (LIST_COLUMNS.has(column)) return cell ? cell.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean) : [];
  if (cell === '') return undefined;
  if (NUMBER_COLUMNS.has(column)) return Number.isFinite(Number(cell)) ? Number(cell) : cell;
  if (column === 'public') return /^(true|yes|ja|oui|1)$/i.test(cell) ? true : /^(false|no|nee|non|0)$/i.test(cell) ? false : cell;
  return cell;
}

function recordToInput(record: Record<string, string | undefined>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const localised: Record<string, Record<string, string>> = { mission: {}, goals: {} };
  for (const [column, raw] of Object.entries(record)) {
    if (typeof raw !== 'string') continue;
    const value = cellValue(column, raw);
    if (value === undefined || column === 'id') continue;
    const m = /^(mission|goals)_(\w\w)$/.exec(column);
    if (m) localised[m[1]!]![m[2]!] = String(value);
    else if (column === 'main_language') input.mainLanguage = value;
    else input[column] = value;
  }
  for (const key of ['mission', 'goals']) if (Object.keys(localised[key]!).length) input[key] = localised[key];
  return input;
}

export { delimiterOf } from '../domain/csv.ts';

export function parseOrganisationCsv(text: string, maxRows: number): { rows: CsvRow[]; errors: FieldError[] } {
  const { records, errors } = readCsvTable(text, { columns: CSV_COLUMNS, required: REQUIRED_COLUMNS, maxRows });
  if (records.length === 0) return { rows: [], errors };
  const rows: CsvRow[] = [];
  const seenSlugs = new Map<string, number>();
  const seenIds = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const input = recordToInput(record);
    const termErrors: FieldError[] = [];
    for (const [column, vocabulary, list] of TERM_COLUMNS) {
      if (!record[column]?.trim()) continue;
      const { codes, errors: unknown } = termCells(vocabulary, record[column], row, column, { list });
      termErrors.push(...unknown);
      if (unknown.length === 0) input[column] = list ? codes : codes[0];
    }
    const rowErrors = [...termErrors, ...schemaRowErrors(OrganisationInputSchema, input, row, columnOf).filter((e) => !termErrors.some((t) => t.column === e.column))];
    const id = record.id?.trim() || null;
    if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      rowErrors.push({ row, column: 'id', code: 'format', message: 'id: must be a UUID, or empty for a new organisation' });
    }
    const slug = typeof input.slug === 'string' ? input.slug : slugify(String(input.name ?? ''));
    for (const [seen, value, column] of [[seenSlugs, slug, 'slug'], [seenIds, id, 'id']] as const) {
      if (!value) continue;
      const first = seen.get(value);
      if (first !== undefined) rowErrors.push({ row, column, code: 'duplicate', message: `${column} "${value}" is also on row ${first}.` });
      else seen.set(value, row);
    }
    errors.push(...rowErrors);
    if (rowErrors.length === 0) rows.push({ row, id, input: { ...(input as OrganisationInput), slug } });
  });
  return { rows, errors };
}

export interface ImportPlanResult {
  create: { id: string; input: OrganisationInput }[];
  update: { id: string; input: OrganisationInput }[];
  result: { total: number; created: number; updated: number; unchanged: number };
  errors: FieldError[];
}

/**
 * Matches each row on id, else on slug; a row whose slug belongs to another organisation than its
 * id is refused. Rows equal to what is stored are left alone, so re-importing a file changes nothing.
 *
 * Organisations in the trash (`trashed`, with the slug they had) are never matched: a row with the
 * id of one, or with the slug of one that no other organisation has taken since, is refused with
 * `organisation-deleted` / `slug-deleted`. Restoring it silently would undo someone's deliberate
 * delete, and creating a new one would leave a twin that blocks the trashed one's restore; the
 * person importing decides (restore it from the trash first, or change the row).
 */
export function planOrganisationImport(rows: CsvRow[], existing: Organisation[], trashed: Organisation[] = []): ImportPlanResult {
  const byId = new Map(existing.map((o) => [o.id, o]));
  const bySlug = new Map(existing.map((o) => [o.slug, o]));
  const trashedById = new Map(trashed.map((o) => [o.id, o]));
  const trashedBySlug = new Map(trashed.map((o) => [o.slug, o]));
  const plan: ImportPlanResult = { create: [], update: [], result: { total: rows.length, created: 0, updated: 0, unchanged: 0 }, errors: [] };
  for (const { row, id, input } of rows) {
    const deleted = id ? trashedById.get(id) : undefined;
    if (deleted) {
      plan.errors.push({
        row, column: 'id', code: 'organisation-deleted',
        message: `id ${id} is "${deleted.name}", which is in the trash: restore it first, or leave id empty to import the row as a new organisation.`,
      });
      continue;
    }
    const match = (id && byId.get(id)) || bySlug.get(input.slug!);
    const slugOwner = bySlug.get(input.slug!);
    if (slugOwner && match && slugOwner.id !== match.id) {
      plan.errors.push({ row, column: 'slug', code: 'slug-taken', message: `slug "${input.slug}" belongs to another organisation (${slugOwner.name}).` });
      continue;
    }
    const deletedSlugOwner = match ? undefined : trashedBySlug.get(input.slug!);
    if (deletedSlugOwner) {
      plan.errors.push({
        row, column: 'slug', code: 'slug-deleted',
        message: `slug "${input.slug}" belongs to "${deletedSlugOwner.name}", which is in the trash: restore it first, or give this row another slug.`,
      });
      continue;
    }
    if (!match) {
      plan.create.push({ id: id ?? globalThis.crypto.randomUUID(), input });
    } else if (sameInput(inputOf(match), input)) {
      plan.result.unchanged += 1;
    } else {
      plan.update.push({ id: match.id, input });
    }
  }
  plan.result.created = plan.create.length;
  plan.result.updated = plan.update.length;
  return plan;
}

