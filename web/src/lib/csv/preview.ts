// Reads the start of a CSV file in the browser for the preview, and counts its records.
import Papa from 'papaparse';

export interface CsvPreview {
  header: string[];
  rows: string[][];
  /** Data records (not counting the header). */
  rowCount: number;
  errors: string[];
  /** The header looks like a semicolon-separated file (a common spreadsheet export in Belgium). */
  semicolons: boolean;
}

export const PREVIEW_ROWS = 10;

export function previewCsv(file: File): Promise<CsvPreview> {
  return new Promise((resolve) => {
    const records: string[][] = [];
    const errors: string[] = [];
    let count = 0;
    // One streaming pass: keep the first records for the table, count all of them.
    Papa.parse<string[]>(file, {
      // The import format is comma-separated; ';' separates list items inside a cell, which would
      // fool papaparse's delimiter guess.
      delimiter: ',',
      skipEmptyLines: 'greedy',
      step: (result) => {
        count += 1;
        if (records.length <= PREVIEW_ROWS) records.push(result.data);
        if (result.errors.length && errors.length < 5) {
          for (const e of result.errors) errors.push(`${e.code}${e.row !== undefined ? ` (${e.row + 1})` : ''}: ${e.message}`);
        }
      },
      complete: () => {
        const [header = [], ...rows] = records;
        const semicolons = header.length === 1 && (header[0] ?? '').split(';').length > 3;
        resolve({ header, rows, rowCount: Math.max(0, count - 1), errors, semicolons });
      },
      error: (error) => resolve({ header: [], rows: [], rowCount: 0, errors: [error.message], semicolons: false }),
    });
  });
}
