import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { collaborationTies, degreeAndStrength } from '../../analytics/collaboration-ties.ts';
import { problemRef } from '../../schemas/common.ts';
import { NetworkQuerySchema, NetworkSchema } from '../../schemas/network.ts';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/network',
    {
      schema: {
        tags: ['network'],
        summary: 'The collaboration network: organisations and weighted, dated ties',
        description: 'Ties come from shared joint projects (not ideas or cancelled ones) overlapping the period.',
        querystring: NetworkQuerySchema,
        response: { 200: NetworkSchema, 400: problemRef },
      },
    },
    async (request) => {
      const { organisations, activities } = await fastify.network.load(request.query);
      const edges = collaborationTies(activities);
      const measures = degreeAndStrength(edges);
      const nodes = organisations.map((o) => ({
        ...o,
        degree: measures.get(o.id)?.degree ?? 0,
        strength: measures.get(o.id)?.strength ?? 0,
      }));
      return { nodes, edges };
    },
  );
};
export default routes;
