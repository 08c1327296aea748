import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { collaborationNetwork, TIE_KINDS, TIE_WEIGHTS } from '../../analytics/collaboration-network.ts';
import { problemRef } from '../../schemas/common.ts';
import { NetworkQuerySchema, NetworkSchema } from '../../schemas/network.ts';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/network',
    {
      schema: {
        tags: ['network'],
        summary: 'The collaboration network: organisations and weighted, dated ties',
        description:
          'Ties come from joint projects (not ideas or cancelled ones) overlapping the period, from membership of the same ' +
          'working group at the same time (dated by the overlap), and from working-group and knowledge-exchange meetings ' +
          `both attended (plenaries do not count). Each kind has its weight (${TIE_KINDS.map((k) => `${k} ${TIE_WEIGHTS[k]}`).join(', ')} ` +
          'per shared activity, also at GET /api/tie-kinds); ' +
          '`kinds` on an edge says how many activities of each kind make it.',
        querystring: NetworkQuerySchema,
        response: { 200: NetworkSchema, 400: problemRef },
      },
      // tie=project,group reads as tie=project&tie=group.
      preValidation: async (request) => {
        const query = request.query as Record<string, unknown>;
        if (query.tie === undefined) return;
        query.tie = [query.tie].flat().flatMap((t) => String(t).split(',')).map((t) => t.trim()).filter(Boolean);
      },
    },
    async (request) => {
      const { organisations, activities } = await fastify.network.load(request.query);
      return collaborationNetwork(organisations, activities, { from: request.query.from, to: request.query.to });
    },
  );
};
export default routes;
