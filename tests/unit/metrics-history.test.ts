// The engine's input per period, the views' keys, and the input hash a kept period is checked with.
import { describe, expect, it } from 'vitest';
import type { ActivityRow } from '../../server/analytics/collaboration-network.ts';
import { historyPeriods, normaliseFilter, periodInputs, viewKey, type HistoryOrganisation } from '../../server/analytics/metrics-history.ts';

const org = (id: string, disciplines: string[], createdOn: string | null = '2026-12-01'): HistoryOrganisation => ({
  id,
  name: id.toUpperCase(),
  disciplines,
  commune: 'ixelles',
  kind: 'theatre',
  createdOn,
});
const ORGS = [org('a', ['theatre']), org('b', ['dance', 'theatre']), org('c', ['music']), org('d', ['heritage'])];
const ROWS: ActivityRow[] = [
  { kind: 'project', id: 'p1', from: '2026-01-10', to: '2026-01-20', organisations: ['a', 'b'] },
  { kind: 'project', id: 'p2', from: '2026-03-25', to: '2026-04-05', organisations: ['b', 'c'] },
  { kind: 'group', id: 'g1', from: '2026-05-01', to: '2026-12-04', organisations: ['c'] },
  { kind: 'group', id: 'g1', from: '2026-05-01', to: '2026-08-31', organisations: ['d'] },
];
const TODAY = '2026-12-04';

describe('viewKey and normaliseFilter', () => {
  it('name the whole network "all", and a filter the same whatever its order or an all-kinds tie list', () => {
    expect(viewKey({})).toBe('all');
    expect(viewKey({ tie: ['project', 'group', 'meeting'] })).toBe('all');
    expect(viewKey({ tie: ['meeting', 'project'], discipline: 'music' })).toBe(viewKey({ discipline: 'music', tie: ['project', 'meeting'] }));
    expect(viewKey({ discipline: 'music', tie: ['meeting', 'project'] })).toBe('discipline=music&tie=project,meeting');
    expect(normaliseFilter({ commune: '' })).toEqual({ discipline: null, workingGroup: null, commune: null, tie: null });
  });
});

describe('periodInputs', () => {
  it('has a period from the first activity to today, closed before it; a tie counts where its activity overlaps', () => {
    expect(historyPeriods(ROWS, 'quarter', TODAY).map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(historyPeriods(ROWS, 'quarter', '2025-12-31')).toEqual([]);
    const inputs = periodInputs(ORGS, ROWS, 'quarter', TODAY);
    expect(inputs.map((p) => p.closed)).toEqual([true, true, true, false]);
    const ties = inputs.map((p) => p.input.ties.map((t) => `${t.source}-${t.target}:${t.weight}`));
    expect(ties).toEqual([['a-b:1', 'b-c:1'], ['b-c:1', 'c-d:0.5'], ['c-d:0.5'], []]);
    expect(inputs[0]!.previous).toBeUndefined();
    expect(inputs[1]!.previous).toEqual(inputs[0]!.input.ties);
  });

  it('counts a member from its entry or its first activity, whichever is earlier', () => {
    const members = periodInputs(ORGS, ROWS, 'quarter', TODAY).map((p) => p.input.organisations.map((o) => o.id));
    expect(members).toEqual([['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']]);
    const joint = periodInputs(ORGS, ROWS, 'quarter', TODAY)[0]!.input.organisations.map((o) => o.inJointProject);
    expect(joint).toEqual([true, true, true]);
  });

  it('filters by a working group’s members during each period, a discipline and tie kinds', () => {
    const group = periodInputs(ORGS, ROWS, 'quarter', TODAY, { workingGroup: 'g1' }).map((p) => p.input.organisations.map((o) => o.id));
    expect(group).toEqual([[], ['c', 'd'], ['c', 'd'], ['c']]);
    const theatre = periodInputs(ORGS, ROWS, 'quarter', TODAY, { discipline: 'theatre', tie: ['project'] });
    expect(theatre.map((p) => p.input.ties.length)).toEqual([1, 0, 0, 0]);
  });

  it('hashes a period’s input: the same data gives the same hash; a change shows in its period and the next only', () => {
    const before = periodInputs(ORGS, ROWS, 'quarter', TODAY).map((p) => p.inputHash);
    const reordered = periodInputs([...ORGS].reverse(), [...ROWS].reverse(), 'quarter', TODAY).map((p) => p.inputHash);
    expect(reordered).toEqual(before);
    const renamed = periodInputs(ORGS.map((o) => ({ ...o, name: `${o.name} renamed` })), ROWS, 'quarter', TODAY).map((p) => p.inputHash);
    expect(renamed).toEqual(before);
    const late: ActivityRow = { kind: 'meeting', id: 'm1', from: '2026-08-01', to: '2026-08-01', organisations: ['a', 'd'] };
    const after = periodInputs(ORGS, [...ROWS, late], 'quarter', TODAY).map((p) => p.inputHash);
    expect(after.map((h, i) => h === before[i])).toEqual([true, true, false, false]);
  });
});
