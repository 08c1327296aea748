// Meetings of working groups and plenaries of the council: planning, agenda, minutes and decisions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assertValid } from '../../domain/errors.ts';
import { meetingRuleErrors } from '../../domain/meeting.ts';
import { PageSchema } from '../../schemas/common.ts';
import { MeetingDetailSchema, MeetingListItemSchema, MeetingListQuerySchema, MeetingUpdateSchema } from '../../schemas/meeting.ts';
import { MeetingInputSchema, type MeetingInput } from '../../schemas/working-group.ts';
import { recordReadRoutes, recordWriteRoutes } from '../route-shapes.ts';

const tags = ['meetings'];

function checkRules(input: MeetingInput): void {
  const errors = meetingRuleErrors(input);
  assertValid(errors);
}

const TIMES = 'Times are Brussels wall-clock time, YYYY-MM-DDTHH:mm (summer and winter time are applied by the server).';

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  recordReadRoutes(fastify, { path: '/meetings', tags, records: fastify.meetings }, {
    list: {
      summary: 'List meetings, upcoming first by default',
      description: `${TIMES} from and to are Brussels days, both included.`,
      query: MeetingListQuerySchema,
      answer: PageSchema(MeetingListItemSchema),
    },
    get: {
      summary: 'One meeting with its attendance: every invited organisation (members on the day) and every record',
      description: TIMES,
      answer: MeetingDetailSchema,
    },
  });

  recordWriteRoutes(fastify, { path: '/meetings', tags, records: fastify.meetings, answer: MeetingDetailSchema }, {
    create: {
      summary: 'Plan a meeting',
      description:
        `${TIMES} A working-group or knowledge-exchange meeting needs workingGroupId; a plenary has none. ` +
        'Refused with 400: end-before-start, nonexistent-time (the hour skipped when summer time starts), group-required, ' +
        'plenary-without-group, unknown-working-group.',
      body: MeetingInputSchema,
      refusals: [400],
    },
    replace: { summary: 'Replace a meeting (agenda, minutes, decisions…); send the version you read', description: TIMES, body: MeetingUpdateSchema },
    trash: { summary: 'Move a meeting to the trash; with ?version, only if nobody changed it since' },
    check: checkRules,
  });
};
export default routes;
