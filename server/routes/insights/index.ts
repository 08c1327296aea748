// The knowledge-exchange library: success stories, obstacles and lessons learned, searchable in
// every language, each with the organisation to contact.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { ruleFor } from '../../policy.ts';
import { PageSchema } from '../../schemas/common.ts';
import { InsightListQuerySchema, InsightSchema, InsightUpdateSchema } from '../../schemas/insight.ts';
import { InsightInputSchema } from '../../schemas/working-group.ts';
import { recordReadRoutes, recordWriteRoutes } from '../route-shapes.ts';

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
  recordReadRoutes(fastify, { path: '/insights', tags, records: fastify.insights }, {
    list: {
      summary: 'The library: search and filter insights ("who has already dealt with this?")',
      description:
        'q looks in titles, texts and themes in every language: accents and case do not matter, a word is also found ' +
        'from its first letters ("benev" finds "bénévoles") and, in Dutch, French, English and German texts, in other ' +
        'forms ("vrijwilliger" finds "vrijwilligers"). Every word must match. With q, the best match comes first and ' +
        'each result has a score; without, the newest first.',
      query: InsightListQuerySchema,
      answer: PageSchema(InsightSchema),
    },
    get: { summary: 'One insight', answer: InsightSchema },
  });

  recordWriteRoutes(fastify, { path: '/insights', tags, records: fastify.insights, answer: InsightSchema }, {
    create: { summary: 'Record an insight shared by an organisation (a representative: for its own organisation)', body: InsightInputSchema, refusals: [400, 404] },
    replace: { summary: 'Replace an insight; send the version you read (a representative: only its own organisation’s)', body: InsightUpdateSchema },
    trash: { summary: 'Move an insight to the trash; with ?version, only if nobody changed it since' },
    onlyOf: ownOrganisationOnly,
  });
};
export default routes;
