// What every CSV route shares: a text/csv body within IMPORT_MAX_BYTES, the 422 that refuses a whole
// file with its row-by-row report, and the download headers of an export or a template.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { InvalidFileError, type FieldError } from '../domain/errors.ts';

/** The body of an import and the answer of an export, as the API docs show it. */
export const CsvTextSchema = Type.String({ description: 'text/csv' });

/** Lets the routes of this plugin take a text/csv body (route plugins are encapsulated, so each says so). */
export function acceptCsv(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fastify.config.importMaxBytes }, (_req, body, done) =>
    done(null, body),
  );
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

/** Answers with a CSV file under the given content-disposition. */
export const sendCsv = (reply: FastifyReply, disposition: string, csv: string) =>
  reply.type('text/csv; charset=utf-8').header('content-disposition', disposition).send(csv);
