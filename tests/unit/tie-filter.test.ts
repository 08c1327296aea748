import { describe, expect, it } from 'vitest';
import { selectedTies, toggledTies } from '../../web/src/lib/tie-filter.ts';

const KINDS = ['project', 'group', 'meeting'] as const;

describe('selectedTies', () => {
  it.each<[string, string[]]>([
    ['', ['project', 'group', 'meeting']],
    ['group', ['group']],
    ['meeting,project', ['project', 'meeting']],
    ['project,unknown', ['project']],
    ['unknown', ['project', 'group', 'meeting']],
  ])('tie=%j → %j', (param, expected) => {
    expect(selectedTies(param, KINDS)).toEqual(expected);
  });
});

describe('toggledTies', () => {
  it.each<[string, string[], string, boolean, string | null | undefined]>([
    ['unticking one of all', ['project', 'group', 'meeting'], 'group', false, 'project,meeting'],
    ['ticking the last one missing: every kind', ['project', 'meeting'], 'group', true, null],
    ['ticking keeps the model’s order', ['meeting'], 'project', true, 'project,meeting'],
    ['unticking the only one: no change', ['group'], 'group', false, undefined],
  ])('%s', (_case, selected, kind, on, expected) => {
    expect(toggledTies(KINDS, selected, kind, on)).toBe(expected);
  });
});
