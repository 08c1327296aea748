// Meetings as an RFC 5545 iCalendar: a feed a calendar app subscribes to, or one "add to calendar" file.
import ICAL from 'ical.js';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { COUNCIL_TIME_ZONE } from './council-time.ts';

// ical.js folds after 75 octets and then prefixes the continuation with a space, making 76;
// RFC 5545 allows 75 including that space.
ICAL.foldLength = 74;

export interface CalendarMeeting {
  id: string;
  title: string;
  kind: string;
  /** Brussels wall-clock time, YYYY-MM-DDTHH:mm */
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  workingGroupName: string | null;
  updatedAt: string;
  /** Increases with every edit, so calendar apps replace their copy. */
  version: number;
}

export interface CalendarOptions {
  name: string;
  /** The moment the file is made (DTSTAMP); passed in so output is deterministic in tests. */
  now: Date;
  /** Where a person can see the meeting in the dashboard, e.g. https://host/meetings/ */
  meetingUrl?: (id: string) => string;
}

const brusselsZone = (() => {
  const vtimezone = getVtimezoneComponent(COUNCIL_TIME_ZONE);
  if (!vtimezone) throw new Error(`No VTIMEZONE data for ${COUNCIL_TIME_ZONE}; reinstall @touch4it/ical-timezones.`);
  const component = new ICAL.Component(ICAL.parse(vtimezone) as unknown[]);
  return { component, zone: new ICAL.Timezone(component) };
})();

/** A Brussels wall-clock time (YYYY-MM-DDTHH:mm) as an iCalendar time in the Brussels zone (TZID). */
export function localTime(wallClock: string): ICAL.Time {
  const time = ICAL.Time.fromDateTimeString(`${wallClock.slice(0, 16)}:00`);
  time.zone = brusselsZone.zone;
  return time;
}

function description(meeting: CalendarMeeting, url: string | undefined): string {
  return [meeting.workingGroupName, meeting.agenda, meeting.onlineUrl, url].filter(Boolean).join('\n\n');
}

/** An empty published calendar named `name`, with the Brussels VTIMEZONE its times refer to. */
export function councilCalendar(name: string, product: string): ICAL.Component {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', `-//Kulturrat//${product}//EN`);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', name);
  calendar.updatePropertyWithValue('x-wr-timezone', COUNCIL_TIME_ZONE);
  calendar.addSubcomponent(ICAL.Component.fromString(brusselsZone.component.toString()));
  return calendar;
}

/** The calendar as RFC 5545 text: lines end in CRLF (ical.js folds long lines itself). */
export const calendarText = (calendar: ICAL.Component): string => calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';

export function meetingsToICalendar(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const calendar = councilCalendar(options.name, 'Culture council meetings');
  const stamp = ICAL.Time.fromJSDate(options.now, true);
  for (const meeting of meetings) {
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    const url = options.meetingUrl?.(meeting.id);
    event.uid = `meeting-${meeting.id}@kulturrat`;
    component.updatePropertyWithValue('dtstamp', stamp);
    component.updatePropertyWithValue('last-modified', ICAL.Time.fromJSDate(new Date(meeting.updatedAt), true));
    component.updatePropertyWithValue('sequence', Math.max(0, meeting.version - 1));
    event.startDate = localTime(meeting.startsAt);
    event.endDate = localTime(meeting.endsAt);
    event.summary = meeting.title;
    const text = description(meeting, url);
    if (text) event.description = text;
    const location = meeting.place ?? meeting.onlineUrl;
    if (location) event.location = location;
    if (url) component.updatePropertyWithValue('url', url);
    component.updatePropertyWithValue('categories', meeting.kind);
    calendar.addSubcomponent(component);
  }
  return calendarText(calendar);
}
