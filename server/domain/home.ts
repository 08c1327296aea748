// The home page's rules: what "stuck", "new" and "missing" mean, how complete a profile is, and the
// council quarters its figures compare.
import { brusselsToday } from './council-time.ts';

export const HOME_RULES = {
  /** A project with no change of status for longer than this is stuck. */
  stuckAfterDays: 90,
  /** An organisation created this recently is a new member. */
  newMemberDays: 90,
  /** Meetings this far back are checked for minutes and attendance. */
  missingRecordsDays: 180,
  /** A representative is asked to confirm attendance at meetings this far back and ahead. */
  confirmationWindowDays: 30,
} as const;

/** The fields a complete profile has filled in, in the order the profile form shows them. */
export const PROFILE_FIELDS = [
  'mission', 'goals', 'website', 'email', 'phone', 'address', 'location', 'languages', 'audiences', 'size', 'founded', 'offers', 'needs',
] as const;

const filled = (value: unknown): boolean =>
  value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== '') && (!Array.isArray(value) || value.length > 0);

/** How much of a profile is filled in; `row` holds the stored fields (lat and lon count as one, the location). */
export function profileCompleteness(row: Record<string, unknown>): { filled: number; total: number; missing: string[] } {
  const missing = PROFILE_FIELDS.filter((field) => (field === 'location' ? !(filled(row.lat) && filled(row.lon)) : !filled(row[field])));
  return { filled: PROFILE_FIELDS.length - missing.length, total: PROFILE_FIELDS.length, missing };
}

/** The council quarter `today` (YYYY-MM-DD, Brussels) falls in, the one before and the one after, as first days. */
export function quarterBounds(today: string = brusselsToday()): { quarterStart: string; previousQuarterStart: string; nextQuarterStart: string } {
  const year = Number(today.slice(0, 4));
  const first = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-01`;
  return {
    quarterStart: day(year, first),
    previousQuarterStart: first === 1 ? day(year - 1, 10) : day(year, first - 3),
    nextQuarterStart: first === 10 ? day(year + 1, 1) : day(year, first + 3),
  };
}
