// Dates of the demo city as whole days since 1970-01-01 (UTC), read as Brussels wall-clock dates,
// so that nothing the generators make depends on a time zone.

export const DAY_MS = 86_400_000;

/** The day of an ISO date `YYYY-MM-DD`; anything else (or an impossible date) is refused, naming the field. */
export function parseIsoDay(text: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : Number.NaN;
  if (!Number.isInteger(day) || isoDay(day) !== text) {
    throw new RangeError(`${field} must be a calendar date written YYYY-MM-DD, got '${text}'`);
  }
  return day;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
