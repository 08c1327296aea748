import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { problemRef } from '../../schemas/common.ts';
import { sendProblem } from '../../plugins/errors.ts';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/health',
    { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Type.Object({ status: Type.Literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  fastify.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: Neo4j answers and the migrations are applied',
        response: { 200: Type.Object({ status: Type.Literal('ready') }), 503: problemRef },
      },
    },
    async (_request, reply) => {
      if (fastify.databaseReady()) return { status: 'ready' as const };
      return sendProblem(reply, { status: 503, code: 'unavailable', detail: 'Neo4j is not reachable.' });
    },
  );
};
export default routes;
