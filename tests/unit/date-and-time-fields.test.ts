import { describe, expect, it } from 'vitest';
import { communeLabel, datePattern, formatDayInput, parseDayInput, parseTimeInput } from '../../web/src/lib/i18n/format.ts';
import { formatMeetingTime, formatWallClock } from '../../server/domain/council-time.ts';

describe('datePattern', () => {
  it.each([
    ['de', 'TT.MM.JJJJ'],
    ['fr', 'jj/mm/aaaa'],
    ['nl', 'dd-mm-jjjj'],
    ['en', 'dd/mm/yyyy'],
  ])('%s writes a day as %s', (locale, placeholder) => expect(datePattern(locale).placeholder).toBe(placeholder));
});

describe('formatDayInput and parseDayInput', () => {
  it.each([
    ['de', '2025-03-04', '04.03.2025'],
    ['fr', '2025-03-04', '04/03/2025'],
    ['nl', '2025-03-04', '04-03-2025'],
    ['en', '2025-12-31', '31/12/2025'],
  ])('%s: %s is shown as %s and read back', (locale, day, shown) => {
    expect(formatDayInput(locale, day)).toBe(shown);
    expect(parseDayInput(locale, shown)).toBe(day);
  });

  it.each<[string, string, string | null]>([
    ['de', '4.3.2025', '2025-03-04'],
    ['de', '4.3.25', '2025-03-04'],
    ['fr', '4 3 2025', '2025-03-04'],
    ['de', '2025-03-04', '2025-03-04'],
    ['de', '', ''],
    ['de', '  ', ''],
    ['de', '31.02.2025', null],
    ['de', '29.02.2024', '2024-02-29'],
    ['de', '12.2025', null],
    ['de', '1.1.202', null],
    ['en', 'tomorrow', null],
  ])('%s reads "%s" as %s', (locale, text, day) => expect(parseDayInput(locale, text)).toBe(day));
});

describe('parseTimeInput', () => {
  it.each<[string, string | null]>([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['9.30', '09:30'],
    ['9h30', '09:30'],
    ['0930', '09:30'],
    ['18', '18:00'],
    ['', ''],
    ['24:00', null],
    ['9:75', null],
    ['9:30 PM', null],
  ])('"%s" is %s', (text, time) => expect(parseTimeInput(text)).toBe(time));
});

describe('meeting times', () => {
  it.each([
    ['de', 'Fr., 14. März 2025, 09:30–12:00 Uhr'],
    ['en-GB', 'Fri, 14 Mar 2025, 09:30–12:00'],
    ['fr', 'ven. 14 mars 2025, 09:30 – 12:00'],
  ])('read on the 24-hour clock in %s, without a time-zone abbreviation', (locale, expected) => {
    expect(formatMeetingTime(locale, '2025-03-14T09:30', '2025-03-14T12:00').replace(/\s/g, ' ')).toBe(expected.replace(/\s/g, ' '));
  });

  it('a wall-clock time is on the 24-hour clock in English too', () => {
    expect(formatWallClock('en-GB', '2025-03-14T21:05', { timeStyle: 'short' })).toBe('21:05');
  });
});

describe('communeLabel', () => {
  const ixelles = { nl: 'Elsene', fr: 'Ixelles' };
  const jette = { nl: 'Jette', fr: 'Jette' };
  it.each([
    ['nl', ixelles, 'Elsene'],
    ['fr', ixelles, 'Ixelles'],
    ['de', ixelles, 'Ixelles / Elsene'],
    ['en', ixelles, 'Ixelles / Elsene'],
    ['de', jette, 'Jette'],
  ])('%s names %o %s', (locale, name, label) => expect(communeLabel(locale, name)).toBe(label));
});
