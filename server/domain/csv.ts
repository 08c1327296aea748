// CSV shared by every import and export: formula neutralising, the house layout (header, CRLF), and
// reading an uploaded file (delimiter, header checks, row numbers for the error report).
import Papa from 'papaparse';
import type { TSchema } from '@sinclair/typebox';
import { ValueErrorType, type TypeCheck } from '@sinclair/typebox/compiler';
import type { FieldError } from './errors.ts';
import { normaliseText } from './text-input.ts';

// Spreadsheet programs run a cell starting with these as a formula; see OWASP "CSV injection".
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Undoes `neutraliseFormula`, so that an exported file imports back to the same values. */
export const restoreNeutralised = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

/** A header row and data rows as CSV text, every cell neutralised, CRLF line ends and a final one. */
export function toCsv(fields: readonly string[], rows: readonly (readonly string[])[], options: { header?: boolean } = {}): string {
  if (rows.length === 0 && options.header === false) return '';
  const data = rows.map((row) => row.map(neutraliseFormula));
  return Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', header: options.header ?? true }) + '\r\n';
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

const JSON_TYPES: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
};

function schemaCode(schema: Record<string, unknown>, value: unknown): string {
  // A nullable value ("a date or null") is a union: its reason is that of the value that is not null.
  if (Array.isArray(schema.anyOf)) {
    const variant = (schema.anyOf as Record<string, unknown>[]).find((s) => s.type !== 'null');
    if (variant) return schemaCode(variant, value);
  }
  const isType = typeof schema.type === 'string' ? JSON_TYPES[schema.type] : undefined;
  if (isType && !isType(value)) return 'type';
  if (schema.enum) return 'enum';
  if (schema.format) return 'format';
  if (schema.pattern) return 'pattern';
  if (schema.minLength !== undefined || schema.minItems !== undefined) return 'minLength';
  if (schema.maxLength !== undefined || schema.maxItems !== undefined) return 'maxLength';
  if (schema.minimum !== undefined || schema.maximum !== undefined) return 'range';
  return 'type';
}

/**
 * A row's value checked against the API's own input schema, each problem named by the CSV column
 * that holds it (`columnOf` maps a schema path such as "/mission/nl" back to "mission_nl").
 * TypeBox reports a union's failure several times, and a missing value also as a wrong one: one
 * line per column and reason is kept, and "required" says it all.
 */
export function schemaRowErrors<T extends TSchema>(check: TypeCheck<T>, value: unknown, row: number, columnOf: (path: string) => string): FieldError[] {
  const errors: FieldError[] = [...check.Errors(value)].map((e) => {
    const column = columnOf(e.path);
    if (e.type === ValueErrorType.ObjectRequiredProperty) return { row, column, code: 'required', message: `${column}: a value is required` };
    const code = schemaCode(e.schema, e.value);
    const allowed = Array.isArray(e.schema.enum) ? `must be one of ${e.schema.enum.join(', ')}` : e.message;
    return { row, column, code, message: `${column}: ${code === 'enum' ? allowed : e.message} (found "${String(e.value)}")` };
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
