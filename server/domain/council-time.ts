// The council's clock: meetings are planned in Brussels wall-clock time (YYYY-MM-DDTHH:mm), which
// is UTC+1 in winter and UTC+2 in summer. These functions tell a real wall-clock time from a
// malformed or non-existent one, and turn it into the instant it means.
import { COUNCIL_TIME_ZONE } from './meeting-calendar.ts';

export { COUNCIL_TIME_ZONE };

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
