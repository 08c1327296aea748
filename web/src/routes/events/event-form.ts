// The event form's values, its checks before anything is sent, and the API input it makes. Pure,
// so the rules (Brussels times, a title in the main language, prices unless free) can be tested.
import { brusselsInstant, joinWallClock, splitWallClock } from '$council-time';
import type { CouncilEvent, EventInput, Locale, ProblemItem } from '$lib/types';

export const FORM_LOCALES = ['nl', 'fr', 'en', 'de'] as const satisfies readonly Locale[];

export interface EventFormValues {
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  mainLanguage: Locale;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  address: string;
  commune: string;
  free: boolean;
  price: string;
  bookingUrl: string;
  disciplines: string[];
  audiences: string[];
  organisationId: string;
}

const blank = (): Record<Locale, string> => ({ nl: '', fr: '', en: '', de: '' });

/** A single event's values (the form edits one date; other calendar types keep their dates when only texts change). */
export function eventFormValues(event: CouncilEvent | undefined, defaults: { organisationId?: string; mainLanguage?: Locale } = {}): EventFormValues {
  const start = splitWallClock(event?.startsAt);
  const end = splitWallClock(event?.endsAt);
  return {
    title: { ...blank(), ...(event?.title ?? {}) },
    description: { ...blank(), ...(event?.description ?? {}) },
    mainLanguage: event?.mainLanguage ?? defaults.mainLanguage ?? 'nl',
    date: start.date,
    startTime: start.time || '20:00',
    endTime: end.time || '22:00',
    venue: event?.venue ?? '',
    address: event?.address ?? '',
    commune: event?.commune ?? '',
    free: event?.free ?? false,
    price: event?.prices[0] ? String(event.prices[0].amount) : '',
    bookingUrl: event?.bookingUrl ?? '',
    disciplines: [...(event?.disciplines ?? [])],
    audiences: [...(event?.audiences ?? [])],
    organisationId: event?.organisation.id ?? defaults.organisationId ?? '',
  };
}

const URL_PATTERN = /^https?:\/\/\S+$/;
const AMOUNT = /^\d+([.,]\d{1,2})?$/;

/** What the browser can tell before asking the server; field names are the API's. */
export function eventClientErrors(values: EventFormValues): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const title = values.title[values.mainLanguage].trim();
  if (!title) errors.push({ field: `title.${values.mainLanguage}`, code: 'main-language-title', message: '' });
  const startsAt = joinWallClock(values.date, values.startTime);
  const endsAt = joinWallClock(values.date, values.endTime);
  if (!startsAt) errors.push({ field: 'occurrences.0.startsAt', code: 'required', message: '' });
  else if (!brusselsInstant(startsAt)) errors.push({ field: 'occurrences.0.startsAt', code: 'nonexistent-time', message: '' });
  if (startsAt && endsAt && brusselsInstant(startsAt) && brusselsInstant(endsAt) && endsAt <= startsAt) {
    errors.push({ field: 'occurrences.0.endsAt', code: 'end-before-start', message: '' });
  }
  if (values.venue.trim().length < 2) errors.push({ field: 'venue', code: 'required', message: '' });
  if (values.address.trim().length < 2) errors.push({ field: 'address', code: 'required', message: '' });
  if (!values.commune) errors.push({ field: 'commune', code: 'required', message: '' });
  if (!values.free && !AMOUNT.test(values.price.trim())) errors.push({ field: 'prices', code: 'prices-required', message: '' });
  if (values.bookingUrl.trim() && !URL_PATTERN.test(values.bookingUrl.trim())) errors.push({ field: 'bookingUrl', code: 'format', message: '' });
  if (!values.disciplines.length) errors.push({ field: 'disciplines', code: 'required', message: '' });
  if (!values.organisationId) errors.push({ field: 'organisationId', code: 'required', message: '' });
  return errors;
}

/** The API input; an event with several dates or a run keeps them, and its other fields, as they were. */
export function eventInputFrom(values: EventFormValues, editing?: CouncilEvent): EventInput {
  const texts = (record: Record<Locale, string>) =>
    Object.fromEntries(FORM_LOCALES.filter((l) => record[l].trim()).map((l) => [l, record[l].trim()])) as Partial<Record<Locale, string>>;
  const single = !editing || editing.calendarType === 'single';
  return {
    title: texts(values.title),
    description: texts(values.description),
    mainLanguage: values.mainLanguage,
    calendarType: single ? 'single' : editing.calendarType,
    occurrences: single ? [{ startsAt: joinWallClock(values.date, values.startTime), endsAt: joinWallClock(values.date, values.endTime) }] : editing.occurrences,
    openingHours: single ? [] : editing.openingHours,
    venue: values.venue.trim(),
    address: values.address.trim(),
    commune: values.commune,
    lat: editing?.lat ?? null,
    lon: editing?.lon ?? null,
    free: values.free,
    prices: values.free ? [] : [{ label: editing?.prices[0]?.label ?? 'Standard', amount: Number(values.price.trim().replace(',', '.')) }],
    bookingUrl: values.bookingUrl.trim() || null,
    imageUrl: editing?.imageUrl ?? null,
    disciplines: values.disciplines as EventInput['disciplines'],
    audiences: values.audiences as EventInput['audiences'],
    organisationId: values.organisationId,
    coOrganiserIds: editing?.coOrganisers.map((o) => o.id) ?? [],
    projectId: editing?.project?.id ?? null,
  };
}
