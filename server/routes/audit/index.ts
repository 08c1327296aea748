// The audit log: who changed what and when, with the state before and after; a page at a time or as CSV.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { auditEventsToCsv, AUDIT_CSV_COLUMNS } from '../../domain/audit.ts';
import { PageSchema, problemRef } from '../../schemas/common.ts';
import { AuditEventSchema, AuditFilterSchema, AuditListQuerySchema } from '../../schemas/audit.ts';
import { attachment, CsvExportQuerySchema, sendCsv } from '../csv-import.ts';

const tags = ['audit'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'Audit events, newest first, filtered by person, entity, action and period',
        description:
          'One event per committed change of an organisation or project (create, update, delete, restore, import), ' +
          'with the entity as it was before and after. The events of one request share its request id.',
        querystring: AuditListQuerySchema,
        response: { 200: PageSchema(AuditEventSchema), 400: problemRef },
      },
    },
    async (request) => {
      const { page = 1, pageSize = 25, ...filter } = request.query;
      return fastify.audit.list(filter, page, pageSize);
    },
  );

  fastify.get(
    '/audit/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered audit log as CSV, newest first',
        description: `Columns: ${AUDIT_CSV_COLUMNS.join(', ')}; before and after are JSON. Cells a spreadsheet would run as a formula are prefixed with '.`,
        querystring: Type.Object({ ...AuditFilterSchema.properties, ...CsvExportQuerySchema.properties }),
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'text/csv' }), 400: problemRef },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const batches = fastify.audit.batches(filter);
      // The first batch is read before anything is sent, so a failing database still gets a
      // problem response rather than a cut-off file.
      const first = await batches.next();
      async function* csv() {
        yield auditEventsToCsv(first.done ? [] : first.value, { header: true, format });
        if (first.done) return;
        for await (const batch of batches) yield auditEventsToCsv(batch, { header: false, format });
      }
      return sendCsv(reply, attachment('audit'), csv(), format);
    },
  );
};
export default routes;
