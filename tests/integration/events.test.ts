import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { addDays, draftEvent, eventInput, moveEvent, SPRING_FORWARD } from '../helpers/events.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { Event, PublicEvent } from '../../server/schemas/event.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent, admin: BrowserAgent, representative: BrowserAgent, strategist: BrowserAgent, anonymous: BrowserAgent;
let kade: Organisation, lumiere: Organisation;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  admin = await asRole(app, 'admin');
  strategist = await asRole(app, 'strategist');
  kade = await createOrganisation(coordinator, { name: 'Stadstheater Kade', website: 'https://kade.example.org' });
  lumiere = await createOrganisation(coordinator, { name: 'Centre Lumière', disciplines: ['film'] });
  representative = await asRole(app, 'representative', { organisationId: kade.id });
  anonymous = await visitor(app);
});
afterAll(async () => app?.close());

const codes = (body: { errors?: { field?: string; code: string }[] }) => (body.errors ?? []).map((e) => `${e.field}:${e.code}`);
const parseCalendar = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
const vevents = (text: string) => parseCalendar(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('POST /api/events', () => {
  it('lets a representative draft an event of its own organisation, audited, as a draft', async () => {
    const response = await representative.inject({ method: 'POST', url: '/api/events', payload: eventInput(kade.id, { coOrganiserIds: [lumiere.id] }) });
    expect(response.statusCode, response.body).toBe(201);
    const event = response.json() as Event;
    expect(event).toMatchObject({
      status: 'draft',
      title: { nl: 'Open repetitie', fr: 'Répétition ouverte' },
      organisation: { id: kade.id },
      coOrganisers: [{ id: lumiere.id }],
      prices: [{ label: 'Standard', amount: 12.5 }],
      version: 1,
    });
    expect(event.startsAt).toBe(eventInput(kade.id).occurrences[0]!.startsAt);
    const audit = await admin.inject(`/api/audit?entityType=event&entityId=${event.id}`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it("hides another organisation's events from a representative: it cannot draft, edit or publish them", async () => {
    const foreign = await representative.inject({ method: 'POST', url: '/api/events', payload: eventInput(lumiere.id) });
    expect(foreign.statusCode).toBe(404);
    const theirs = await draftEvent(coordinator, lumiere.id);
    // Naming its own organisation in the body does not open another's event.
    const edit = await representative.inject({ method: 'PUT', url: `/api/events/${theirs.id}`, payload: { ...eventInput(kade.id), version: theirs.version } });
    expect(edit.statusCode).toBe(404);
    const handOver = await representative.inject({ method: 'PUT', url: `/api/events/${theirs.id}`, payload: { ...eventInput(lumiere.id), version: theirs.version } });
    expect(handOver.statusCode).toBe(404);
    const own = await draftEvent(representative, kade.id);
    const publish = await representative.inject({ method: 'POST', url: `/api/events/${own.id}/status`, payload: { status: 'published', version: own.version } });
    expect(publish.statusCode).toBe(403);
    const unchanged = await coordinator.inject(`/api/events/${theirs.id}`);
    expect(unchanged.json()).toMatchObject({ version: 1, organisation: { id: lumiere.id } });
  });

  it('lets a representative edit its own event, and gives a stale version 409', async () => {
    const own = await draftEvent(representative, kade.id);
    const edit = await representative.inject({
      method: 'PUT',
      url: `/api/events/${own.id}`,
      payload: { ...eventInput(kade.id, { title: { nl: 'Open repetitie (nieuw)' } }), version: own.version },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ title: { nl: 'Open repetitie (nieuw)' }, version: 2, status: 'draft' });
    const stale = await representative.inject({ method: 'PUT', url: `/api/events/${own.id}`, payload: { ...eventInput(kade.id), version: own.version } });
    expect(stale.statusCode).toBe(409);
  });

  it.each([
    ['a title missing in the main language', { mainLanguage: 'fr' as const, title: { nl: 'Alleen Nederlands' } }, 'title.fr:main-language-title'],
    ['the hour skipped when summer time starts', { occurrences: [{ startsAt: `${SPRING_FORWARD}T02:30`, endsAt: `${SPRING_FORWARD}T04:00` }] }, 'occurrences.0.startsAt:nonexistent-time'],
    ['an end before the start', { occurrences: [{ startsAt: '2030-05-01T20:00', endsAt: '2030-05-01T19:00' }] }, 'occurrences.0.endsAt:end-before-start'],
    ['a single event with two dates', { occurrences: [{ startsAt: '2030-05-01T20:00', endsAt: '2030-05-01T22:00' }, { startsAt: '2030-05-02T20:00', endsAt: '2030-05-02T22:00' }] }, 'occurrences:single-date'],
    ['a run without opening hours', { calendarType: 'periodic' as const }, 'openingHours:opening-hours-required'],
    ['a free event with prices', { free: true }, 'prices:free-without-prices'],
    ['a price in fractions of a cent', { prices: [{ label: 'Standard', amount: 12.345 }] }, 'prices.0.amount:cents'],
  ])('refuses %s, naming the field', async (_name, overrides, expected) => {
    const response = await coordinator.inject({ method: 'POST', url: '/api/events', payload: eventInput(kade.id, overrides) });
    expect(response.statusCode).toBe(400);
    expect(codes(response.json())).toContain(expected);
  });

  it('refuses an unknown project or co-organiser and writes nothing', async () => {
    const before = (await coordinator.inject('/api/events?pageSize=200')).json().total;
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/events',
      payload: eventInput(kade.id, { projectId: '00000000-0000-4000-8000-000000000000', coOrganiserIds: ['00000000-0000-4000-8000-000000000001'] }),
    });
    expect(response.statusCode).toBe(400);
    expect(codes(response.json())).toEqual(expect.arrayContaining(['projectId:unknown-project', 'coOrganiserIds.0:unknown-organisation']));
    expect((await coordinator.inject('/api/events?pageSize=200')).json().total).toBe(before);
  });
});

describe('POST /api/events/:id/status', () => {
  it('publishes, postpones and cancels, and refuses a move the workflow does not have', async () => {
    const draft = await draftEvent(representative, kade.id);
    const skip = await coordinator.inject({ method: 'POST', url: `/api/events/${draft.id}/status`, payload: { status: 'cancelled', version: draft.version } });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().code).toBe('invalid-transition');
    const published = await moveEvent(coordinator, draft, 'published');
    expect(published).toMatchObject({ status: 'published', version: 2 });
    const postponed = await moveEvent(coordinator, published, 'postponed');
    const cancelled = await moveEvent(coordinator, postponed, 'cancelled');
    expect(cancelled.status).toBe('cancelled');
    const audit = await admin.inject(`/api/audit?entityType=event&entityId=${draft.id}`);
    expect(audit.json().items).toHaveLength(4);
  });

  it('keeps strategists and the public out', async () => {
    const draft = await draftEvent(coordinator, kade.id);
    expect((await strategist.inject({ method: 'POST', url: `/api/events/${draft.id}/status`, payload: { status: 'published', version: 1 } })).statusCode).toBe(403);
    expect((await anonymous.inject({ method: 'POST', url: `/api/events/${draft.id}/status`, payload: { status: 'published', version: 1 } })).statusCode).toBe(401);
  });
});

describe('the public exits', () => {
  const exits = async (id: string) => {
    const page = await anonymous.inject('/api/public/events?pageSize=200');
    const one = await anonymous.inject(`/api/public/events/${id}`);
    const feed = await anonymous.inject('/api/public/events/calendar.ics');
    const feedOfOrganisation = await anonymous.inject(`/api/public/events/calendar.ics?organisation=${kade.slug}`);
    return {
      list: (page.json().items as PublicEvent[]).some((e) => e.id === id),
      page: one.statusCode,
      feed: feed.body.includes(id),
      feedOfOrganisation: feedOfOrganisation.body.includes(id),
    };
  };

  it('shows a published event everywhere and a draft nowhere', async () => {
    const draft = await draftEvent(representative, kade.id);
    expect(await exits(draft.id)).toEqual({ list: false, page: 404, feed: false, feedOfOrganisation: false });
    await moveEvent(coordinator, draft, 'published');
    expect(await exits(draft.id)).toEqual({ list: true, page: 200, feed: true, feedOfOrganisation: true });
  });

  it('takes a deleted event off every exit, and brings it back with its restore', async () => {
    const event = await moveEvent(coordinator, await draftEvent(coordinator, kade.id), 'published');
    const deleted = await coordinator.inject({ method: 'DELETE', url: `/api/events/${event.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(await exits(event.id)).toEqual({ list: false, page: 404, feed: false, feedOfOrganisation: false });
    expect((await coordinator.inject(`/api/events/${event.id}`)).statusCode).toBe(404);
    const trash = await admin.inject('/api/trash?entityType=event');
    expect(trash.json().map((i: { id: string }) => i.id)).toContain(event.id);
    const restored = await admin.inject({ method: 'POST', url: `/api/trash/event/${event.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(await exits(event.id)).toEqual({ list: true, page: 200, feed: true, feedOfOrganisation: true });
  });

  it('takes the events of a deleted organisation off every exit', async () => {
    const gone = await createOrganisation(coordinator, { name: 'Vanishing Collective' });
    const event = await moveEvent(coordinator, await draftEvent(coordinator, gone.id), 'published');
    expect((await anonymous.inject(`/api/public/events/${event.id}`)).statusCode).toBe(200);
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/organisations/${gone.id}` })).statusCode).toBe(204);
    const page = await anonymous.inject('/api/public/events?pageSize=200');
    expect((page.json().items as PublicEvent[]).some((e) => e.id === event.id)).toBe(false);
    expect((await anonymous.inject(`/api/public/events/${event.id}`)).statusCode).toBe(404);
    expect((await anonymous.inject('/api/public/events/calendar.ics')).body).not.toContain(event.id);
  });

  it('shows a cancelled event as cancelled, in the visitor’s language with the main language as fallback', async () => {
    const event = await draftEvent(coordinator, kade.id, { title: { nl: 'Slotfeest', en: 'Closing party' }, description: { nl: 'Met muziek.' } });
    await moveEvent(coordinator, await moveEvent(coordinator, event, 'published'), 'cancelled');
    const english = (await anonymous.inject(`/api/public/events/${event.id}?lang=en`)).json() as PublicEvent;
    expect(english).toMatchObject({ status: 'cancelled', language: 'en', title: 'Closing party', description: 'Met muziek.' });
    const french = (await anonymous.inject(`/api/public/events/${event.id}?lang=fr`)).json() as PublicEvent;
    expect(french).toMatchObject({ language: 'nl', title: 'Slotfeest' });
    expect(french.url).toBe(`${app.config.publicUrl}/events/${event.id}`);
    const feed = vevents((await anonymous.inject('/api/public/events/calendar.ics?lang=en')).body);
    const inFeed = feed.find((e) => e.uid === `event-${event.id}@kulturrat`)!;
    expect(inFeed.summary).toBe('Closing party');
    expect(inFeed.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('filters the public list by discipline, commune, organisation, audience, free and date', async () => {
    const filmDay = addDays(SPRING_FORWARD, 40);
    const film = await moveEvent(
      coordinator,
      await draftEvent(coordinator, lumiere.id, {
        disciplines: ['film'],
        commune: 'schaerbeek',
        audiences: ['youth'],
        free: true,
        prices: [],
        occurrences: [{ startsAt: `${filmDay}T21:00`, endsAt: `${filmDay}T23:00` }],
      }),
      'published',
    );
    const ids = async (query: string) => ((await anonymous.inject(`/api/public/events?pageSize=200&${query}`)).json().items as PublicEvent[]).map((e) => e.id);
    for (const query of ['discipline=film', 'commune=schaerbeek', `organisation=${lumiere.slug}`, `organisation=${lumiere.id}`, 'audience=youth', 'free=true', `from=${filmDay}&to=${filmDay}`]) {
      expect(await ids(query), query).toEqual([film.id]);
    }
    expect(await ids('discipline=dance')).toEqual([]);
    expect(await ids(`to=${addDays(filmDay, -1)}&from=${addDays(filmDay, -1)}`)).not.toContain(film.id);
  });
});

describe('GET /api/public/events/calendar.ics', () => {
  it('gives times a real parser reads right on both sides of the summer-time change, a run as weekly opening days', async () => {
    const before = addDays(SPRING_FORWARD, -1);
    const multiple = await moveEvent(
      coordinator,
      await draftEvent(coordinator, kade.id, {
        title: { nl: 'Weekend rond de klok' },
        calendarType: 'multiple',
        occurrences: [
          { startsAt: `${before}T20:00`, endsAt: `${before}T22:00` },
          { startsAt: `${SPRING_FORWARD}T20:00`, endsAt: `${SPRING_FORWARD}T22:00` },
        ],
      }),
      'published',
    );
    const runStart = addDays(SPRING_FORWARD, -14);
    const run = await moveEvent(
      coordinator,
      await draftEvent(coordinator, kade.id, {
        title: { nl: 'Tentoonstelling' },
        disciplines: ['visual-arts'],
        calendarType: 'periodic',
        occurrences: [{ startsAt: `${runStart}T10:00`, endsAt: `${addDays(SPRING_FORWARD, 13)}T18:00` }],
        openingHours: [{ weekday: 'sa', opens: '10:00', closes: '18:00' }],
      }),
      'published',
    );
    const response = await anonymous.inject(`/api/public/events/calendar.ics?organisation=${kade.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    const events = vevents(response.body);
    const first = events.find((e) => e.uid === `event-${multiple.id}-1@kulturrat`)!;
    const second = events.find((e) => e.uid === `event-${multiple.id}-2@kulturrat`)!;
    // Winter time (UTC+1) the evening before, summer time (UTC+2) the evening the clocks change.
    expect(first.startDate.toJSDate().toISOString()).toBe(`${before}T19:00:00.000Z`);
    expect(second.startDate.toJSDate().toISOString()).toBe(`${SPRING_FORWARD}T18:00:00.000Z`);
    expect(second.endDate.toJSDate().toISOString()).toBe(`${SPRING_FORWARD}T20:00:00.000Z`);
    expect(first.location).toBe('Grote zaal, Kaaistraat 20, 1000 Brussel');
    const saturday = events.find((e) => e.uid.startsWith(`event-${run.id}-sa`))!;
    const iterator = saturday.iterator();
    const openings: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) openings.push(next.toJSDate().toISOString());
    // Four Saturdays, 10:00 Brussels time: 09:00Z before the change, 08:00Z after it.
    expect(openings).toHaveLength(4);
    expect(openings[0]).toBe(`${addDays(SPRING_FORWARD, -8)}T09:00:00.000Z`);
    expect(openings[1]).toBe(`${addDays(SPRING_FORWARD, -1)}T09:00:00.000Z`);
    expect(openings[2]).toBe(`${addDays(SPRING_FORWARD, 6)}T08:00:00.000Z`);
  });

  it('answers 400 for an unknown discipline', async () => {
    expect((await anonymous.inject('/api/public/events/calendar.ics?discipline=juggling')).statusCode).toBe(400);
  });
});

describe('projects', () => {
  it('ties an event to its joint project, and the project filter finds it', async () => {
    const project = await createProject(coordinator, [kade, lumiere]);
    const event = await draftEvent(coordinator, kade.id, { projectId: project.id, coOrganiserIds: [lumiere.id] });
    expect(event.project).toEqual({ id: project.id, title: project.title });
    const list = await coordinator.inject(`/api/events?project=${project.id}`);
    expect(list.json().items.map((e: Event) => e.id)).toEqual([event.id]);
  });
});
