// The member inventory: list, read, create, update with optimistic concurrency, delete, partners.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { NotFoundError } from '../../domain/errors.ts';
import { listsOnlyPublic, organisationFor } from '../../domain/organisation-visibility.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import {
  OrganisationInputSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  OrganisationUpdateSchema,
  OrganisationViewSchema,
} from '../../schemas/organisation.ts';
import { NetworkPartnerSchema } from '../../schemas/network.ts';
import { ProjectSchema } from '../../schemas/project.ts';
import { collaborationTies, partnersOf } from '../../analytics/collaboration-network.ts';
import { recordWriteRoutes } from '../route-shapes.ts';

const tags = ['organisations'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'List organisations with text search, filters, sorting and pages',
        description: 'Members see every organisation; the public only those in the public directory, without e-mail, phone, offers and needs.',
        querystring: OrganisationListQuerySchema,
        response: { 200: PageSchema(OrganisationViewSchema), 400: problemRef },
      },
    },
    async (request) => {
      const { role } = request.actor;
      const page = await fastify.organisations.list(request.query, { publicOnly: listsOnlyPublic(role) });
      return { ...page, items: page.items.flatMap((o) => organisationFor(role, o) ?? []) };
    },
  );

  fastify.get(
    '/organisations/:ref',
    {
      schema: {
        tags,
        summary: 'One organisation, by id or slug',
        description: 'The public gets 404 for an organisation that is not in the public directory, and no e-mail, phone, offers or needs.',
        params: Type.Object({ ref: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: OrganisationViewSchema, 404: problemRef },
      },
    },
    async (request) => {
      const visible = organisationFor(request.actor.role, await fastify.organisations.get(request.params.ref));
      if (!visible) throw new NotFoundError('Organisation');
      return visible;
    },
  );

  recordWriteRoutes(fastify, { path: '/organisations', tags, records: fastify.organisations, answer: OrganisationSchema }, {
    create: { summary: 'Create an organisation', body: OrganisationInputSchema, refusals: [400, 409] },
    replace: { summary: 'Replace an organisation; send the version you read (409 when someone saved first)', body: OrganisationUpdateSchema },
    trash: { summary: 'Move an organisation to the trash (an admin can restore it whole); with ?version, only if nobody changed it since' },
  });

  fastify.get(
    '/organisations/:id/partners',
    {
      schema: {
        tags,
        summary: 'Organisations this one has worked with, strongest tie first',
        description:
          'Every kind of tie of the network map counts: joint projects, working groups shared at the same time and ' +
          'meetings attended together, each with its weight (GET /api/tie-kinds); `kinds` says how many of each.',
        params: IdParams,
        response: { 200: Type.Array(NetworkPartnerSchema), 404: problemRef },
      },
    },
    async (request) => {
      const { organisations, activities } = await fastify.network.partnerRows(request.params.id);
      const ties = collaborationTies(activities, { organisation: request.params.id });
      return partnersOf(ties, request.params.id, organisations).map((p) => ({ ...p, projects: p.kinds.project ?? 0 }));
    },
  );

  fastify.get(
    '/organisations/:id/projects',
    {
      schema: {
        tags,
        summary: 'Joint projects this organisation takes part in',
        params: IdParams,
        response: { 200: Type.Array(ProjectSchema), 404: problemRef },
      },
    },
    async (request) => {
      await fastify.organisations.get(request.params.id);
      return (await fastify.projects.list({ organisation: request.params.id, page: 1, pageSize: 200 })).items;
    },
  );
};
export default routes;
