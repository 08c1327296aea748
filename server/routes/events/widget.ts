// The embeddable "upcoming events" widget, /embed/events: the one page of the app any website may
// frame. Its own narrow CSP replaces the app's (no script at all, its hashed inline style, frame
// ancestors anyone); it shows only what the public calendar shows.
import type { FastifyPluginAsync } from 'fastify';
import { brusselsToday } from '../../domain/council-time.ts';
import { visitorLanguage } from '../../domain/event-page.ts';
import { widgetContentSecurityPolicy, widgetHtml } from '../../domain/event-widget.ts';
import { COMMUNE_IDS, DISCIPLINE_IDS } from '../../domain/taxonomy.ts';
import { PUBLIC_MAX_AGE_SECONDS, toPublicEvent } from './public.ts';

const CSP = widgetContentSecurityPolicy();

const routes: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Querystring: Record<string, string | undefined> }>('/embed/events', { schema: { hide: true } }, async (request, reply) => {
    const q = request.query;
    const pick = (value: string | undefined, allowed: readonly string[]) => (value && allowed.includes(value) ? value : undefined);
    const organisation = q.organisation && /^[a-z0-9-]{1,100}$/i.test(q.organisation) ? q.organisation : undefined;
    const limit = Math.min(20, Math.max(1, Number.parseInt(q.limit ?? '5', 10) || 5));
    const lang = visitorLanguage(q.lang, request.headers['accept-language']) ?? 'nl';
    const filter = {
      from: brusselsToday(),
      ...(organisation && { organisation }),
      ...(pick(q.discipline, DISCIPLINE_IDS) && { discipline: q.discipline }),
      ...(pick(q.commune, COMMUNE_IDS) && { commune: q.commune }),
    };
    const { items } = await fastify.events.listPublic(filter, 1, limit);
    const html = widgetHtml(
      items.map((e) => toPublicEvent(fastify, e, lang)),
      { lang, calendarUrl: `${fastify.config.publicUrl}/calendar${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}` },
    );
    // Helmet set these on the raw response for every request; this page is the one exception.
    reply.raw.removeHeader('x-frame-options');
    reply.removeHeader('x-frame-options');
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
      .header('vary', 'Accept-Language')
      .send(html);
  });
};
export default routes;
