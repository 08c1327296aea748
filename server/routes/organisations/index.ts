// The member inventory: list, read, create, update with optimistic concurrency, delete, partners.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { PageSchema, problemRef, UuidSchema } from '../../schemas/common.ts';
import {
  OrganisationInputSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  OrganisationUpdateSchema,
  PartnerSchema,
} from '../../schemas/organisation.ts';
import { ProjectSchema } from '../../schemas/project.ts';
import { TIE_WEIGHTS } from '../../analytics/collaboration-ties.ts';

const tags = ['organisations'];
const IdParams = Type.Object({ id: UuidSchema });

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'List organisations with text search, filters, sorting and pages',
        querystring: OrganisationListQuerySchema,
        response: { 200: PageSchema(OrganisationSchema), 400: problemRef },
      },
    },
    async (request) => fastify.organisations.list(request.query),
  );

  fastify.get(
    '/organisations/:ref',
    {
      schema: {
        tags,
        summary: 'One organisation, by id or slug',
        params: Type.Object({ ref: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: OrganisationSchema, 404: problemRef },
      },
    },
    async (request) => fastify.organisations.get(request.params.ref),
  );

  fastify.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation',
        body: OrganisationInputSchema,
        response: { 201: OrganisationSchema, 400: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => reply.status(201).send(await fastify.organisations.create(request.body)),
  );

  fastify.put(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Replace an organisation; send the version you read (409 when someone saved first)',
        params: IdParams,
        body: OrganisationUpdateSchema,
        response: { 200: OrganisationSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return fastify.organisations.update(request.params.id, version, input);
    },
  );

  fastify.delete(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Delete an organisation and its ties; with ?version, only if nobody changed it since',
        params: IdParams,
        querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }),
        response: { 204: Type.Null(), 404: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => {
      await fastify.organisations.delete(request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  fastify.get(
    '/organisations/:id/partners',
    {
      schema: {
        tags,
        summary: 'Organisations this one has worked with, strongest tie first',
        params: IdParams,
        response: { 200: Type.Array(PartnerSchema), 404: problemRef },
      },
    },
    async (request) =>
      (await fastify.organisations.partners(request.params.id)).map((p) => ({ ...p, weight: p.projects * TIE_WEIGHTS.project! })),
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
