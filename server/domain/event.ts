// Rules an event must keep that a JSON schema cannot say (real Brussels times in order, a calendar
// type that matches its dates, prices that match "free", a title in its main language), the moves
// of its status, how it is stored, and how the public reads it in a language.
import type { FieldError } from './errors.ts';
import { brusselsInstant, isCalendarWallClock } from './council-time.ts';
import { isWholeCents } from './money.ts';
import { LOCALES, type Locale, type LocalisedText } from './taxonomy.ts';
import { localisedProps, localisedFrom } from './organisation.ts';
import type { Event, EventInput, OpeningHours, PublicEvent } from '../schemas/event.ts';

export type EventStatus = Event['status'];

function timeErrors(field: string, value: string): FieldError[] {
  if (!isCalendarWallClock(value)) return [{ field, code: 'format', message: `${field} is not a real date and time (YYYY-MM-DDTHH:mm, Brussels time).` }];
  if (!brusselsInstant(value)) {
    return [{ field, code: 'nonexistent-time', message: `${field} does not exist in Brussels: the clocks skip that hour when summer time starts.` }];
  }
  return [];
}

export function eventRuleErrors(input: EventInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.title[input.mainLanguage]?.trim()) {
    errors.push({ field: `title.${input.mainLanguage}`, code: 'main-language-title', message: 'The title is required in the main language.' });
  }
  input.occurrences.forEach((o, i) => {
    const own = [...timeErrors(`occurrences.${i}.startsAt`, o.startsAt), ...timeErrors(`occurrences.${i}.endsAt`, o.endsAt)];
    errors.push(...own);
    const start = brusselsInstant(o.startsAt);
    const end = brusselsInstant(o.endsAt);
    if (start && end && end.getTime() <= start.getTime()) {
      errors.push({ field: `occurrences.${i}.endsAt`, code: 'end-before-start', message: 'This date ends before (or when) it starts.' });
    }
    const previous = input.occurrences[i - 1];
    if (previous && o.startsAt < previous.startsAt) {
      errors.push({ field: `occurrences.${i}.startsAt`, code: 'occurrences-order', message: 'Dates are listed in order, earliest first.' });
    }
  });
  const count = input.occurrences.length;
  if (input.calendarType === 'single' && count !== 1) {
    errors.push({ field: 'occurrences', code: 'single-date', message: 'A single event has exactly one date.' });
  }
  if (input.calendarType === 'multiple' && count < 2) {
    errors.push({ field: 'occurrences', code: 'several-dates', message: 'An event on several dates lists at least two.' });
  }
  if (input.calendarType === 'periodic') {
    if (count !== 1) errors.push({ field: 'occurrences', code: 'run-span', message: 'A run has one span: from its first day to its last.' });
    if (!input.openingHours?.length) errors.push({ field: 'openingHours', code: 'opening-hours-required', message: 'A run needs its opening hours.' });
  } else if (input.openingHours?.length) {
    errors.push({ field: 'openingHours', code: 'opening-hours-for-runs', message: 'Opening hours belong to a run (calendarType periodic).' });
  }
  (input.openingHours ?? []).forEach((h, i) => {
    if (h.closes <= h.opens) errors.push({ field: `openingHours.${i}.closes`, code: 'end-before-start', message: 'It closes before it opens.' });
  });
  const prices = input.prices ?? [];
  if (input.free && prices.length) errors.push({ field: 'prices', code: 'free-without-prices', message: 'A free event has no prices.' });
  if (!input.free && !prices.length) errors.push({ field: 'prices', code: 'prices-required', message: 'Give at least one price, or mark the event free.' });
  prices.forEach((p, i) => {
    if (!isWholeCents(p.amount)) errors.push({ field: `prices.${i}.amount`, code: 'cents', message: 'Amounts are euros with at most two decimals (whole cents).' });
  });
  if ((input.coOrganiserIds ?? []).includes(input.organisationId)) {
    errors.push({ field: 'coOrganiserIds', code: 'duplicate', message: 'The organising member is not also its co-organiser.' });
  }
  return errors;
}

/**
 * Status moves: a coordinator publishes a draft; a published event may be postponed, cancelled or
 * taken back to draft; a postponed one is published again (with its new dates) or cancelled; a
 * cancelled one may be taken back to draft. Everything else is refused.
 */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  draft: ['published'],
  published: ['postponed', 'cancelled', 'draft'],
  postponed: ['published', 'cancelled'],
  cancelled: ['draft'],
};

export const canMoveEvent = (from: EventStatus, to: EventStatus): boolean => EVENT_TRANSITIONS[from].includes(to);

const openingText = (h: OpeningHours) => `${h.weekday} ${h.opens}-${h.closes}`;

export function parseOpeningHours(lines: readonly unknown[]): OpeningHours[] {
  return lines.flatMap((line) => {
    const m = /^([a-z]{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(String(line));
    return m ? [{ weekday: m[1] as OpeningHours['weekday'], opens: m[2]!, closes: m[3]! }] : [];
  });
}

/** Node properties of an event; the times go separately, to become zoned Neo4j datetimes. */
export function eventProps(input: EventInput): Record<string, unknown> {
  const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  const prices = input.free ? [] : (input.prices ?? []);
  return {
    ...localisedProps('title', input.title),
    ...localisedProps('description', input.description),
    mainLanguage: input.mainLanguage,
    calendarType: input.calendarType,
    openingHours: (input.openingHours ?? []).map(openingText),
    venue: input.venue.trim(),
    address: input.address.trim(),
    commune: input.commune,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    free: input.free,
    priceLabels: prices.map((p) => p.label.trim()),
    priceAmounts: prices.map((p) => p.amount),
    bookingUrl: text(input.bookingUrl),
    imageUrl: text(input.imageUrl),
    disciplines: input.disciplines,
    audiences: input.audiences ?? [],
  };
}

/** The event read back from the properties the repository returns (times already wall-clock text). */
export function eventFromProps(p: Record<string, unknown>): Event {
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const starts = strings(p.occurrenceStarts);
  const ends = strings(p.occurrenceEnds);
  const labels = strings(p.priceLabels);
  const amounts = Array.isArray(p.priceAmounts) ? p.priceAmounts.map(Number) : [];
  return {
    id: String(p.id),
    status: String(p.status) as EventStatus,
    title: localisedFrom('title', p),
    description: localisedFrom('description', p),
    mainLanguage: String(p.mainLanguage) as Locale,
    calendarType: String(p.calendarType) as Event['calendarType'],
    occurrences: starts.map((startsAt, i) => ({ startsAt, endsAt: ends[i] ?? startsAt })),
    startsAt: String(p.startsAt),
    endsAt: String(p.endsAt),
    openingHours: parseOpeningHours(strings(p.openingHours)),
    venue: String(p.venue),
    address: String(p.address),
    commune: String(p.commune),
    lat: num(p.lat),
    lon: num(p.lon),
    free: p.free === true,
    prices: labels.map((label, i) => ({ label, amount: amounts[i] ?? 0 })),
    bookingUrl: str(p.bookingUrl),
    imageUrl: str(p.imageUrl),
    disciplines: strings(p.disciplines),
    audiences: strings(p.audiences),
    organisation: p.organisation as Event['organisation'],
    coOrganisers: (p.coOrganisers as Event['coOrganisers']) ?? [],
    project: (p.project as Event['project']) ?? null,
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

/** The language to show a text in: the visitor's when it is there, else the main language, else any. */
export function pickLanguage(text: LocalisedText, wanted: Locale | undefined, main: Locale): Locale {
  if (wanted && text[wanted]) return wanted;
  if (text[main]) return main;
  return LOCALES.find((l) => text[l]) ?? main;
}

export interface PublicOrganiser {
  id: string;
  slug: string;
  name: string;
  website: string | null;
}

/**
 * What the public reads of an event, in `lang` with the main language as fallback; the caller
 * has already made sure it is public (published, postponed or cancelled, and not deleted).
 */
export function publicEvent(event: Event, organisers: PublicOrganiser[], lang: Locale | undefined, url: string): PublicEvent {
  const language = pickLanguage(event.title, lang, event.mainLanguage);
  const descriptionLanguage = pickLanguage(event.description, lang, event.mainLanguage);
  return {
    id: event.id,
    status: event.status as PublicEvent['status'],
    language,
    title: event.title[language] ?? '',
    description: event.description[descriptionLanguage] ?? null,
    titles: event.title,
    descriptions: event.description,
    mainLanguage: event.mainLanguage,
    calendarType: event.calendarType,
    occurrences: event.occurrences,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    openingHours: event.openingHours,
    venue: event.venue,
    address: event.address,
    commune: event.commune,
    lat: event.lat,
    lon: event.lon,
    free: event.free,
    prices: event.prices,
    bookingUrl: event.bookingUrl,
    imageUrl: event.imageUrl,
    disciplines: event.disciplines,
    audiences: event.audiences,
    organisers,
    url,
    updatedAt: event.updatedAt,
  };
}
