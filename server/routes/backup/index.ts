// Full backup of the graph as a download, and its restore (admins only).
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { checkBackup } from '../../domain/backup-format.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { writableSink } from '../../repositories/backup-repository.ts';
import { problemRef } from '../../schemas/common.ts';
import { BackupDocumentSchema, RestoreResultSchema } from '../../schemas/backup.ts';

const tags = ['backup'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/admin/backup',
    {
      schema: {
        tags,
        summary: 'Download a full backup of the graph',
        description:
          'Every node and relationship with its typed properties (sign-in sessions excepted), streamed as it is read. ' +
          'POST it to /api/admin/restore, or use npm run restore, to get the same graph back.',
        produces: ['application/json'],
        response: { 200: BackupDocumentSchema, 500: problemRef },
      },
    },
    async (request, reply) => {
      const body = new PassThrough();
      const sink = writableSink(body);
      // Headers go out with the first piece; until then a failure (a graph the backup does not
      // know, the database gone) is still an ordinary problem response.
      await new Promise<void>((resolve, reject) => {
        let started = false;
        fastify.backup
          .write(async (chunk) => {
            started = true;
            resolve();
            await sink(chunk);
          })
          .then(
            (counts) => {
              request.log.info({ backup: counts }, 'backup written');
              body.end();
              resolve();
              // The admin's home shows when the last backup was taken; a failure to note it does not
              // spoil the download.
              fastify.backup.recordBackup(counts).catch((error: unknown) => request.log.warn({ err: error }, 'the backup could not be noted'));
            },
            (error: unknown) => {
              if (!started) return reject(error);
              request.log.error({ err: error }, 'backup failed part-way; the download was cut off');
              body.destroy(error instanceof Error ? error : new Error(String(error)));
            },
          );
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="kulturrat-backup-${stamp}.json"`)
        .send(body);
    },
  );

  fastify.post(
    '/admin/restore',
    {
      bodyLimit: fastify.config.restoreMaxBytes,
      schema: {
        tags,
        summary: 'Restore a backup into an empty database, or replace what is there',
        description:
          'The file is checked whole before anything is written (400 invalid-backup names what is wrong). A database that holds ' +
          'council data is refused with 409 not-empty unless replace=true; accounts and bookkeeping alone do not count and are ' +
          'replaced by those of the backup, so everyone signs in again afterwards. Written in batches; a failure part-way ' +
          'empties the database again. Larger than RESTORE_MAX_BYTES: 413.',
        querystring: Type.Object({
          replace: Type.Optional(Type.Boolean({ default: false, description: 'Delete everything in the database first' })),
        }),
        body: BackupDocumentSchema,
        response: { 200: RestoreResultSchema, 400: problemRef, 409: problemRef, 413: problemRef },
      },
    },
    async (request) => {
      const checked = checkBackup(request.body);
      if ('errors' in checked) {
        const more = checked.total > checked.errors.length ? ` (and ${checked.total - checked.errors.length} more)` : '';
        throw new InvalidInputError(
          'invalid-backup',
          `The file was not restored, nothing was written: ${checked.errors.map((e) => e.message).join('; ')}${more}.`,
          checked.errors,
        );
      }
      const replace = request.query.replace ?? false;
      const counts = await fastify.backup.restore(checked.backup, { replace });
      // A backup from an older version lacks later migrations; apply them as a start-up would.
      await fastify.schema.migrate((line) => request.log.info(line));
      request.log.warn({ restore: counts, replace, actor: request.actor.userId }, 'backup restored: the graph was replaced');
      return counts;
    },
  );
};
export default routes;
