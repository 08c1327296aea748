// Joint projects as CSV: the filtered export, and the import (validated, all-or-nothing, row-by-row report).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { parseProjectCsv, planProjectImport, PROJECT_CSV_COLUMNS, projectsToCsv } from '../../csv/project-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { problemRef } from '../../schemas/common.ts';
import { ImportResultSchema } from '../../schemas/organisation.ts';
import { ProjectListQuerySchema } from '../../schemas/project.ts';
import { acceptCsv, acceptedPlan, attachment, CsvExportQuerySchema, CsvTextSchema, refuseFile, sendCsv } from '../csv-import.ts';

const tags = ['projects'];
const COLUMNS =
  `Columns: ${PROJECT_CSV_COLUMNS.join(', ')}. lead is the slug of the lead organisation, partners the slugs of the others ` +
  '(";" between them), working_group the slug of the group the project was born in; disciplines and needs_partners_in are lists of discipline ids.';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  acceptCsv(fastify);

  fastify.get(
    '/projects/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered project list as CSV',
        description: `${COLUMNS} The file imports back unchanged.`,
        querystring: Type.Object({ ...Type.Omit(ProjectListQuerySchema, ['page', 'pageSize']).properties, ...CsvExportQuerySchema.properties }),
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 400: problemRef },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const projects = await fastify.projects.listAll(filter);
      return sendCsv(reply, attachment('projects'), projectsToCsv(projects, format), format);
    },
  );

  fastify.post(
    '/projects/import',
    {
      bodyLimit: fastify.config.importMaxBytes,
      schema: {
        tags,
        summary: 'Import projects from CSV: all rows or none',
        description:
          `${COLUMNS} title, kind, status and lead are required. A row with the id of a stored project updates it; ` +
          'without an id (or with an unknown one) it creates a project. Every row is checked as the API checks a project ' +
          '(dates in order, a start date past the idea stage, no partner twice); one bad row refuses the whole file with 422 ' +
          'and a report of row, column and reason.',
        consumes: ['text/csv'],
        body: CsvTextSchema,
        response: { 200: ImportResultSchema, 413: problemRef, 415: problemRef, 422: problemRef },
      },
    },
    async (request) => {
      const { rows, errors } = parseProjectCsv(request.body, fastify.config.importMaxRows);
      if (errors.length) throw refuseFile(errors);
      return fastify.projects.importRows(
        {
          ids: rows.flatMap((r) => (r.id ? [r.id] : [])),
          organisations: [...new Set(rows.flatMap((r) => [r.lead, ...r.partners]))],
          workingGroups: [...new Set(rows.flatMap((r) => (r.workingGroup ? [r.workingGroup] : [])))],
        },
        (found) => acceptedPlan(planProjectImport(rows, found)),
        changeContext(request),
      );
    },
  );
};
export default routes;
