// Reads a CSV file in the browser for the preview exactly as the server will read it (its encoding
// detected, its delimiter told from the header), counts its records, and runs the import's own row
// checks on it (server/csv/, pure) so bad cells show before the upload.
import Papa from 'papaparse';
import { decodeCsvBytes } from '../../../../server/domain/csv-encoding.ts';
import { delimiterOf } from '../../../../server/domain/csv.ts';
import { DomainError, type FieldError } from '../../../../server/domain/errors.ts';

export interface CsvPreview {
  header: string[];
  rows: string[][];
  /** Data records (not counting the header). */
  rowCount: number;
  /** Problems the import's checks find in the file, by row and column; [] when none or unchecked. */
  problems: FieldError[];
  /** The file could not be read at all (its encoding): nothing else is filled in. */
  unreadable: boolean;
}

export const PREVIEW_ROWS = 10;

/** The rows of the import's checks a preview runs: those that need nothing stored. */
export type CsvCheck = (text: string) => FieldError[];

export async function previewCsv(file: Blob, check?: CsvCheck): Promise<CsvPreview> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = decodeCsvBytes(bytes).text;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { header: [], rows: [], rowCount: 0, problems: error.errors ?? [], unreadable: true };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: delimiterOf(text), skipEmptyLines: 'greedy' });
  const [header = [], ...records] = parsed.data;
  return {
    header,
    rows: records.slice(0, PREVIEW_ROWS),
    rowCount: records.length,
    problems: check?.(text) ?? [],
    unreadable: false,
  };
}

/** The problem of a cell in the preview (row as in the file, the header being row 1), if any. */
export function cellProblem(problems: readonly FieldError[], row: number, column: string | undefined): FieldError | undefined {
  const name = (column ?? '').trim().toLowerCase();
  return problems.find((p) => p.row === row && p.column === name);
}
