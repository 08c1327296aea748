// What every CSV route shares: a text/csv body within IMPORT_MAX_BYTES read from its bytes in the
// encoding it was saved in, the 422 that refuses a whole file with its row-by-row report, and the
// download of an export or a template, plain or for Excel.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { CSV_FORMATS, type CsvFormat } from '../domain/csv.ts';
import { charsetOf, decodeCsvBytes } from '../domain/csv-encoding.ts';
import { InvalidFileError, type FieldError } from '../domain/errors.ts';
import { StringEnum } from '../schemas/common.ts';

/** The body of an import and the answer of an export, as the API docs show it. */
export const CsvTextSchema = Type.String({ description: 'text/csv' });

/** The query every export takes besides its filters. */
export const CsvExportQuerySchema = Type.Object({
  format: Type.Optional(
    StringEnum(CSV_FORMATS, {
      description:
        'csv (default): comma-separated UTF-8 for tools. excel: a UTF-8 byte-order mark and ";" between columns, ' +
        'as Excel in Belgian (and most European) locales opens a CSV file without asking.',
    }),
  ),
});
export type CsvExportQuery = Static<typeof CsvExportQuerySchema>;

/**
 * Lets the routes of this plugin take a text/csv body (route plugins are encapsulated, so each says
 * so). The body arrives as bytes and is decoded here, once for every import: byte-order mark, declared
 * charset, else UTF-8 or Windows-1252; a file that cannot be read faithfully is refused with 422.
 */
export function acceptCsv(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: fastify.config.importMaxBytes }, (request, body, done) => {
    try {
      done(null, decodeCsvBytes(body as Buffer, charsetOf(request.headers['content-type'])).text);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

export const refuseFile = (errors: FieldError[]) =>
  new InvalidFileError('invalid-csv', `The file was not imported: ${errors.length} problem(s) found. Nothing was written.`, errors);

/** An import plan goes ahead only without problems; one problem refuses the whole file. */
export function acceptedPlan<Plan extends { errors: FieldError[] }>(plan: Plan): Plan {
  if (plan.errors.length) throw refuseFile(plan.errors);
  return plan;
}

/** A download named after what it holds and the day it was made. */
export const attachment = (name: string) => `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`;

const BOM = '\uFEFF';

/**
 * Answers with a CSV file under the given content-disposition. `csv` is text or a stream of text
 * chunks already written in the format asked for; the Excel format also gets its byte-order mark here.
 */
export function sendCsv(reply: FastifyReply, disposition: string, csv: string | AsyncIterable<string>, format: CsvFormat = 'csv') {
  reply.type('text/csv; charset=utf-8').header('content-disposition', disposition);
  if (typeof csv === 'string') return reply.send(format === 'excel' ? BOM + csv : csv);
  async function* withMark(chunks: AsyncIterable<string>) {
    if (format === 'excel') yield BOM;
    yield* chunks;
  }
  return reply.send(Readable.from(withMark(csv)));
}
