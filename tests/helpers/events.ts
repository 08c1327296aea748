// Factories for events: an input any test can start from, and drafting and publishing through the API.
import type { EventInput, Event } from '../../server/schemas/event.ts';
import type { Client } from './factories.ts';

/** The last Sunday of a month (1-12) of a year, YYYY-MM-DD: when Brussels changes its clocks in March and October. */
export function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** A day `days` after `day` (YYYY-MM-DD). */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Next year's summer-time change: upcoming whenever the tests run. */
export const SPRING_FORWARD = lastSunday(new Date().getUTCFullYear() + 1, 3);

export function eventInput(organisationId: string, overrides: Partial<EventInput> = {}): EventInput {
  const day = addDays(SPRING_FORWARD, 14);
  return {
    title: { nl: 'Open repetitie', fr: 'Répétition ouverte' },
    description: { nl: 'Kijk mee achter de schermen.' },
    mainLanguage: 'nl',
    calendarType: 'single',
    occurrences: [{ startsAt: `${day}T20:00`, endsAt: `${day}T22:00` }],
    venue: 'Grote zaal',
    address: 'Kaaistraat 20, 1000 Brussel',
    commune: 'bruxelles',
    lat: 50.853,
    lon: 4.347,
    free: false,
    prices: [{ label: 'Standard', amount: 12.5 }],
    bookingUrl: 'https://tickets.example.org/repetitie',
    disciplines: ['theatre'],
    audiences: ['general-public'],
    organisationId,
    ...overrides,
  };
}

export async function draftEvent(client: Client, organisationId: string, overrides: Partial<EventInput> = {}): Promise<Event> {
  const response = await client.inject({ method: 'POST', url: '/api/events', payload: eventInput(organisationId, overrides) });
  if (response.statusCode !== 201) throw new Error(`draftEvent: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function moveEvent(client: Client, event: Pick<Event, 'id' | 'version'>, status: Event['status']): Promise<Event> {
  const response = await client.inject({ method: 'POST', url: `/api/events/${event.id}/status`, payload: { status, version: event.version } });
  if (response.statusCode !== 200) throw new Error(`moveEvent: ${response.statusCode} ${response.body}`);
  return response.json();
}
