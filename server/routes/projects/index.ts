// Joint projects: partners with roles, disciplines, dates and status.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertValid } from '../../domain/errors.ts';
import { changeContext } from '../../plugins/actor.ts';
import { projectRuleErrors } from '../../domain/project.ts';
import { CreateHeaders, IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import {
  ProjectInputSchema,
  ProjectListQuerySchema,
  ProjectSchema,
  ProjectStatusChangeSchema,
  ProjectUpdateSchema,
  type ProjectInput,
} from '../../schemas/project.ts';
import { replaceRouteSchema, trashed, trashRouteSchema } from '../route-shapes.ts';

const tags = ['projects'];

function checkRules(input: ProjectInput): void {
  const errors = projectRuleErrors(input);
  assertValid(errors);
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/projects',
    {
      schema: { tags, summary: 'List joint projects', querystring: ProjectListQuerySchema, response: { 200: PageSchema(ProjectSchema), 400: problemRef } },
    },
    async (request) => fastify.projects.list(request.query),
  );

  fastify.get(
    '/projects/:id',
    { schema: { tags, summary: 'One joint project', params: IdParams, response: { 200: ProjectSchema, 404: problemRef } } },
    async (request) => fastify.projects.get(request.params.id),
  );

  fastify.post(
    '/projects',
    {
      schema: { tags, summary: 'Create a joint project', headers: CreateHeaders, body: ProjectInputSchema, response: { 201: ProjectSchema, 400: problemRef, 409: problemRef } },
    },
    async (request, reply) => {
      checkRules(request.body);
      return reply.status(201).send(await fastify.projects.create(request.body, changeContext(request)));
    },
  );

  fastify.put(
    '/projects/:id',
    { schema: replaceRouteSchema(tags, 'Replace a joint project; send the version you read', ProjectUpdateSchema, ProjectSchema) },
    async (request) => {
      const { version, ...input } = request.body;
      checkRules(input);
      return fastify.projects.update(request.params.id, version, input, changeContext(request));
    },
  );

  fastify.post(
    '/projects/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a project on the board: idea → planned → running → completed, one step back, or cancelled',
        description:
          'Allowed: one step forward or back along idea, planned, running, completed; any status to cancelled; cancelled back to idea. ' +
          'Others are refused with 400 invalid-transition; planned and later need a start date (400 start-date-required). ' +
          'Send the version you read (409 when someone saved first).',
        params: IdParams,
        body: ProjectStatusChangeSchema,
        response: { 200: ProjectSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => fastify.projects.setStatus(request.params.id, request.body.status, request.body.version, changeContext(request)),
  );

  fastify.delete('/projects/:id', { schema: trashRouteSchema(tags, 'Move a joint project to the trash (an admin can restore it whole)') }, async (request, reply) =>
    trashed(reply, fastify.projects.delete(request.params.id, request.query.version, changeContext(request))),
  );
};
export default routes;
