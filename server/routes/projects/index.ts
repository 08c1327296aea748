// Joint projects: partners with roles, disciplines, dates and status.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertValid } from '../../domain/errors.ts';
import { changeContext } from '../../plugins/actor.ts';
import { projectRuleErrors } from '../../domain/project.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import {
  ProjectInputSchema,
  ProjectListQuerySchema,
  ProjectSchema,
  ProjectStatusChangeSchema,
  ProjectUpdateSchema,
  type ProjectInput,
} from '../../schemas/project.ts';
import { recordReadRoutes, recordWriteRoutes } from '../route-shapes.ts';

const tags = ['projects'];

function checkRules(input: ProjectInput): void {
  const errors = projectRuleErrors(input);
  assertValid(errors);
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  recordReadRoutes(fastify, { path: '/projects', tags, records: fastify.projects }, {
    list: { summary: 'List joint projects', query: ProjectListQuerySchema, answer: PageSchema(ProjectSchema) },
    get: { summary: 'One joint project', answer: ProjectSchema },
  });

  recordWriteRoutes(fastify, { path: '/projects', tags, records: fastify.projects, answer: ProjectSchema }, {
    create: { summary: 'Create a joint project', body: ProjectInputSchema, refusals: [400] },
    replace: { summary: 'Replace a joint project; send the version you read', body: ProjectUpdateSchema },
    trash: { summary: 'Move a joint project to the trash (an admin can restore it whole)' },
    check: checkRules,
  });

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
};
export default routes;
