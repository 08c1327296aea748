// Public events as an RFC 5545 iCalendar feed other platforms and calendar apps take in: one
// VEVENT per date, and for a run one weekly-repeating VEVENT per opening day (its hours, until the
// run's last day). Built on the meetings' calendar (Brussels VTIMEZONE, folding, CRLF).
import ICAL from 'ical.js';
import { brusselsInstant } from './council-time.ts';
import { calendarText, councilCalendar, localTime } from './meeting-calendar.ts';
import { WEEKDAYS } from './taxonomy.ts';
import type { PublicEvent } from '../schemas/event.ts';

export interface EventCalendarOptions {
  name: string;
  /** The moment the file is made (DTSTAMP); passed in so output is deterministic in tests. */
  now: Date;
}

const STATUS: Record<PublicEvent['status'], string> = { published: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };
const ICAL_DAY: Record<(typeof WEEKDAYS)[number], string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday 0 … Sunday 6 of a YYYY-MM-DD day. */
const weekdayIndex = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

function describe(event: PublicEvent): string {
  const organisers = event.organisers.map((o) => o.name).join(', ');
  return [event.description, organisers, event.bookingUrl, event.url].filter(Boolean).join('\n\n');
}

function baseComponent(event: PublicEvent, uid: string, stamp: ICAL.Time): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.updatePropertyWithValue('uid', uid);
  component.updatePropertyWithValue('dtstamp', stamp);
  component.updatePropertyWithValue('last-modified', ICAL.Time.fromJSDate(new Date(event.updatedAt), true));
  component.updatePropertyWithValue('summary', event.title);
  component.updatePropertyWithValue('description', describe(event));
  component.updatePropertyWithValue('location', `${event.venue}, ${event.address}`);
  if (event.lat !== null && event.lon !== null) component.updatePropertyWithValue('geo', [event.lat, event.lon]);
  component.updatePropertyWithValue('url', event.url);
  component.updatePropertyWithValue('status', STATUS[event.status]);
  const categories = new ICAL.Property('categories');
  categories.setValues(event.disciplines);
  if (event.disciplines.length) component.addProperty(categories);
  return component;
}

export function eventsToICalendar(events: readonly PublicEvent[], options: EventCalendarOptions): string {
  const calendar = councilCalendar(options.name, 'Culture council events');
  const stamp = ICAL.Time.fromJSDate(options.now, true);
  for (const event of events) {
    if (event.calendarType === 'periodic') {
      const firstDay = event.startsAt.slice(0, 10);
      const lastDay = event.endsAt.slice(0, 10);
      for (const hours of event.openingHours) {
        const offset = (WEEKDAYS.indexOf(hours.weekday) - weekdayIndex(firstDay) + 7) % 7;
        const day = addDays(firstDay, offset);
        if (day > lastDay) continue;
        const component = baseComponent(event, `event-${event.id}-${hours.weekday}-${hours.opens.replace(':', '')}@kulturrat`, stamp);
        component.updatePropertyWithValue('dtstart', localTime(`${day}T${hours.opens}`));
        component.updatePropertyWithValue('dtend', localTime(`${day}T${hours.closes}`));
        // UNTIL is UTC when DTSTART has a zone (RFC 5545 3.3.10): the end of the run's last opening.
        const until = brusselsInstant(`${lastDay}T${hours.closes}`) ?? new Date(`${lastDay}T23:59:00Z`);
        const rule = new ICAL.Recur({ freq: 'WEEKLY', byday: [ICAL_DAY[hours.weekday]], until: ICAL.Time.fromJSDate(until, true) });
        component.updatePropertyWithValue('rrule', rule);
        calendar.addSubcomponent(component);
      }
      continue;
    }
    event.occurrences.forEach((occurrence, i) => {
      const uid = event.occurrences.length === 1 ? `event-${event.id}@kulturrat` : `event-${event.id}-${i + 1}@kulturrat`;
      const component = baseComponent(event, uid, stamp);
      component.updatePropertyWithValue('dtstart', localTime(occurrence.startsAt));
      component.updatePropertyWithValue('dtend', localTime(occurrence.endsAt));
      calendar.addSubcomponent(component);
    });
  }
  return calendarText(calendar);
}
