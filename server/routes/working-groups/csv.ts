// A working group's members as CSV: the export, and the import (validated, all-or-nothing, row-by-row report).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MEMBER_CSV_COLUMNS, membersToCsv, parseMembershipCsv, planMembershipImport } from '../../csv/membership-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { IdParams, problemRef } from '../../schemas/common.ts';
import { ImportResultSchema } from '../../schemas/organisation.ts';
import { acceptCsv, acceptedPlan, attachment, CsvExportQuerySchema, CsvTextSchema, refuseFile, sendCsv } from '../csv-import.ts';

const tags = ['working-groups'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  acceptCsv(fastify);

  fastify.get(
    '/working-groups/:id/members.csv',
    {
      schema: {
        tags,
        summary: "The group's memberships, current and past, as CSV",
        description: `Columns: ${MEMBER_CSV_COLUMNS.join(', ')}; organisation is the slug. The file imports back unchanged.`,
        params: IdParams,
        querystring: CsvExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 404: problemRef },
      },
    },
    async (request, reply) => {
      const [group, members] = await Promise.all([fastify.workingGroups.get(request.params.id), fastify.workingGroups.memberships(request.params.id)]);
      return sendCsv(reply, attachment(`${group.slug}-members`), membersToCsv(members, request.query.format), request.query.format);
    },
  );

  fastify.post(
    '/working-groups/:id/members/import',
    {
      bodyLimit: fastify.config.importMaxBytes,
      schema: {
        tags,
        summary: 'Import memberships from CSV: all rows or none',
        description:
          'Columns: organisation (slug or id, required), role (chair, secretary or member; member when empty), representative, ' +
          'joined_on (YYYY-MM-DD, required), left_on (empty while a member); a name column is ignored. A row updates the ' +
          "organisation's membership that began the same day, or adds one. One bad row refuses the whole file with 422 and a " +
          'report of row, column and reason: unknown organisations, bad dates, left_on before joined_on, memberships that overlap (already-member).',
        params: IdParams,
        consumes: ['text/csv'],
        body: CsvTextSchema,
        response: { 200: ImportResultSchema, 404: problemRef, 413: problemRef, 415: problemRef, 422: problemRef },
      },
    },
    async (request) => {
      const { rows, errors } = parseMembershipCsv(request.body, fastify.config.importMaxRows);
      if (errors.length) throw refuseFile(errors);
      return fastify.workingGroups.importMembers(
        request.params.id,
        [...new Set(rows.map((r) => r.organisation))],
        (organisations, existing) => acceptedPlan(planMembershipImport(rows, organisations, existing)),
        changeContext(request),
      );
    },
  );
};
export default routes;
