// CSV shared by every import and export: formula neutralising, the house layout (header, CRLF), and
// reading an uploaded file (delimiter, header checks, row numbers for the error report).
import Papa from 'papaparse';
import type { TSchema } from '@sinclair/typebox';
import { Errors, ValueErrorType } from '@sinclair/typebox/errors';
import type { FieldError } from './errors.ts';
import { matchTerm, suggestTerms, type Vocabulary } from './vocabulary-labels.ts';

/** csv: comma-separated, for tools. excel: ";" between columns (with a byte-order mark, added where the file is sent). */
export const CSV_FORMATS = ['csv', 'excel'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];
export const delimiterFor = (format: CsvFormat = 'csv') => (format === 'excel' ? ';' : ',');
import { normaliseText } from './text-input.ts';

// Spreadsheet programs run a cell starting with these as a formula; see OWASP "CSV injection".
// A cell that already starts with quotes before such a character gets one more, so that undoing
// it is exact: "'=x" is written "''=x" and read back as "'=x", never as "=x".
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^''*[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Undoes `neutraliseFormula`, so that an exported file imports back to the same values. */
export const restoreNeutralised = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

/**
 * A header row and data rows as CSV text, every cell neutralised, CRLF line ends and a final one;
 * commas between columns, or semicolons for Excel (a cell holding one is quoted).
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly string[])[], options: { header?: boolean; format?: CsvFormat } = {}): string {
  if (rows.length === 0 && options.header === false) return '';
  const data = rows.map((row) => row.map(neutraliseFormula));
  return Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', header: options.header ?? true, delimiter: delimiterFor(options.format) }) + '\r\n';
}

/**
 * Comma, or semicolon as spreadsheets in Belgian locales save CSV. Told from the header line
 * alone, where no cell holds a list, since list cells use ";" themselves.
 */
export function delimiterOf(content: string): ',' | ';' {
  const header = content.slice(0, content.search(/\r?\n|$/));
  return !header.includes(',') && header.includes(';') ? ';' : ',';
}

export interface CsvLayout {
  /** Every column a file may have (lower case); others are refused. */
  columns: readonly string[];
  /** Columns a file must have. */
  required: readonly string[];
  maxRows: number;
}

export interface CsvTable {
  /** The header's column names, trimmed and lower-cased. */
  header: string[];
  /** One record per data row, by column name; record i is on file row i + 2 (the header is row 1). */
  records: Record<string, string>[];
  /**
   * Problems with the file as a whole (unknown or missing columns, too many rows, no rows: then
   * `records` is empty) and with its CSV syntax (a broken quote, a row longer than the header).
   */
  errors: FieldError[];
}

/**
 * Reads an uploaded CSV file the same way for every import: a byte-order mark is dropped, the
 * delimiter detected, column names are case-insensitive, and a short row reads as empty trailing
 * cells. Every problem names its row (the header is row 1) and, where it has one, its column.
 */
export function readCsvTable(text: string, layout: CsvLayout): CsvTable {
  const content = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(content, {
    header: true,
    delimiter: delimiterOf(content),
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    // Every cell made canonical as the API does with request text (text-input.ts), before any check.
    transform: (cell) => normaliseText(cell),
  });
  const header = parsed.meta.fields ?? [];
  const errors: FieldError[] = [];
  for (const column of header) {
    if (!layout.columns.includes(column)) {
      errors.push({ row: 1, column, code: 'unknown-column', message: `Unknown column "${column}". Expected columns: ${layout.columns.join(', ')}.` });
    }
  }
  for (const column of layout.required) {
    if (!header.includes(column)) errors.push({ row: 1, column, code: 'missing-column', message: `The required column "${column}" is missing.` });
  }
  if (parsed.data.length > layout.maxRows) {
    errors.push({ row: layout.maxRows + 2, code: 'too-many-rows', message: `A file may hold at most ${layout.maxRows} rows; this one has ${parsed.data.length}.` });
  }
  if (parsed.data.length === 0 && errors.length === 0) {
    errors.push({ row: 2, code: 'required', message: 'The file has a header but no rows.' });
  }
  if (errors.length) return { header, records: [], errors };
  for (const e of parsed.errors) {
    if (e.code === 'TooFewFields') continue;
    errors.push({ row: (e.row ?? 0) + 2, code: 'format', message: `The CSV is malformed here: ${e.message}.` });
  }
  return { header, records: parsed.data, errors };
}

/** A cell as the person meant it: trimmed, and un-neutralised when our own export protected it. */
export const cellText = (raw: string | undefined): string => restoreNeutralised((raw ?? '').trim());

/** List cells (disciplines, partners) hold values separated by ";". */
export const LIST_SEPARATOR = ';';
export const cellList = (raw: string | undefined): string[] =>
  cellText(raw)
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

const TYPE_WORDS: Record<string, string> = {
  number: 'a number such as 50.8467',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list separated by ";"',
  string: 'text',
};

const FORMAT_WORDS: Record<string, string> = {
  date: 'a date written YYYY-MM-DD, such as 2024-09-15',
  'date-time': 'a date and time such as 2024-09-15T19:30',
  email: 'an e-mail address such as info@example.be',
  uri: 'a web address starting with https://',
  uuid: 'an identifier as the export writes it (a UUID), or nothing',
};

const PATTERN_WORDS: Record<string, string> = {
  '^[a-z]{2}$': 'a two-letter language code such as nl or fr',
};

type Schema = Record<string, unknown>;
const JSON_TYPES: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
};

/** What is wrong with a value, as a stable code and in plain words (never "Expected union value"). */
function describeProblem(schema: Schema, value: unknown, errorType: ValueErrorType): { code: string; words: string } {
  // A nullable value ("a date or null") is a union: its reason is that of the value that is not null.
  if (Array.isArray(schema.anyOf)) {
    const variant = (schema.anyOf as Schema[]).find((s) => s.type !== 'null');
    if (variant) return describeProblem(variant, value, errorType);
  }
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  if (type && JSON_TYPES[type] && !JSON_TYPES[type](value)) return { code: 'type', words: `must be ${TYPE_WORDS[type] ?? type}` };
  if (Array.isArray(schema.enum)) return { code: 'enum', words: `must be one of ${schema.enum.join(', ')}` };
  if (errorType === ValueErrorType.ArrayUniqueItems) return { code: 'uniqueItems', words: 'names the same value twice' };
  if (typeof schema.format === 'string') return { code: 'format', words: `must be ${FORMAT_WORDS[schema.format] ?? schema.format}` };
  if (typeof schema.pattern === 'string') {
    return { code: 'pattern', words: PATTERN_WORDS[schema.pattern] ? `must be ${PATTERN_WORDS[schema.pattern]}` : 'holds characters that are not allowed here' };
  }
  if (schema.minLength !== undefined) return { code: 'minLength', words: `needs at least ${String(schema.minLength)} characters` };
  if (schema.minItems !== undefined && Array.isArray(value) && value.length < Number(schema.minItems)) {
    return { code: 'minItems', words: `needs at least ${String(schema.minItems)} value(s)` };
  }
  if (schema.maxLength !== undefined) return { code: 'maxLength', words: `may hold at most ${String(schema.maxLength)} characters` };
  if (schema.maxItems !== undefined) return { code: 'maxItems', words: `may hold at most ${String(schema.maxItems)} values` };
  if (schema.minimum !== undefined && typeof value === 'number' && value < Number(schema.minimum)) return { code: 'minimum', words: `must be ${String(schema.minimum)} or more` };
  if (schema.maximum !== undefined && typeof value === 'number' && value > Number(schema.maximum)) return { code: 'maximum', words: `must be ${String(schema.maximum)} or less` };
  return { code: 'type', words: 'is not a value this column accepts' };
}

const shown = (value: unknown) => (Array.isArray(value) ? value.join(';') : String(value));

/**
 * A row's value checked against the API's own input schema, each problem named by the CSV column
 * that holds it (`columnOf` maps a schema path such as "/mission/nl" back to "mission_nl"), in plain
 * words with the value found. TypeBox reports a union's failure several times, and a missing value
 * also as a wrong one: one line per column and reason is kept, and "required" says it all.
 * Uses TypeBox's interpreter rather than its compiler, so the dashboard (whose content security
 * policy forbids eval) runs the very same check in its import preview.
 */
export function schemaRowErrors(schema: TSchema, value: unknown, row: number, columnOf: (path: string) => string): FieldError[] {
  const errors: FieldError[] = [...Errors(schema, value)].map((e) => {
    const column = columnOf(e.path);
    if (e.type === ValueErrorType.ObjectRequiredProperty) return { row, column, code: 'required', message: `${column}: a value is required` };
    const { code, words } = describeProblem(e.schema as Schema, e.value, e.type);
    return { row, column, code, value: shown(e.value), message: `${column}: ${words} (found "${shown(e.value)}")` };
  });
  const missing = new Set(errors.filter((e) => e.code === 'required').map((e) => e.column));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (missing.has(e.column) && e.code !== 'required') return false;
    const key = `${e.column}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A cell naming vocabulary values by code or label (one, or a ";" list): the codes it means, and a
 * problem for each value that names nothing, with the value and what it may have meant.
 */
export function termCells(
  vocabulary: Vocabulary,
  raw: string | undefined,
  row: number,
  column: string,
  options: { list: boolean } = { list: true },
): { codes: string[]; errors: FieldError[] } {
  const codes: string[] = [];
  const errors: FieldError[] = [];
  for (const value of options.list ? cellList(raw) : [cellText(raw)].filter(Boolean)) {
    const code = matchTerm(vocabulary, value);
    if (code !== undefined) {
      codes.push(code);
      continue;
    }
    const suggestions = suggestTerms(vocabulary, value);
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(' or ')}?` : '';
    errors.push({ row, column, code: vocabulary.problem, value, suggestions, message: `${column}: "${value}" is not known.${hint}` });
  }
  return { codes, errors };
}
