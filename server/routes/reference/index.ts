// The fixed vocabularies the dashboard needs to label things: disciplines, communes, kinds of tie.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { TIE_KINDS, TIE_MODEL_VERSION, TIE_WEIGHTS } from '../../analytics/collaboration-network.ts';
import { COMMUNES, DISCIPLINES } from '../../domain/taxonomy.ts';
import { CommuneSchema, DisciplineSchema, TieModelSchema } from '../../schemas/reference.ts';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/disciplines',
    {
      schema: {
        tags: ['reference'],
        summary: 'The discipline taxonomy, names in nl, fr, en and de',
        response: { 200: Type.Array(DisciplineSchema) },
      },
    },
    async () => [...DISCIPLINES],
  );

  fastify.get(
    '/communes',
    {
      schema: {
        tags: ['reference'],
        summary: 'The 19 communes of the Brussels-Capital Region',
        response: { 200: Type.Array(CommuneSchema) },
      },
    },
    async () => [...COMMUNES],
  );

  fastify.get(
    '/tie-kinds',
    {
      schema: {
        tags: ['reference'],
        summary: 'The kinds of tie between organisations and what one shared activity of each adds to a tie',
        description: 'The weights of the collaboration model that makes the network map, the partner lists and the network figures.',
        response: { 200: TieModelSchema },
      },
    },
    async () => ({ version: TIE_MODEL_VERSION, kinds: TIE_KINDS.map((id) => ({ id, weight: TIE_WEIGHTS[id] })) }),
  );
};
export default routes;
