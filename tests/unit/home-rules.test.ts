import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, profileCompleteness, quarterBounds } from '../../server/domain/home.ts';
import { checkMove } from '../../web/src/routes/projects/move-check.ts';

describe('checkMove', () => {
  const today = '2026-12-04';
  it.each([
    ['an idea without dates to planned', { startDate: null, endDate: null }, 'planned', { blocked: 'board.noStartDate', ask: null }],
    ['an idea without dates to cancelled', { startDate: null, endDate: null }, 'cancelled', { blocked: null, ask: null }],
    ['a planned project starting next year to running', { startDate: '2027-03-01', endDate: null }, 'running', { blocked: null, ask: { key: 'board.askEarlyStart', date: '2027-03-01' } }],
    ['a planned project that started to running', { startDate: '2026-11-01', endDate: null }, 'running', { blocked: null, ask: null }],
    ['a project starting today to running', { startDate: today, endDate: null }, 'running', { blocked: null, ask: null }],
    ['a running project ending next month to completed', { startDate: '2026-01-01', endDate: '2027-01-15' }, 'completed', { blocked: null, ask: { key: 'board.askEarlyEnd', date: '2027-01-15' } }],
    ['a running project that ended to completed', { startDate: '2026-01-01', endDate: '2026-06-30' }, 'completed', { blocked: null, ask: null }],
    ['a running project back to planned', { startDate: '2027-03-01', endDate: null }, 'planned', { blocked: null, ask: null }],
  ] as const)('%s', (_, project, to, expected) => {
    expect(checkMove(project, to, today)).toEqual(expected);
  });
});

describe('profileCompleteness', () => {
  it('counts filled fields, with lat and lon as one location, and names the empty ones', () => {
    const result = profileCompleteness({ mission: 'Theater maken', website: 'https://a.example', lat: 50.8, lon: null, languages: [], offers: ['space'], founded: 1998, email: '  ' });
    expect(result.total).toBe(PROFILE_FIELDS.length);
    expect(result.filled).toBe(4);
    expect(result.missing).toEqual(['goals', 'email', 'phone', 'address', 'location', 'languages', 'audiences', 'size', 'needs']);
  });
});

describe('quarterBounds', () => {
  it.each([
    ['2026-01-01', '2026-01-01', '2025-10-01', '2026-04-01'],
    ['2026-05-31', '2026-04-01', '2026-01-01', '2026-07-01'],
    ['2026-12-31', '2026-10-01', '2026-07-01', '2027-01-01'],
  ])('%s is in the quarter from %s', (today, quarterStart, previousQuarterStart, nextQuarterStart) => {
    expect(quarterBounds(today)).toEqual({ quarterStart, previousQuarterStart, nextQuarterStart });
  });
});
