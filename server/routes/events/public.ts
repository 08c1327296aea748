// The public calendar's API: published events (cancelled and postponed ones too, marked so) in the
// visitor's language with the main language as fallback; never a draft, a deleted event or one of
// a deleted member. Links point at PUBLIC_URL, never at whatever Host the request named.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { publicEvent, type PublicOrganiser } from '../../domain/event.ts';
import type { Locale } from '../../domain/taxonomy.ts';
import type { EventWithOrganisers } from '../../repositories/event-repository.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import { PublicEventListQuerySchema, PublicEventSchema } from '../../schemas/event.ts';
import type { PublicEvent } from '../../schemas/event.ts';
import { Type } from '@sinclair/typebox';
import { brusselsDate, brusselsToday } from '../../domain/council-time.ts';
import { eventsToICalendar } from '../../domain/event-calendar.ts';
import { PublicCalendarQuerySchema } from '../../schemas/event.ts';

const tags = ['public calendar'];
/** A feed keeps 90 days of past events, so a new subscriber sees what just happened without all history. */
const FEED_PAST_DAYS = 90;
const FEED_LIMIT = 5000;
/** Other websites and apps read these: a few minutes of caching spares the database. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

export const publicEventUrl = (fastify: FastifyInstance, id: string) => `${fastify.config.publicUrl}/events/${id}`;

export function organisersOf(event: EventWithOrganisers): PublicOrganiser[] {
  const website = (o: object) => ('website' in o && typeof o.website === 'string' ? o.website : null);
  return [event.organisation, ...event.coOrganisers].map((o) => ({ id: o.id, slug: o.slug, name: o.name, website: website(o) }));
}

export function toPublicEvent(fastify: FastifyInstance, event: EventWithOrganisers, lang: Locale | undefined): PublicEvent {
  return publicEvent(event, organisersOf(event), lang, publicEventUrl(fastify, event.id));
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/public/events',
    {
      schema: {
        tags,
        summary: 'Published events, soonest first (no sign-in)',
        description:
          'Paged. Times are Brussels wall-clock time. lang picks the language of title and description (the main language when the ' +
          'event has none in it). from and to are Brussels days, both included; without from, events that have not ended yet.',
        querystring: PublicEventListQuerySchema,
        response: { 200: PageSchema(PublicEventSchema), 400: problemRef },
      },
    },
    async (request, reply) => {
      const { lang, page = 1, pageSize = 25, ...filter } = request.query;
      const found = await fastify.events.listPublic({ ...filter, from: filter.from ?? brusselsToday() }, page, pageSize);
      reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
      return { ...found, items: found.items.map((e) => toPublicEvent(fastify, e, lang)) };
    },
  );

  fastify.get(
    '/public/events/:id',
    {
      schema: {
        tags,
        summary: 'One published event (no sign-in)',
        params: IdParams,
        querystring: Type.Object({ lang: PublicEventListQuerySchema.properties.lang }),
        response: { 200: PublicEventSchema, 404: problemRef },
      },
    },
    async (request, reply) => {
      const event = await fastify.events.getPublic(request.params.id);
      reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
      return toPublicEvent(fastify, event, request.query.lang);
    },
  );

  fastify.get(
    '/public/events/calendar.ics',
    {
      schema: {
        tags,
        summary: 'Subscribable iCalendar feed of published events (no sign-in): all, or per discipline, commune or organisation',
        description:
          `RFC 5545 with the Europe/Brussels VTIMEZONE. Events from ${FEED_PAST_DAYS} days ago on; cancelled ones have STATUS:CANCELLED, ` +
          'postponed ones STATUS:TENTATIVE; a run repeats weekly on each opening day. lang picks the language (the main language as fallback).',
        querystring: PublicCalendarQuerySchema,
        produces: ['text/calendar'],
        response: { 200: Type.String({ description: 'text/calendar (RFC 5545)' }), 400: problemRef },
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const from = brusselsDate(new Date(Date.now() - FEED_PAST_DAYS * 86_400_000));
      const { items } = await fastify.events.listPublic({ ...filter, from }, 1, FEED_LIMIT);
      const name = ['Kulturrat', filter.discipline, filter.commune, filter.organisation].filter(Boolean).join(' – ');
      const body = eventsToICalendar(items.map((e) => toPublicEvent(fastify, e, lang)), { name, now: new Date() });
      const file = ['kulturrat-events', filter.discipline, filter.commune, filter.organisation].filter(Boolean).join('-').replace(/[^a-z0-9-]/gi, '');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `inline; filename="${file}.ics"`)
        .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
        .send(body);
    },
  );
};
export default routes;
