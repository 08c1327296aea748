// Meetings are planned in Brussels wall-clock time (YYYY-MM-DDTHH:mm), whatever the reader's own
// time zone: these pure helpers turn such a time into the instant it means, split and join it for
// date and time inputs, and say whether it has started. Mirrors server/domain/council-time.ts.

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

/** Today in Brussels, YYYY-MM-DD. */
export const brusselsToday = (now: Date = new Date()): string => brusselsWallClock(now).slice(0, 10);

/** True for a well-formed time on a real calendar day (no 30 February, no 24:00). */
export function isWallClock(text: string): boolean {
  const m = WALL_CLOCK.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString().slice(0, 16) === text;
}

/**
 * The instant a Brussels wall-clock time means, or null when it does not exist (the hour skipped
 * when the clocks go forward) or is malformed. In the hour that happens twice, the summer one.
 */
export function brusselsInstant(wallClock: string): Date | null {
  if (!isWallClock(wallClock)) return null;
  const asUtc = Date.parse(`${wallClock}:00Z`);
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * HOUR_MS);
    if (brusselsWallClock(instant) === wallClock) return instant;
  }
  return null;
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
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: COUNCIL_TIME_ZONE }).format(instant);
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
