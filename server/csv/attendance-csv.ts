// CSV of a meeting's attendance: the sheet of invited organisations (export), filled in and
// imported back all-or-nothing with a row-by-row report.
import { cellText, readCsvTable, toCsv, type CsvFormat } from '../domain/csv.ts';
import type { FieldError } from '../domain/errors.ts';
import type { AttendanceEntry } from '../schemas/meeting.ts';
import type { AttendanceInput, OrganisationRef } from '../schemas/working-group.ts';
import { ATTENDANCE_STATUSES } from '../domain/taxonomy.ts';

/** `name` is only for people reading the sheet: the import ignores it. */
export const ATTENDANCE_CSV_COLUMNS = ['organisation', 'name', 'status'] as const;
const REQUIRED = ['organisation', 'status'];

/** Every invited organisation, with its status or an empty cell to fill in. */
export function attendanceToCsv(entries: readonly AttendanceEntry[], format: CsvFormat = 'csv'): string {
  return toCsv(ATTENDANCE_CSV_COLUMNS, entries.map((e) => [e.organisation.slug, e.organisation.name, e.status ?? '']), { format });
}

export interface AttendanceCsvRow {
  row: number;
  organisation: string;
  status: AttendanceInput['status'];
}

/** Rows with an empty status are the sheet's unfilled lines: skipped, not refused. */
export function parseAttendanceCsv(text: string, maxRows: number): { rows: AttendanceCsvRow[]; skipped: number; errors: FieldError[] } {
  const { records, errors } = readCsvTable(text, { columns: ATTENDANCE_CSV_COLUMNS, required: REQUIRED, maxRows });
  const rows: AttendanceCsvRow[] = [];
  let skipped = 0;
  records.forEach((record, index) => {
    const row = index + 2;
    const organisation = cellText(record.organisation);
    const status = cellText(record.status).toLowerCase();
    if (!organisation) {
      errors.push({ row, column: 'organisation', code: 'required', message: 'organisation: a slug or id is required' });
      return;
    }
    if (!status) {
      skipped += 1;
      return;
    }
    if (!(ATTENDANCE_STATUSES as readonly string[]).includes(status)) {
      errors.push({ row, column: 'status', code: 'enum', message: `status: must be one of ${ATTENDANCE_STATUSES.join(', ')} (found "${status}")` });
      return;
    }
    rows.push({ row, organisation, status: status as AttendanceInput['status'] });
  });
  return { rows, skipped, errors };
}

/**
 * The records to write: each row's organisation found by slug or id, invited to the meeting
 * (`invited` null: a plenary, where every organisation may attend), and named once.
 */
export function planAttendanceImport(
  rows: readonly AttendanceCsvRow[],
  organisations: readonly OrganisationRef[],
  invited: ReadonlySet<string> | null,
): { records: AttendanceInput[]; errors: FieldError[] } {
  const byRef = new Map<string, OrganisationRef>();
  for (const o of organisations) {
    byRef.set(o.id, o);
    byRef.set(o.slug, o);
  }
  const records: AttendanceInput[] = [];
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const organisation = byRef.get(r.organisation);
    if (!organisation) {
      errors.push({ row: r.row, column: 'organisation', code: 'unknown-organisation', message: `organisation: no member organisation has the slug or id "${r.organisation}".` });
      continue;
    }
    if (invited && !invited.has(organisation.id)) {
      errors.push({ row: r.row, column: 'organisation', code: 'not-invited', message: `${organisation.name} was not a member of the group on the day of the meeting.` });
      continue;
    }
    const first = seen.get(organisation.id);
    if (first !== undefined) {
      errors.push({ row: r.row, column: 'organisation', code: 'duplicate', message: `${organisation.name} is also on row ${first}.` });
      continue;
    }
    seen.set(organisation.id, r.row);
    records.push({ organisationId: organisation.id, status: r.status });
  }
  return { records, errors };
}
