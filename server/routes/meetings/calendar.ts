// Meetings in calendar apps (RFC 5545): an "add to calendar" file per meeting, and feeds to
// subscribe to (a group's meetings, the council's plenaries). Calendar apps send no cookies, so the
// feeds are public and carry only what a calendar needs, never agendas, minutes or online links.
// Links point at PUBLIC_URL, never at whatever Host the request named.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { brusselsDate } from '../../domain/council-time.ts';
import { calendarMeeting } from '../../domain/meeting.ts';
import { meetingsToICalendar } from '../../domain/meeting-calendar.ts';
import { IdParams, problemRef } from '../../schemas/common.ts';
import type { Meeting } from '../../schemas/meeting.ts';

const CalendarText = Type.String({ description: 'text/calendar (RFC 5545)' });
/** A feed keeps a year of past meetings, so a new subscriber sees recent history without all of it. */
const FEED_PAST_DAYS = 365;
/** Calendar apps poll feeds; a quarter of an hour is fresh enough for meetings planned weeks ahead. */
const FEED_MAX_AGE_SECONDS = 900;

const dashboardLink = (fastify: FastifyInstance) => (id: string) => `${fastify.config.publicUrl}/meetings/${id}`;

function sendCalendar(reply: FastifyReply, body: string, disposition: string) {
  return reply.type('text/calendar; charset=utf-8').header('content-disposition', disposition).send(body);
}

function feedStart(): string {
  return brusselsDate(new Date(Date.now() - FEED_PAST_DAYS * 86_400_000));
}

function sendFeed(fastify: FastifyInstance, reply: FastifyReply, name: string, fileName: string, meetings: Meeting[]) {
  const body = meetingsToICalendar(
    meetings.map((m) => calendarMeeting(m, { forPublic: true })),
    { name, now: new Date(), meetingUrl: dashboardLink(fastify) },
  );
  reply.header('cache-control', `public, max-age=${FEED_MAX_AGE_SECONDS}`);
  return sendCalendar(reply, body, `inline; filename="${fileName}.ics"`);
}

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get(
    '/meetings/:id/calendar.ics',
    {
      schema: {
        tags: ['meetings'],
        summary: 'One meeting as an iCalendar file ("add to calendar"), with its agenda',
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: CalendarText, 404: problemRef },
      },
    },
    async (request, reply) => {
      const meeting = await fastify.meetings.get(request.params.id);
      const body = meetingsToICalendar([calendarMeeting(meeting, { forPublic: false })], {
        name: meeting.title,
        now: new Date(),
        meetingUrl: dashboardLink(fastify),
      });
      return sendCalendar(reply, body, `attachment; filename="meeting-${meeting.startsAt.slice(0, 10)}.ics"`);
    },
  );

  fastify.get(
    '/meetings/calendar.ics',
    {
      schema: {
        tags: ['meetings'],
        summary: "Subscribable feed of the council's plenaries (public)",
        description: `Plenaries from ${FEED_PAST_DAYS} days ago on: title, time, place and a link; no agenda, minutes or online link (those are for signed-in members).`,
        produces: ['text/calendar'],
        response: { 200: CalendarText },
      },
    },
    async (_request, reply) => {
      const meetings = await fastify.meetings.calendar({ kind: 'plenary', from: feedStart() });
      return sendFeed(fastify, reply, 'Kulturrat – plenaries', 'kulturrat-plenaries', meetings);
    },
  );

  fastify.get(
    '/working-groups/:id/calendar.ics',
    {
      schema: {
        tags: ['working-groups', 'meetings'],
        summary: "Subscribable feed of a working group's meetings (public)",
        description: `Its meetings from ${FEED_PAST_DAYS} days ago on: title, time, place, the group and a link; no agenda, minutes or online link (those are for signed-in members).`,
        params: IdParams,
        produces: ['text/calendar'],
        response: { 200: CalendarText, 404: problemRef },
      },
    },
    async (request, reply) => {
      const group = await fastify.workingGroups.get(request.params.id);
      const meetings = await fastify.meetings.calendar({ workingGroup: group.id, from: feedStart() });
      return sendFeed(fastify, reply, group.name, group.slug, meetings);
    },
  );
};
export default routes;
