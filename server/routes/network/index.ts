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
        description:
          'Ties come from joint projects (not ideas or cancelled ones) overlapping the period, from membership of the same ' +
          'working group at the same time (dated by the overlap), and from working-group and knowledge-exchange meetings ' +
          'both attended (plenaries do not count). Each kind has its weight (project 1, group 0.5, meeting 0.1 per shared activity); ' +
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
