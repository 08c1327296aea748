// The council's clock: meetings are planned in Brussels wall-clock time (YYYY-MM-DDTHH:mm), which
// is UTC+1 in winter and UTC+2 in summer, whatever the reader's own time zone. These functions tell
// a real wall-clock time from a malformed or non-existent one, turn it into the instant it means,
// split and join it for date and time inputs, and format it. Shared by the server and the dashboard
// (web imports it as `$council-time`): pure, no Node-only imports.

export const COUNCIL_TIME_ZONE = 'Europe/Brussels';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

const brusselsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: COUNCIL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Brussels wall-clock time of an instant, YYYY-MM-DDTHH:mm. */
export function brusselsWallClock(instant: Date): string {
  const parts = Object.fromEntries(brusselsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Brussels calendar day of an instant, YYYY-MM-DD. */
export const brusselsDate = (instant: Date): string => brusselsWallClock(instant).slice(0, 10);

/** Today in Brussels, YYYY-MM-DD. */
export const brusselsToday = (now: Date = new Date()): string => brusselsDate(now);

/** True for a well-formed time on a real calendar day (no 30 February, no 24:00). */
export function isCalendarWallClock(text: string): boolean {
  const m = WALL_CLOCK.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return utc.toISOString().slice(0, 16) === text && year >= 1900;
}

/**
 * The instant a Brussels wall-clock time means, or null when it does not exist (the hour skipped
 * when clocks go forward, e.g. 2025-03-30T02:30) or is malformed. In the hour that happens twice
 * when clocks go back, the first (summer-time) one is meant, as Neo4j reads it too.
 */
export function brusselsInstant(wallClock: string): Date | null {
  if (!isCalendarWallClock(wallClock)) return null;
  const asUtc = Date.parse(`${wallClock}:00Z`);
  // Brussels is UTC+2 in summer, UTC+1 in winter: one of the two offsets gives back the same wall clock.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * HOUR_MS);
    if (brusselsWallClock(instant) === wallClock) return instant;
  }
  return null;
}

/** The quarter of a YYYY-MM-DD day, as '2025-Q1'. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A meeting has started when its Brussels start time has passed. */
export function hasStarted(startsAt: string, now: Date = new Date()): boolean {
  const start = brusselsInstant(startsAt);
  return start !== null && start.getTime() <= now.getTime();
}

/** The date and time inputs' values of a wall-clock time. */
export function splitWallClock(wallClock: string | null | undefined): { date: string; time: string } {
  if (!wallClock || !WALL_CLOCK.test(wallClock)) return { date: '', time: '' };
  return { date: wallClock.slice(0, 10), time: wallClock.slice(11, 16) };
}

/** A wall-clock time from a date input and a time input; '' when either is empty. */
export function joinWallClock(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) return '';
  return `${date}T${time.slice(0, 5)}`;
}

/** Formats a wall-clock time in the reader's language, in Brussels time (as the council meets). */
export function formatWallClock(locale: string, wallClock: string | null | undefined, options: Intl.DateTimeFormatOptions): string {
  if (!wallClock) return '';
  const instant = brusselsInstant(wallClock);
  if (!instant) return wallClock.replace('T', ' ');
  // The council reads the 24-hour clock in every language (09:30, not 9:30 AM).
  return new Intl.DateTimeFormat(locale, { hourCycle: 'h23', ...options, timeZone: COUNCIL_TIME_ZONE }).format(instant);
}

/** "Thu 14 Mar 2025, 18:30–20:30" (or with both dates when it runs past midnight), in Brussels time. */
export function formatMeetingTime(locale: string, startsAt: string, endsAt: string, options: { weekday?: boolean; zone?: boolean } = {}): string {
  const start = brusselsInstant(startsAt);
  const end = brusselsInstant(endsAt);
  if (!start || !end) return `${startsAt.replace('T', ' ')} – ${endsAt.replace('T', ' ')}`;
  const format = new Intl.DateTimeFormat(locale, {
    ...(options.weekday !== false && { weekday: 'short' }),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(options.zone && { timeZoneName: 'short' }),
    timeZone: COUNCIL_TIME_ZONE,
  });
  return format.formatRange(start, end);
}

/** The quarter label of a server period such as 2025-Q1, for axis labels: "Q1 2025". */
export function quarterLabel(period: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  return m ? `Q${m[2]} ${m[1]}` : period;
}
