// The fixed vocabularies the dashboard needs to label things: disciplines and communes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { COMMUNES, DISCIPLINES } from '../../domain/taxonomy.ts';

const Names = Type.Object({ nl: Type.String(), fr: Type.String(), en: Type.String(), de: Type.String() });

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/disciplines',
    {
      schema: {
        tags: ['reference'],
        summary: 'The discipline taxonomy, names in nl, fr, en and de',
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Names, colour: Type.String() })) },
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
        response: {
          200: Type.Array(
            Type.Object({ id: Type.String(), name: Type.Object({ nl: Type.String(), fr: Type.String() }), lat: Type.Number(), lon: Type.Number() }),
          ),
        },
      },
    },
    async () => [...COMMUNES],
  );
};
export default routes;
