// The trash: deleted organisations, projects, working groups, meetings and insights, and their restore.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { changeContext } from '../../plugins/actor.ts';
import { problemRef } from '../../schemas/common.ts';
import { OrganisationSchema } from '../../schemas/organisation.ts';
import { ProjectSchema } from '../../schemas/project.ts';
import { InsightSchema } from '../../schemas/insight.ts';
import { GoalDetailSchema } from '../../schemas/goal.ts';
import { MeetingSchema } from '../../schemas/meeting.ts';
import { EventSchema } from '../../schemas/event.ts';
import { WorkingGroupDetailSchema } from '../../schemas/working-group.ts';
import { RestoreParamsSchema, TrashItemSchema, TrashQuerySchema } from '../../schemas/trash.ts';

const tags = ['trash'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/trash',
    {
      schema: {
        tags,
        summary: 'What is in the trash, most recently deleted first',
        querystring: TrashQuerySchema,
        response: { 200: Type.Array(TrashItemSchema), 400: problemRef },
      },
    },
    async (request) => fastify.trash.list(request.query.entityType),
  );

  fastify.post(
    '/trash/:entityType/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a deleted organisation, project, working group, meeting, insight or goal, whole',
        description:
          'Its ties, partners and disciplines come back with it, since a delete never removed them. ' +
          'An organisation whose slug has meanwhile been taken by another gets 409 restore-conflict, naming that one, and nothing changes.',
        params: RestoreParamsSchema,
        response: {
                    200: Type.Union([OrganisationSchema, ProjectSchema, WorkingGroupDetailSchema, MeetingSchema, InsightSchema, GoalDetailSchema, EventSchema]),
          404: problemRef,
          409: problemRef,
        },
      },
    },
    async (request) => {
      const { entityType, id } = request.params;
      const context = changeContext(request);
      switch (entityType) {
        case 'organisation':
          return fastify.organisations.restore(id, context);
        case 'project':
          return fastify.projects.restore(id, context);
        case 'working-group':
          return fastify.workingGroups.restore(id, context);
        case 'meeting':
          return fastify.meetings.restore(id, context);
        case 'insight':
          return fastify.insights.restore(id, context);
        case 'goal':
          return fastify.strategy.restore(id, context);
        case 'event':
          return fastify.events.restore(id, context);
      }
    },
  );
};
export default routes;
