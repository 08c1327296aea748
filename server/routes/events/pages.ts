// The public page of an event, /events/:id, as HTML the server renders: the dashboard (which then
// shows the event) with the event's title, description, Open Graph tags and schema.org JSON-LD, for
// search engines and link previews that never run the dashboard's JavaScript. A draft, a deleted
// event or a malformed id gets the dashboard with status 404 (it shows its own "not found").
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { NotFoundError } from '../../domain/errors.ts';
import { eventPageHtml, visitorLanguage } from '../../domain/event-page.ts';
import { PUBLIC_MAX_AGE_SECONDS, toPublicEvent } from './public.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SITE_NAME = 'Kulturrat';

const routes: FastifyPluginAsync = async (fastify) => {
  const indexHtml = async () => readFile(join(fastify.config.webDir, 'index.html'), 'utf8').catch(() => null);

  fastify.get<{ Params: { id: string }; Querystring: { lang?: string } }>(
    '/events/:id',
    { schema: { hide: true } },
    async (request, reply) => {
      const { id } = request.params;
      const notFound = async () => {
        const html = await indexHtml();
        return html ? reply.status(404).type('text/html; charset=utf-8').send(html) : reply.callNotFound();
      };
      if (!UUID.test(id)) return notFound();
      let event;
      try {
        event = await fastify.events.getPublic(id);
      } catch (error) {
        if (error instanceof NotFoundError) return notFound();
        throw error;
      }
      const lang = visitorLanguage(typeof request.query.lang === 'string' ? request.query.lang : undefined, request.headers['accept-language']);
      const html = eventPageHtml(await indexHtml(), toPublicEvent(fastify, event, lang), SITE_NAME);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
        .header('vary', 'Accept-Language')
        .send(html);
    },
  );
};
export default routes;
