// Each import's row checks as the preview runs them: the server's own parsers (server/csv/, pure),
// so a cell the server would refuse is marked before the upload. Checks that need stored data
// (unknown organisations, slugs taken) stay with the server.
import { parseAttendanceCsv } from '../../../../server/csv/attendance-csv.ts';
import { parseMembershipCsv } from '../../../../server/csv/membership-csv.ts';
import { parseOrganisationCsv } from '../../../../server/csv/organisation-csv.ts';
import { parseProjectCsv } from '../../../../server/csv/project-csv.ts';
import type { CsvCheck } from './preview.ts';

/** The preview does not refuse long files: the server counts rows against its own limit. */
const ANY_LENGTH = Number.MAX_SAFE_INTEGER;

export const CSV_CHECKS = {
  organisations: (text) => parseOrganisationCsv(text, ANY_LENGTH).errors,
  projects: (text) => parseProjectCsv(text, ANY_LENGTH).errors,
  members: (text) => parseMembershipCsv(text, ANY_LENGTH).errors,
  attendance: (text) => parseAttendanceCsv(text, ANY_LENGTH).errors,
} satisfies Record<string, CsvCheck>;
