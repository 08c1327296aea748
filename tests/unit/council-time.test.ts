import { describe, expect, it } from 'vitest';
import { brusselsDate, brusselsInstant, brusselsWallClock, isCalendarWallClock, quarterOf } from '../../server/domain/council-time.ts';
import { meetingRuleErrors } from '../../server/domain/meeting.ts';
import type { MeetingInput } from '../../server/schemas/working-group.ts';

describe('brusselsInstant', () => {
  const cases: [string, string | null][] = [
    ['2025-01-15T09:00', '2025-01-15T08:00:00.000Z'], // winter: UTC+1
    ['2025-07-15T09:00', '2025-07-15T07:00:00.000Z'], // summer: UTC+2
    ['2025-03-30T01:59', '2025-03-30T00:59:00.000Z'], // just before clocks go forward
    ['2025-03-30T02:30', null], // the hour that does not exist
    ['2025-03-30T03:00', '2025-03-30T01:00:00.000Z'],
    ['2025-10-26T02:30', '2025-10-26T00:30:00.000Z'], // happens twice: the first (summer time) one
    ['2025-10-26T03:30', '2025-10-26T02:30:00.000Z'],
    ['2024-02-29T12:00', '2024-02-29T11:00:00.000Z'],
    ['2025-02-29T12:00', null],
    ['2025-13-01T12:00', null],
    ['2025-01-01T24:00', null],
    ['2025-01-01 12:00', null],
  ];
  for (const [wallClock, instant] of cases) {
    it(`${wallClock} → ${instant ?? 'none'}`, () => expect(brusselsInstant(wallClock)?.toISOString() ?? null).toBe(instant));
  }

  it('turns instants back into the wall clock and day', () => {
    expect(brusselsWallClock(new Date('2025-07-01T22:30:00Z'))).toBe('2025-07-02T00:30');
    expect(brusselsDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(isCalendarWallClock('2025-06-31T10:00')).toBe(false);
  });
});

describe('quarterOf', () => {
  for (const [day, quarter] of [['2025-01-01', '2025-Q1'], ['2025-03-31', '2025-Q1'], ['2025-04-01', '2025-Q2'], ['2025-09-30', '2025-Q3'], ['2025-12-31', '2025-Q4']]) {
    it(`${day} is in ${quarter}`, () => expect(quarterOf(day!)).toBe(quarter));
  }
});

describe('meetingRuleErrors', () => {
  const base: MeetingInput = { kind: 'working-group', title: 'Meeting', workingGroupId: '11111111-1111-4111-8111-111111111111', startsAt: '2025-05-01T18:00', endsAt: '2025-05-01T20:00' };
  const cases: [string, Partial<MeetingInput>, string[]][] = [
    ['a good meeting', {}, []],
    ['an end before the start', { endsAt: '2025-05-01T17:00' }, ['endsAt:end-before-start']],
    ['an end at the start', { endsAt: '2025-05-01T18:00' }, ['endsAt:end-before-start']],
    ['over midnight', { startsAt: '2025-05-01T22:00', endsAt: '2025-05-02T01:00' }, []],
    // 02:15 happens twice that night; it is read as the first (summer-time) one, which comes after 01:30.
    ['across the night clocks go back', { startsAt: '2025-10-26T01:30', endsAt: '2025-10-26T02:15' }, []],
    ['a day that does not exist', { startsAt: '2025-04-31T18:00' }, ['startsAt:format']],
    ['an hour that does not exist', { startsAt: '2025-03-30T02:15', endsAt: '2025-03-30T04:00' }, ['startsAt:nonexistent-time']],
    ['a plenary with a group', { kind: 'plenary' }, ['workingGroupId:plenary-without-group']],
    ['a plenary without', { kind: 'plenary', workingGroupId: null }, []],
    ['a knowledge exchange without a group', { kind: 'knowledge-exchange', workingGroupId: null }, ['workingGroupId:group-required']],
    ['a group meeting without a group', { workingGroupId: undefined }, ['workingGroupId:group-required']],
  ];
  for (const [name, overrides, expected] of cases) {
    it(name, () => expect(meetingRuleErrors({ ...base, ...overrides }).map((e) => `${e.field}:${e.code}`)).toEqual(expected));
  }
});
