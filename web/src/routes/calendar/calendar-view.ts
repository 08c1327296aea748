// The public calendar's views: which days a list, week or month shows, and on which of those days
// each event happens (a run on its opening days only). Pure, days as YYYY-MM-DD (Brussels dates).
import type { PublicEvent } from '$lib/types';

export const CALENDAR_VIEWS = ['list', 'week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const WEEKDAY_CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday 0 … Sunday 6. */
export const weekdayOf = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

export function viewRange(view: CalendarView, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = addDays(anchor, -weekdayOf(anchor));
    return { from, to: addDays(from, 6) };
  }
  if (view === 'month') {
    const from = `${anchor.slice(0, 7)}-01`;
    const next = new Date(Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)), 1));
    return { from, to: addDays(next.toISOString().slice(0, 10), -1) };
  }
  return { from: anchor, to: addDays(anchor, 90) };
}

/** The anchor of the previous (-1) or next (+1) week or month. */
export function shiftAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  if (view === 'month') {
    const d = new Date(Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + step, 1));
    return d.toISOString().slice(0, 10);
  }
  return addDays(anchor, step * (view === 'week' ? 7 : 90));
}

/** The weeks (Monday first) a month view draws, with the days of the neighbouring months that fill them. */
export function monthGrid(anchor: string): string[][] {
  const { from, to } = viewRange('month', anchor);
  const start = addDays(from, -weekdayOf(from));
  const weeks: string[][] = [];
  for (let day = start; day <= to; day = addDays(day, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  return weeks;
}

/** The days in [from, to] on which an event happens. */
export function eventDays(event: Pick<PublicEvent, 'calendarType' | 'occurrences' | 'openingHours' | 'startsAt' | 'endsAt'>, from: string, to: string): string[] {
  if (event.calendarType === 'periodic') {
    const open = new Set(event.openingHours.map((h) => WEEKDAY_CODES.indexOf(h.weekday)));
    const days: string[] = [];
    const first = event.startsAt.slice(0, 10) > from ? event.startsAt.slice(0, 10) : from;
    const last = event.endsAt.slice(0, 10) < to ? event.endsAt.slice(0, 10) : to;
    for (let day = first; day <= last; day = addDays(day, 1)) if (open.has(weekdayOf(day))) days.push(day);
    return days;
  }
  return [...new Set(event.occurrences.map((o) => o.startsAt.slice(0, 10)))].filter((day) => day >= from && day <= to);
}

/** Events by day, each day's in time order. */
export function byDay(events: readonly PublicEvent[], from: string, to: string): Map<string, PublicEvent[]> {
  const days = new Map<string, PublicEvent[]>();
  for (const event of events) for (const day of eventDays(event, from, to)) days.set(day, [...(days.get(day) ?? []), event]);
  return days;
}
