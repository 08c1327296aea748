// The knowledge-exchange library: success stories, obstacles and lessons learned, searchable in
// every language, each with the organisation to contact.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { changeContext } from '../../plugins/actor.ts';
import { ruleFor } from '../../policy.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import { InsightListQuerySchema, InsightSchema, InsightUpdateSchema } from '../../schemas/insight.ts';
import { InsightInputSchema } from '../../schemas/working-group.ts';
import { created, createRouteSchema, replaceRouteSchema, trashed, trashRouteSchema } from '../route-shapes.ts';

const tags = ['insights'];

/**
 * Where the policy gives the actor's role `own` (a representative), the organisation it may act
 * for: the policy has checked the body's organisation; the stored insight must be its own as well.
 */
function ownOrganisationOnly(request: FastifyRequest): string | null {
  const rule = ruleFor(request.method, request.routeOptions.url ?? '', request.actor.role);
  return rule === 'own' ? (request.actor.organisationId ?? '') : null;
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/insights',
    {
      schema: {
        tags,
        summary: 'The library: search and filter insights ("who has already dealt with this?")',
        description:
          'q looks in titles, texts and themes in every language: accents and case do not matter, a word is also found ' +
          'from its first letters ("benev" finds "bénévoles") and, in Dutch, French, English and German texts, in other ' +
          'forms ("vrijwilliger" finds "vrijwilligers"). Every word must match. With q, the best match comes first and ' +
          'each result has a score; without, the newest first.',
        querystring: InsightListQuerySchema,
        response: { 200: PageSchema(InsightSchema), 400: problemRef },
      },
    },
    async (request) => fastify.insights.list(request.query),
  );

  fastify.get(
    '/insights/:id',
    { schema: { tags, summary: 'One insight', params: IdParams, response: { 200: InsightSchema, 404: problemRef } } },
    async (request) => fastify.insights.get(request.params.id),
  );

  fastify.post(
    '/insights',
    { schema: createRouteSchema(tags, 'Record an insight shared by an organisation (a representative: for its own organisation)', InsightInputSchema, InsightSchema, [400, 404]) },
    async (request, reply) => created(reply, fastify.insights.create(request.body, changeContext(request))),
  );

  fastify.put(
    '/insights/:id',
    { schema: replaceRouteSchema(tags, 'Replace an insight; send the version you read (a representative: only its own organisation’s)', InsightUpdateSchema, InsightSchema) },
    async (request) => {
      const { version, ...input } = request.body;
      return fastify.insights.update(request.params.id, version, input, changeContext(request), ownOrganisationOnly(request));
    },
  );

  fastify.delete('/insights/:id', { schema: trashRouteSchema(tags, 'Move an insight to the trash; with ?version, only if nobody changed it since') }, async (request, reply) =>
    trashed(reply, fastify.insights.delete(request.params.id, request.query.version, changeContext(request), ownOrganisationOnly(request))),
  );
};
export default routes;
