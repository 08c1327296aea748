// Meetings of working groups and plenaries of the council: planning, agenda, minutes and decisions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertValid } from '../../domain/errors.ts';
import { meetingRuleErrors } from '../../domain/meeting.ts';
import { changeContext } from '../../plugins/actor.ts';
import { CreateHeaders, IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import { MeetingDetailSchema, MeetingListItemSchema, MeetingListQuerySchema, MeetingUpdateSchema } from '../../schemas/meeting.ts';
import { MeetingInputSchema, type MeetingInput } from '../../schemas/working-group.ts';
import { replaceRouteSchema, trashed, trashRouteSchema } from '../route-shapes.ts';

const tags = ['meetings'];

function checkRules(input: MeetingInput): void {
  const errors = meetingRuleErrors(input);
  assertValid(errors);
}

const TIMES = 'Times are Brussels wall-clock time, YYYY-MM-DDTHH:mm (summer and winter time are applied by the server).';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'List meetings, upcoming first by default',
        description: `${TIMES} from and to are Brussels days, both included.`,
        querystring: MeetingListQuerySchema,
        response: { 200: PageSchema(MeetingListItemSchema), 400: problemRef },
      },
    },
    async (request) => fastify.meetings.list(request.query),
  );

  fastify.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'One meeting with its attendance: every invited organisation (members on the day) and every record',
        description: TIMES,
        params: IdParams,
        response: { 200: MeetingDetailSchema, 404: problemRef },
      },
    },
    async (request) => fastify.meetings.get(request.params.id),
  );

  fastify.post(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting',
        description:
          `${TIMES} A working-group or knowledge-exchange meeting needs workingGroupId; a plenary has none. ` +
          'Refused with 400: end-before-start, nonexistent-time (the hour skipped when summer time starts), group-required, ' +
          'plenary-without-group, unknown-working-group.',
        headers: CreateHeaders,
        body: MeetingInputSchema,
        response: { 201: MeetingDetailSchema, 400: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => {
      checkRules(request.body);
      return reply.status(201).send(await fastify.meetings.create(request.body, changeContext(request)));
    },
  );

  fastify.put(
    '/meetings/:id',
    {
      schema: {
        ...replaceRouteSchema(tags, 'Replace a meeting (agenda, minutes, decisions…); send the version you read', MeetingUpdateSchema, MeetingDetailSchema),
        description: TIMES,
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      checkRules(input);
      return fastify.meetings.update(request.params.id, version, input, changeContext(request));
    },
  );

  fastify.delete('/meetings/:id', { schema: trashRouteSchema(tags, 'Move a meeting to the trash; with ?version, only if nobody changed it since') }, async (request, reply) =>
    trashed(reply, fastify.meetings.delete(request.params.id, request.query.version, changeContext(request))),
  );
};
export default routes;
