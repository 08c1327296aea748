import { describe, expect, it } from 'vitest';
import { changedFields, displayValue, type FieldChange } from '../../web/src/lib/audit-diff.ts';

describe('changedFields', () => {
  it.each<[string, object | null | undefined, object | null | undefined, FieldChange[]]>([
    ['a changed field', { name: 'A', kind: 'theatre' }, { name: 'B', kind: 'theatre' }, [{ field: 'name', before: 'A', after: 'B' }]],
    ['everything of a creation', null, { name: 'A', tags: ['x'] }, [{ field: 'name', before: undefined, after: 'A' }, { field: 'tags', before: undefined, after: ['x'] }]],
    ['everything of a deletion', { name: 'A' }, undefined, [{ field: 'name', before: 'A', after: undefined }]],
    ['a multilingual text per language', { mission: { nl: 'a', fr: 'b' } }, { mission: { nl: 'a', fr: 'c' } }, [{ field: 'mission.fr', before: 'b', after: 'c' }]],
    ['a language added', { mission: { nl: 'a' } }, { mission: { nl: 'a', en: 'e' } }, [{ field: 'mission.en', before: undefined, after: 'e' }]],
    ['a list by its content and order', { tags: ['a', 'b'] }, { tags: ['b', 'a'] }, [{ field: 'tags', before: ['a', 'b'], after: ['b', 'a'] }]],
    ['nothing when empty becomes empty', { email: null, tags: [], note: '' }, { email: '', tags: null }, []],
    ['nothing for bookkeeping', { version: 1, updatedAt: 'x', createdAt: 'y', deletedAt: null, deletedBy: null }, { version: 2, updatedAt: 'z', createdAt: 'y', deletedAt: 'w', deletedBy: 'u' }, []],
    ['a nested field named like bookkeeping', { meta: { version: 1 } }, { meta: { version: 2 } }, [{ field: 'meta.version', before: 1, after: 2 }]],
    ['fields of the new state first, then what was removed', { a: 1, gone: 'x' }, { b: 2, a: 3 }, [
      { field: 'b', before: undefined, after: 2 },
      { field: 'a', before: 1, after: 3 },
      { field: 'gone', before: 'x', after: undefined },
    ]],
    ['nothing between two empty states', null, null, []],
  ])('finds %s', (_, before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });
});

describe('displayValue', () => {
  it.each<[unknown, string | null]>([
    ['Théâtre', 'Théâtre'],
    [42, '42'],
    [false, 'false'],
    [0, '0'],
    [['music', 'dance'], 'music, dance'],
    [[{ slug: 'a' }, 'b'], '{"slug":"a"}, b'],
    [{ nl: 'x' }, '{"nl":"x"}'],
    [null, null],
    [undefined, null],
    ['', null],
    [[], null],
  ])('%j → %j', (value, expected) => {
    expect(displayValue(value)).toBe(expected);
  });
});
