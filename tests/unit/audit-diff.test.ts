import { describe, expect, it } from 'vitest';
import { changedFields, displayValue, eventChanges, fieldLabelKeys, fieldLanguage, valueVocabulary, type FieldChange, type Vocabulary } from '../../web/src/lib/audit-diff.ts';

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

describe('eventChanges', () => {
  it.each<[string, { action: string; before: object | null; after: object | null }, string[]]>([
    ['an update lists what differs', { action: 'update', before: { name: 'A', commune: 'ixelles' }, after: { name: 'A', commune: 'uccle' } }, ['commune']],
    ['a creation lists what it set', { action: 'create', before: null, after: { name: 'A', email: null } }, ['name']],
    ['a restore lists nothing: the item is back as it was deleted', { action: 'restore', before: null, after: { name: 'A', commune: 'uccle' } }, []],
    ['a deletion lists what was removed', { action: 'delete', before: { name: 'A' }, after: null }, ['name']],
    ['a named reference is one field, by its name', { action: 'update', before: { workingGroup: { id: '1', slug: 'a', name: 'A' } }, after: { workingGroup: { id: '2', slug: 'b', name: 'B' } } }, ['workingGroup']],
  ])('%s', (_, event, fields) => {
    expect(eventChanges(event).map((c) => c.field)).toEqual(fields);
  });

  it('shows a named reference and a list of them by their names', () => {
    expect(displayValue({ id: '2', name: 'Écoles' })).toBe('Écoles');
    expect(displayValue([{ id: '1', name: 'A' }, { id: '2', name: 'B' }])).toBe('A, B');
  });
});

describe('fieldLabelKeys', () => {
  it.each<[string, string, string[]]>([
    ['organisation', 'commune', ['org.commune', 'auditField.commune']],
    ['organisation', 'mission.nl', ['org.mission', 'auditField.mission']],
    ['project', 'status', ['project.status', 'org.status', 'auditField.status']],
    ['working-group', 'focusDiscipline', ['group.focusDiscipline', 'org.focusDiscipline', 'auditField.focusDiscipline']],
    ['user', 'role', ['users.role', 'org.role', 'auditField.role']],
    ['unknown', 'x', ['org.x', 'auditField.x']],
  ])('%s %s → %j', (entityType, field, keys) => {
    expect(fieldLabelKeys(entityType, field)).toEqual(keys);
  });
});

describe('fieldLanguage', () => {
  it.each<[string, string | null]>([
    ['mission.nl', 'nl'],
    ['mission', null],
    ['meta.version', null],
  ])('%s → %j', (field, language) => {
    expect(fieldLanguage(field)).toBe(language);
  });
});

describe('valueVocabulary', () => {
  it.each<[string, string, Vocabulary | null]>([
    ['organisation', 'disciplines', { kind: 'discipline' }],
    ['organisation', 'mainDiscipline', { kind: 'discipline' }],
    ['working-group', 'focusDiscipline', { kind: 'discipline' }],
    ['organisation', 'commune', { kind: 'commune' }],
    ['organisation', 'kind', { kind: 'label', group: 'kind' }],
    ['project', 'kind', { kind: 'label', group: 'projectKind' }],
    ['meeting', 'kind', { kind: 'label', group: 'meetingKind' }],
    ['insight', 'kind', { kind: 'label', group: 'insightKind' }],
    ['user', 'kind', null],
    ['project', 'status', { kind: 'label', group: 'projectStatus' }],
    ['user', 'role', { kind: 'label', group: 'userRole' }],
    ['organisation', 'audiences', { kind: 'label', group: 'audience' }],
    ['organisation', 'public', { kind: 'boolean' }],
    ['organisation', 'languages', { kind: 'language' }],
    ['organisation', 'name', null],
  ])('%s %s → %j', (entityType, field, vocabulary) => {
    expect(valueVocabulary(entityType, field)).toEqual(vocabulary);
  });
});
