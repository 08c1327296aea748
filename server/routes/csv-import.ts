// What every CSV import route shares: a text/csv body within IMPORT_MAX_BYTES, and the 422 that
// refuses a whole file with its row-by-row report.
import type { FastifyInstance } from 'fastify';
import { InvalidInputError, type FieldError } from '../domain/errors.ts';

/** Lets the routes of this plugin take a text/csv body (route plugins are encapsulated, so each says so). */
export function acceptCsv(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fastify.config.importMaxBytes }, (_req, body, done) =>
    done(null, body),
  );
}

export const refuseFile = (errors: FieldError[]) =>
  new InvalidInputError('invalid-csv', `The file was not imported: ${errors.length} problem(s) found. Nothing was written.`, errors, 422);

/** A download named after what it holds and the day it was made. */
export const attachment = (name: string) => `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`;
