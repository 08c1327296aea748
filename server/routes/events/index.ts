// Members' events: a representative drafts its own organisation's, coordinators publish, postpone,
// cancel and delete; every member reads them all, drafts included.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { assertValid } from '../../domain/errors.ts';
import { eventRuleErrors } from '../../domain/event.ts';
import { changeContext } from '../../plugins/actor.ts';
import { ruleFor } from '../../policy.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import { EventInputSchema, EventListQuerySchema, EventSchema, EventStatusChangeSchema, EventUpdateSchema } from '../../schemas/event.ts';
import { created, createRouteSchema, replaceRouteSchema, trashed, trashRouteSchema } from '../route-shapes.ts';

const tags = ['events'];

const TIMES =
  'Times are Brussels wall-clock time, YYYY-MM-DDTHH:mm (summer and winter time are applied by the server). ' +
  'calendarType single has one occurrence, multiple two or more, periodic one span (first day to last) with openingHours.';

/** A representative (the policy's `own`) acts only on its own organisation's events. */
function ownOrganisationOnly(request: FastifyRequest): string | null {
  const rule = ruleFor(request.method, request.routeOptions.url ?? '', request.actor.role);
  return rule === 'own' ? (request.actor.organisationId ?? '') : null;
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'List events of members, every status, soonest first',
        description: `${TIMES} from and to are Brussels days, both included; an event is in them when its span overlaps them.`,
        querystring: EventListQuerySchema,
        response: { 200: PageSchema(EventSchema), 400: problemRef },
      },
    },
    async (request) => fastify.events.list(request.query),
  );

  fastify.get(
    '/events/:id',
    { schema: { tags, summary: 'One event, whatever its status', description: TIMES, params: IdParams, response: { 200: EventSchema, 404: problemRef } } },
    async (request) => fastify.events.get(request.params.id),
  );

  fastify.post(
    '/events',
    {
      schema: {
        ...createRouteSchema(tags, 'Draft an event (a representative: for its own organisation); a coordinator publishes it', EventInputSchema, EventSchema, [400]),
        description:
          `${TIMES} Refused with 400: main-language-title, end-before-start, nonexistent-time, single-date, several-dates, run-span, ` +
          'opening-hours-required, prices-required, free-without-prices, cents, unknown-organisation, unknown-project.',
      },
    },
    async (request, reply) => {
      assertValid(eventRuleErrors(request.body));
      return created(reply, fastify.events.create(request.body, changeContext(request)));
    },
  );

  fastify.put(
    '/events/:id',
    {
      schema: {
        ...replaceRouteSchema(tags, 'Replace an event; send the version you read (a representative: only its own organisation’s)', EventUpdateSchema, EventSchema),
        description: `${TIMES} Its status stays: it moves with POST /events/:id/status.`,
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      assertValid(eventRuleErrors(input));
      return fastify.events.update(request.params.id, version, input, changeContext(request), ownOrganisationOnly(request));
    },
  );

  fastify.post(
    '/events/:id/status',
    {
      schema: {
        tags,
        summary: 'Publish, postpone, cancel or take back to draft (coordinators)',
        description:
          'draft → published; published → postponed, cancelled or draft; postponed → published or cancelled; cancelled → draft. ' +
          'Others get 400 invalid-transition.',
        params: IdParams,
        body: EventStatusChangeSchema,
        response: { 200: EventSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => fastify.events.setStatus(request.params.id, request.body.status, request.body.version, changeContext(request)),
  );

  fastify.delete('/events/:id', { schema: trashRouteSchema(tags, 'Move an event to the trash; with ?version, only if nobody changed it since') }, async (request, reply) =>
    trashed(reply, fastify.events.delete(request.params.id, request.query.version, changeContext(request), null)),
  );
};
export default routes;
