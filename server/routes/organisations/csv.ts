// CSV import (validated, all-or-nothing, row-by-row report), its template, and the filtered export.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CSV_COLUMNS,
  organisationsToCsv,
  parseOrganisationCsv,
  planOrganisationImport,
  templateCsv,
} from '../../csv/organisation-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { problemRef } from '../../schemas/common.ts';
import { ImportResultSchema, OrganisationFilterSchema } from '../../schemas/organisation.ts';
import { acceptCsv, acceptedPlan, attachment, CsvExportQuerySchema, CsvTextSchema, refuseFile, sendCsv } from '../csv-import.ts';

const tags = ['organisations'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  acceptCsv(fastify);

  fastify.get(
    '/organisations/export.csv',
    {
      schema: { tags, summary: 'The filtered organisation list as CSV', querystring: Type.Object({ ...OrganisationFilterSchema.properties, ...CsvExportQuerySchema.properties }), produces: ['text/csv'], response: { 200: CsvTextSchema } },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const organisations = await fastify.organisations.listAll(filter);
      return sendCsv(reply, attachment('organisations'), organisationsToCsv(organisations, format), format);
    },
  );

  fastify.get(
    '/organisations/import/template.csv',
    {
      schema: {
        tags,
        summary: 'An import template: the header and one example row',
        description: `Columns: ${CSV_COLUMNS.join(', ')}. Lists are separated by ";"; the first discipline is the main one.`,
        querystring: CsvExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema },
      },
    },
    async (request, reply) => sendCsv(reply, 'attachment; filename="organisations-template.csv"', templateCsv(request.query.format), request.query.format),
  );

  fastify.post(
    '/organisations/import',
    {
      bodyLimit: fastify.config.importMaxBytes,
      schema: {
        tags,
        summary: 'Import organisations from CSV: all rows or none',
        description:
          'Every row is validated first; one bad row refuses the whole file with 422 and a report of row, column and reason. ' +
          'Rows are matched on id, else on slug; rows equal to what is stored are left unchanged. ' +
          'A row naming an organisation in the trash (by id, or by a slug nobody else has taken since) is refused: restore it first.',
        consumes: ['text/csv'],
        body: CsvTextSchema,
        response: { 200: ImportResultSchema, 413: problemRef, 415: problemRef, 422: problemRef },
      },
    },
    async (request) => {
      const { rows, errors } = parseOrganisationCsv(request.body, fastify.config.importMaxRows);
      if (errors.length) throw refuseFile(errors);
      return fastify.organisations.importRows(
        { ids: rows.flatMap((r) => (r.id ? [r.id] : [])), slugs: rows.map((r) => r.input.slug!) },
        (existing, trashed) => acceptedPlan(planOrganisationImport(rows, existing, trashed)),
        changeContext(request),
      );
    },
  );
};
export default routes;
