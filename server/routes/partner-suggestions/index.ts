// The partner finder: ranked organisations an organisation or a project has not worked with yet,
// with their reasons; accepting or dismissing a suggestion; how suggestions were received.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, problemRef } from '../../schemas/common.ts';
import {
  AcceptSuggestionSchema,
  DismissSuggestionSchema,
  PartnerSuggestionListSchema,
  PartnerSuggestionQuerySchema,
  SuggestionDecisionSchema,
  SuggestionFeedbackStatsSchema,
} from '../../schemas/partner-suggestion.ts';
import { changeContext } from '../../plugins/actor.ts';

const tags = ['partner-finder'];

const EXCLUSIONS =
  'Never the organisation itself, its partners (a joint project that happened), organisations in the trash, nor candidates ' +
  'already accepted or dismissed for it. Every organisation is scored, so one without any tie still gets suggestions from ' +
  'disciplines, resources, working groups and place.';

const decisionRefusals = { 400: problemRef, 404: problemRef, 409: problemRef } as const;

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const finder = fastify.partnerFinder;

  fastify.get(
    '/organisations/:id/partner-suggestions',
    {
      schema: {
        tags,
        summary: 'Organisations this one has not worked with yet, best fit first, each with its reasons',
        description: `${EXCLUSIONS} Filters keep candidates of a discipline, a commune or offering a resource.`,
        params: IdParams,
        querystring: PartnerSuggestionQuerySchema,
        response: { 200: PartnerSuggestionListSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => finder.forOrganisation(request.params.id, request.query),
  );

  fastify.get(
    '/projects/:id/partner-suggestions',
    {
      schema: {
        tags,
        summary: 'Organisations that would bring what a project still needs, best fit first',
        description:
          'Candidates bringing a discipline in its needsPartnersIn or a resource its partners need, and fitting its partners. ' +
          'Never a current partner, an organisation in the trash, nor a candidate already accepted or dismissed for the project.',
        params: IdParams,
        querystring: PartnerSuggestionQuerySchema,
        response: { 200: PartnerSuggestionListSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => finder.forProject(request.params.id, request.query),
  );

  const acceptDescription =
    'project-idea starts a project idea (status idea) with both, or, for a project, with its partners and the candidate; ' +
    'introduction records that the coordinator introduced them. Audited. The candidate is not suggested again for this subject. ' +
    '400 not-a-candidate for the subject itself or a partner; 409 already-decided.';
  const dismissDescription =
    'With an optional reason. Audited. The candidate is never suggested again for this subject. 409 already-decided.';

  fastify.post(
    '/organisations/:id/partner-suggestions/accept',
    { schema: { tags, summary: 'Accept a suggestion for an organisation', description: acceptDescription, params: IdParams, body: AcceptSuggestionSchema, response: { 201: SuggestionDecisionSchema, ...decisionRefusals } } },
    async (request, reply) => reply.code(201).send(await finder.accept('organisation', request.params.id, request.body, changeContext(request))),
  );

  fastify.post(
    '/organisations/:id/partner-suggestions/dismiss',
    { schema: { tags, summary: 'Dismiss a suggestion for an organisation', description: dismissDescription, params: IdParams, body: DismissSuggestionSchema, response: { 201: SuggestionDecisionSchema, ...decisionRefusals } } },
    async (request, reply) => reply.code(201).send(await finder.dismiss('organisation', request.params.id, request.body, changeContext(request))),
  );

  fastify.post(
    '/projects/:id/partner-suggestions/accept',
    { schema: { tags, summary: 'Accept a suggestion for a project', description: acceptDescription, params: IdParams, body: AcceptSuggestionSchema, response: { 201: SuggestionDecisionSchema, ...decisionRefusals } } },
    async (request, reply) => reply.code(201).send(await finder.accept('project', request.params.id, request.body, changeContext(request))),
  );

  fastify.post(
    '/projects/:id/partner-suggestions/dismiss',
    { schema: { tags, summary: 'Dismiss a suggestion for a project', description: dismissDescription, params: IdParams, body: DismissSuggestionSchema, response: { 201: SuggestionDecisionSchema, ...decisionRefusals } } },
    async (request, reply) => reply.code(201).send(await finder.dismiss('project', request.params.id, request.body, changeContext(request))),
  );

  fastify.get(
    '/partner-suggestions/feedback',
    {
      schema: {
        tags,
        summary: 'How suggestions were received: accepted and dismissed, overall and per kind of reason they carried',
        response: { 200: SuggestionFeedbackStatsSchema },
      },
    },
    async () => finder.feedbackStats(),
  );
};

export default routes;
