import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { addDays, draftEvent, moveEvent, SPRING_FORWARD } from '../helpers/events.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Event } from '../../server/schemas/event.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, anonymous: BrowserAgent;
let kade: Organisation, lumiere: Organisation;
let published: Event, draft: Event, deleted: Event, cancelled: Event;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  anonymous = await visitor(app);
  kade = await createOrganisation(coordinator, { name: 'Stadstheater Kade', website: 'https://kade.example.org' });
  lumiere = await createOrganisation(coordinator, { name: 'Centre Lumière', disciplines: ['film'] });
  published = await moveEvent(
    coordinator,
    await draftEvent(coordinator, kade.id, {
      title: { nl: 'Zomeravond </script><script>alert(1)</script>', fr: 'Soirée d’été' },
      description: { nl: 'Muziek en "theater" op het plein.' },
      coOrganiserIds: [lumiere.id],
      occurrences: [{ startsAt: `${SPRING_FORWARD}T20:00`, endsAt: `${SPRING_FORWARD}T23:00` }],
    }),
    'published',
  );
  draft = await draftEvent(coordinator, kade.id, { title: { nl: 'Nog geheim ontwerp' } });
  deleted = await moveEvent(coordinator, await draftEvent(coordinator, kade.id, { title: { nl: 'Verwijderd feest' } }), 'published');
  await coordinator.inject({ method: 'DELETE', url: `/api/events/${deleted.id}` });
  cancelled = await moveEvent(
    coordinator,
    await moveEvent(coordinator, await draftEvent(coordinator, kade.id, { title: { nl: 'Afgelast concert' }, free: true, prices: [], occurrences: [{ startsAt: `${addDays(SPRING_FORWARD, 3)}T20:00`, endsAt: `${addDays(SPRING_FORWARD, 3)}T22:00` }] }), 'published'),
    'cancelled',
  );
});
afterAll(async () => app?.close());

const jsonLdOf = (html: string) => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match, 'a JSON-LD script').not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
};

describe('GET /events/:id (the HTML the server sends)', () => {
  it('carries the title, description, Open Graph tags and schema.org Event JSON-LD with its required fields', async () => {
    const response = await anonymous.inject({ url: `/events/${published.id}`, headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Soirée d’été – Kulturrat</title>');
    expect(html).toContain('<meta property="og:title" content="Soirée d’été" />');
    expect(html).toContain(`<meta property="og:url" content="${app.config.publicUrl}/events/${published.id}" />`);
    // The French visitor gets the Dutch description: there is no French one.
    expect(html).toContain('<meta name="description" content="Muziek en &quot;theater&quot; op het plein." />');
    expect(html.match(/<title>/g)).toHaveLength(1);
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Soirée d’été',
      startDate: `${SPRING_FORWARD}T20:00:00+02:00`,
      endDate: `${SPRING_FORWARD}T23:00:00+02:00`,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      inLanguage: 'fr',
      location: { '@type': 'Place', name: 'Grote zaal', address: { '@type': 'PostalAddress', streetAddress: 'Kaaistraat 20, 1000 Brussel', addressLocality: 'Bruxelles', addressCountry: 'BE' } },
      organizer: [
        { '@type': 'Organization', name: 'Stadstheater Kade', url: 'https://kade.example.org' },
        { '@type': 'Organization', name: 'Centre Lumière' },
      ],
      offers: [{ '@type': 'Offer', price: 12.5, priceCurrency: 'EUR', url: 'https://tickets.example.org/repetitie' }],
    });
    // The dashboard itself is still there to run.
    expect(html).toMatch(/<script[^>]*>[\s\S]*?import\(|modulepreload/);
  });

  it('keeps a title that holds markup from escaping its elements', async () => {
    const response = await anonymous.inject({ url: `/events/${published.id}?lang=nl`, headers: {} });
    const html = response.body;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(jsonLdOf(html).name).toBe('Zomeravond </script><script>alert(1)</script>');
    expect(html).toContain('<title>Zomeravond &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; – Kulturrat</title>');
  });

  it('says a cancelled event is cancelled, and a free one costs nothing', async () => {
    const ld = jsonLdOf((await anonymous.inject(`/events/${cancelled.id}`)).body);
    expect(ld.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld).toMatchObject({ isAccessibleForFree: true, offers: [{ price: 0, priceCurrency: 'EUR' }] });
  });

  it.each([
    ['a draft', () => draft.id],
    ['a deleted event', () => deleted.id],
    ['an unknown id', () => '00000000-0000-4000-8000-000000000000'],
    ['a malformed id', () => 'not-an-id'],
  ])('answers 404 with the bare dashboard for %s, naming nothing of it', async (_name, id) => {
    const response = await anonymous.inject(`/events/${id()}`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('application/ld+json');
    expect(response.body).not.toMatch(/Nog geheim|Verwijderd feest/);
  });
});

describe('GET /embed/events (the widget)', () => {
  it('may be framed by any website, runs no script, and lists only published and cancelled events', async () => {
    const response = await anonymous.inject({ url: `/embed/events?organisation=${kade.slug}&lang=fr&limit=10` });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.body).not.toMatch(/<script/i);
    expect(response.body).toContain('Soirée d’été');
    expect(response.body).toContain('Annulé');
    expect(response.body).not.toMatch(/Nog geheim|Verwijderd feest/);
    expect(response.body).toContain(`href="${app.config.publicUrl}/events/${published.id}"`);
  });

  it('leaves every other page unframable', async () => {
    for (const url of ['/calendar', `/events/${published.id}`, '/api/public/events']) {
      const response = await anonymous.inject(url);
      expect(String(response.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('drops an event whose organiser is deleted', async () => {
    const gone = await createOrganisation(coordinator, { name: 'Gone Collective' });
    await moveEvent(coordinator, await draftEvent(coordinator, gone.id, { title: { nl: 'Weg met ons' } }), 'published');
    expect((await anonymous.inject(`/embed/events?organisation=${gone.slug}`)).body).toContain('Weg met ons');
    await coordinator.inject({ method: 'DELETE', url: `/api/organisations/${gone.id}` });
    expect((await anonymous.inject(`/embed/events?organisation=${gone.slug}`)).body).not.toContain('Weg met ons');
  });
});
