// Attendance at meetings: recorded by coordinators (one by one or from a CSV sheet), confirmed by a
// representative for its own organisation, and each organisation's attendance rate over time.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { organisationAttendance } from '../../analytics/attendance.ts';
import { ATTENDANCE_CSV_COLUMNS, attendanceToCsv, parseAttendanceCsv, planAttendanceImport } from '../../csv/attendance-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { IdParams, problemRef } from '../../schemas/common.ts';
import { AttendanceEntrySchema, AttendanceReplaceSchema, OrganisationAttendanceSchema } from '../../schemas/meeting.ts';
import { AttendanceInputSchema } from '../../schemas/working-group.ts';
import { acceptCsv, acceptedPlan, attachment, CsvExportQuerySchema, CsvTextSchema, refuseFile, sendCsv } from '../csv-import.ts';

const tags = ['meetings'];

const AttendanceImportResultSchema = Type.Object({
  total: Type.Integer({ description: 'Rows in the file' }),
  created: Type.Integer({ description: 'Organisations recorded for the first time' }),
  updated: Type.Integer({ description: 'Records whose status changed' }),
  unchanged: Type.Integer(),
  skipped: Type.Integer({ description: 'Rows with no status (not filled in)' }),
});

const INVITED =
  'Invited: members of the group on the day of the meeting; a plenary invites every organisation. ' +
  'Anyone else is refused with 400 not-invited, an unknown organisation with 400 unknown-organisation.';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  acceptCsv(fastify);

  fastify.put(
    '/meetings/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record the attendance of the organisations given (other records stay as they are)',
        description: INVITED,
        params: IdParams,
        body: AttendanceReplaceSchema,
        response: { 200: Type.Array(AttendanceEntrySchema), 400: problemRef, 404: problemRef },
      },
    },
    async (request) => fastify.meetings.recordAttendance(request.params.id, request.body, null, changeContext(request)),
  );

  fastify.post(
    '/meetings/:id/attendance/confirm',
    {
      schema: {
        tags,
        summary: "A representative confirms its own organisation's attendance (present, excused or absent)",
        description: `${INVITED} A representative may confirm only for its own organisation (another answers 404). The record keeps who confirmed it.`,
        params: IdParams,
        body: AttendanceInputSchema,
        response: { 200: AttendanceEntrySchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const entries = await fastify.meetings.recordAttendance(request.params.id, [request.body], request.actor.userId, changeContext(request));
      return entries.find((e) => e.organisation.id === request.body.organisationId)!;
    },
  );

  fastify.get(
    '/meetings/:id/attendance.csv',
    {
      schema: {
        tags,
        summary: 'The attendance sheet: every invited organisation with its status, empty where none is recorded',
        description: `Columns: ${ATTENDANCE_CSV_COLUMNS.join(', ')}. Fill in the status column and import it back.`,
        params: IdParams,
        querystring: CsvExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 404: problemRef },
      },
    },
    async (request, reply) => {
      const entries = await fastify.meetings.attendance(request.params.id);
      return sendCsv(reply, attachment(`attendance-${request.params.id.slice(0, 8)}`), attendanceToCsv(entries, request.query.format), request.query.format);
    },
  );

  fastify.post(
    '/meetings/:id/attendance/import',
    {
      bodyLimit: fastify.config.importMaxBytes,
      schema: {
        tags,
        summary: 'Record attendance from a CSV sheet: all rows or none',
        description:
          'Columns: organisation (slug or id), status (present, excused or absent; rows left empty are skipped); a name column is ignored. ' +
          `${INVITED} One bad row refuses the whole file with 422 and a report of row, column and reason.`,
        params: IdParams,
        consumes: ['text/csv'],
        body: CsvTextSchema,
        response: { 200: AttendanceImportResultSchema, 404: problemRef, 413: problemRef, 415: problemRef, 422: problemRef },
      },
    },
    async (request) => {
      const { rows, skipped, errors } = parseAttendanceCsv(request.body, fastify.config.importMaxRows);
      if (errors.length) throw refuseFile(errors);
      const result = await fastify.meetings.importAttendance(
        request.params.id,
        [...new Set(rows.map((r) => r.organisation))],
        (organisations, invited) => acceptedPlan(planAttendanceImport(rows, organisations, invited)).records,
        changeContext(request),
      );
      return { total: rows.length + skipped, ...result, skipped };
    },
  );

  fastify.get(
    '/organisations/:id/attendance',
    {
      schema: {
        tags: ['organisations', 'meetings'],
        summary: "An organisation's attendance rate, overall and per quarter",
        description:
          'Counts the meetings that have started whose attendance was taken and to which it was invited (its groups’ meetings ' +
          'while it was a member, and every plenary); rate = present / invited, null when invited is 0. Quarters run from ' +
          'the first to the last with an invitation, none left out.',
        params: IdParams,
        response: { 200: OrganisationAttendanceSchema, 404: problemRef },
      },
    },
    async (request) => organisationAttendance(await fastify.meetings.invitations(request.params.id)),
  );
};
export default routes;
