import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingsToICalendar, type CalendarMeeting } from '../../server/domain/meeting-calendar.ts';

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Werkgroep Muziek, voorjaar; agenda',
  kind: 'working-group',
  startsAt: '2025-03-14T18:30',
  endsAt: '2025-03-14T20:30',
  place: 'Rue de la Source 112, 1060 Saint-Gilles',
  onlineUrl: null,
  agenda: '1. Welkom\n2. Gezamenlijke programmatie',
  workingGroupName: 'Werkgroep Muziek / Groupe de travail Musique',
  updatedAt: '2025-02-01T10:00:00.000Z',
  version: 3,
  ...overrides,
});

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe('meetingsToICalendar', () => {
  const text = meetingsToICalendar(
    [meeting(), meeting({ id: '22222222-2222-4222-8222-222222222222', title: 'Summer plenary', startsAt: '2025-07-01T10:00', endsAt: '2025-07-01T12:00', kind: 'plenary', workingGroupName: null, place: null, onlineUrl: 'https://meet.example.org/plenary' })],
    { name: 'Werkgroep Muziek', now: new Date('2026-01-01T09:00:00Z'), meetingUrl: (id) => `https://kulturrat.example/meetings/${id}` },
  );

  it('is read back by a real iCalendar parser with the Brussels times as the right instants (winter and summer time)', () => {
    const events = parse(text).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2025-03-14T17:30:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2025-03-14T19:30:00.000Z');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2025-07-01T08:00:00.000Z');
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Brussels');
  });

  it('keeps punctuation and line breaks of titles and agendas, and a stable UID and sequence', () => {
    const [first, second] = parse(text).getAllSubcomponents('vevent');
    expect(first!.getFirstPropertyValue('summary')).toBe('Werkgroep Muziek, voorjaar; agenda');
    expect(String(first!.getFirstPropertyValue('description'))).toContain('1. Welkom\n2. Gezamenlijke programmatie');
    expect(first!.getFirstPropertyValue('uid')).toBe('meeting-11111111-1111-4111-8111-111111111111@kulturrat');
    expect(first!.getFirstPropertyValue('sequence')).toBe(2);
    expect(second!.getFirstPropertyValue('location')).toBe('https://meet.example.org/plenary');
  });

  it('follows RFC 5545 framing: CRLF lines of at most 75 octets, a VTIMEZONE, a UTC DTSTAMP', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    expect(text).toContain('DTSTAMP:20260101T090000Z');
  });
});
