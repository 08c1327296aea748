// CSV import (validated, all-or-nothing, row-by-row report), its template, and the filtered export.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { InvalidInputError } from '../../domain/errors.ts';
import {
  CSV_COLUMNS,
  organisationsToCsv,
  parseOrganisationCsv,
  planOrganisationImport,
  templateCsv,
} from '../../domain/organisation-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { problemRef } from '../../schemas/common.ts';
import { ImportResultSchema, OrganisationFilterSchema } from '../../schemas/organisation.ts';

const tags = ['organisations'];
const CsvText = Type.String({ description: 'text/csv' });

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { importMaxBytes, importMaxRows } = fastify.config;
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: importMaxBytes }, (_req, body, done) =>
    done(null, body),
  );

  fastify.get(
    '/organisations/export.csv',
    {
      schema: { tags, summary: 'The filtered organisation list as CSV', querystring: OrganisationFilterSchema, produces: ['text/csv'], response: { 200: CsvText } },
    },
    async (request, reply) => {
      const organisations = await fastify.organisations.listAll(request.query);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="organisations-${stamp}.csv"`)
        .send(organisationsToCsv(organisations));
    },
  );

  fastify.get(
    '/organisations/import/template.csv',
    {
      schema: {
        tags,
        summary: 'An import template: the header and one example row',
        description: `Columns: ${CSV_COLUMNS.join(', ')}. Lists are separated by ";"; the first discipline is the main one.`,
        produces: ['text/csv'],
        response: { 200: CsvText },
      },
    },
    async (_request, reply) =>
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="organisations-template.csv"').send(templateCsv()),
  );

  fastify.post(
    '/organisations/import',
    {
      bodyLimit: importMaxBytes,
      schema: {
        tags,
        summary: 'Import organisations from CSV: all rows or none',
        description:
          'Every row is validated first; one bad row refuses the whole file with 422 and a report of row, column and reason. ' +
          'Rows are matched on id, else on slug; rows equal to what is stored are left unchanged. ' +
          'A row naming an organisation in the trash (by id, or by a slug nobody else has taken since) is refused: restore it first.',
        consumes: ['text/csv'],
        body: CsvText,
        response: { 200: ImportResultSchema, 413: problemRef, 415: problemRef, 422: problemRef },
      },
    },
    async (request) => {
      const refuse = (errors: { row?: number; code: string; message: string }[]) =>
        new InvalidInputError('invalid-csv', `The file was not imported: ${errors.length} problem(s) found. Nothing was written.`, errors, 422);
      const { rows, errors } = parseOrganisationCsv(request.body, importMaxRows);
      if (errors.length) throw refuse(errors);
      return fastify.organisations.importRows(
        { ids: rows.flatMap((r) => (r.id ? [r.id] : [])), slugs: rows.map((r) => r.input.slug!) },
        (existing, trashed) => {
          const plan = planOrganisationImport(rows, existing, trashed);
          if (plan.errors.length) throw refuse(plan.errors);
          return plan;
        },
        changeContext(request),
      );
    },
  );
};
export default routes;
