import { describe, expect, it } from 'vitest';
import { canMoveEvent, EVENT_TRANSITIONS, eventFromProps, eventProps, pickLanguage } from '../../server/domain/event.ts';
import { EVENT_STATUSES } from '../../server/domain/taxonomy.ts';
import { generateCity } from '../../seed/generate.ts';
import { generateEvents } from '../../seed/events.ts';
import { eventRuleErrors } from '../../server/domain/event.ts';
import { brusselsInstant } from '../../server/domain/council-time.ts';
import { eventInput } from '../helpers/events.ts';

const ORG = '11111111-1111-4111-8111-111111111111';

describe('canMoveEvent', () => {
  it.each([
    ['draft', 'published', true],
    ['draft', 'cancelled', false],
    ['draft', 'postponed', false],
    ['published', 'postponed', true],
    ['published', 'cancelled', true],
    ['published', 'draft', true],
    ['postponed', 'published', true],
    ['postponed', 'draft', false],
    ['cancelled', 'published', false],
    ['cancelled', 'draft', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveEvent(from, to)).toBe(allowed);
  });

  it('never lets a status move to itself', () => {
    for (const status of EVENT_STATUSES) expect(EVENT_TRANSITIONS[status]).not.toContain(status);
  });
});

describe('pickLanguage', () => {
  it.each([
    [{ nl: 'a', fr: 'b' }, 'fr', 'nl', 'fr'],
    [{ nl: 'a' }, 'fr', 'nl', 'nl'],
    [{ nl: 'a' }, undefined, 'nl', 'nl'],
    [{ de: 'a' }, 'fr', 'nl', 'de'],
  ] as const)('%o asked in %s, main %s: %s', (text, wanted, main, expected) => {
    expect(pickLanguage(text, wanted, main)).toBe(expected);
  });
});

describe('eventRuleErrors', () => {
  const fields = (overrides: Parameters<typeof eventInput>[1]) => eventRuleErrors(eventInput(ORG, overrides)).map((e) => `${e.field}:${e.code}`);

  it('accepts a well-formed event', () => {
    expect(fields({})).toEqual([]);
  });

  it.each([
    ['dates out of order', { calendarType: 'multiple' as const, occurrences: [{ startsAt: '2030-05-02T20:00', endsAt: '2030-05-02T22:00' }, { startsAt: '2030-05-01T20:00', endsAt: '2030-05-01T22:00' }] }, 'occurrences.1.startsAt:occurrences-order'],
    ['one date for several', { calendarType: 'multiple' as const }, 'occurrences:several-dates'],
    ['opening hours on a single event', { openingHours: [{ weekday: 'mo' as const, opens: '10:00', closes: '18:00' }] }, 'openingHours:opening-hours-for-runs'],
    ['closing before opening', { calendarType: 'periodic' as const, openingHours: [{ weekday: 'mo' as const, opens: '18:00', closes: '10:00' }] }, 'openingHours.0.closes:end-before-start'],
    ['a paid event without prices', { prices: [] }, 'prices:prices-required'],
    ['the organiser as its own co-organiser', { coOrganiserIds: [ORG] }, 'coOrganiserIds:duplicate'],
    ['an impossible day', { occurrences: [{ startsAt: '2030-02-30T20:00', endsAt: '2030-02-30T22:00' }] }, 'occurrences.0.startsAt:format'],
  ])('refuses %s', (_name, overrides, expected) => {
    expect(fields(overrides)).toContain(expected);
  });
});

describe('eventProps and eventFromProps', () => {
  it('store and read back prices, opening hours and texts', () => {
    const input = eventInput(ORG, { calendarType: 'periodic', openingHours: [{ weekday: 'sa', opens: '10:00', closes: '18:00' }] });
    const props = eventProps(input);
    expect(props).toMatchObject({ titleNl: 'Open repetitie', titleFr: 'Répétition ouverte', titleEn: null, openingHours: ['sa 10:00-18:00'], priceAmounts: [12.5] });
    const back = eventFromProps({ ...props, id: 'x', status: 'draft', startsAt: 's', endsAt: 'e', occurrenceStarts: ['s'], occurrenceEnds: ['e'], createdAt: 'c', updatedAt: 'u', version: 1 });
    expect(back).toMatchObject({ title: input.title, openingHours: input.openingHours, prices: input.prices, occurrences: [{ startsAt: 's', endsAt: 'e' }] });
  });
});

describe('generateEvents', () => {
  const city = generateCity();
  const events = generateEvents(city);

  it('makes about 300 events, most of them tied to projects, the same every time', () => {
    expect(events.length).toBeGreaterThanOrEqual(250);
    expect(events.length).toBeLessThanOrEqual(350);
    expect(events.filter((e) => e.projectId).length / events.length).toBeGreaterThan(0.6);
    expect(generateEvents(city)).toEqual(events);
  });

  it('makes only events the API would accept, at times that exist in Brussels', () => {
    for (const event of events) {
      const { id: _id, status: _status, createdAt: _createdAt, ...input } = event;
      expect(eventRuleErrors(input), event.id).toEqual([]);
      for (const o of event.occurrences) expect(brusselsInstant(o.startsAt)).not.toBeNull();
    }
  });

  it('has every calendar type and every status', () => {
    expect(new Set(events.map((e) => e.calendarType))).toEqual(new Set(['single', 'multiple', 'periodic']));
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
  });
});
