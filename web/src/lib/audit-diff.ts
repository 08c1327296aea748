// Which fields an audit event changed, from its before and after: pure, so it can be tested with
// tables of cases. Nested objects (multilingual texts) are compared per key, e.g. `mission.nl`.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping that changes with every save and says nothing about what changed. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt', 'deletedAt', 'deletedBy']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A reference to another item (a working group, a partner): shown by its name, not field by field. */
const isNamed = (v: Record<string, unknown>): v is { name: string } => typeof v.name === 'string';

function flatten(value: Record<string, unknown> | null | undefined, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (!value) return out;
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && IGNORED.has(key)) continue;
    if (isPlainObject(v) && !isNamed(v)) flatten(v, path, out);
    else out.set(path, v);
  }
  return out;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ, in the order they first appear (after first, then what was removed). */
export function changedFields(before: object | null | undefined, after: object | null | undefined): FieldChange[] {
  const b = flatten(before as Record<string, unknown> | null);
  const a = flatten(after as Record<string, unknown> | null);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields.filter((f) => !same(b.get(f), a.get(f))).map((field) => ({ field, before: b.get(field), after: a.get(field) }));
}

/** A value as short text; empty values come back as null so the page can say "empty" in its language. */
export function displayValue(value: unknown): string | null {
  if (isEmpty(value)) return null;
  const text = (v: unknown) => (isPlainObject(v) && isNamed(v) ? v.name : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return text(value);
  return String(value);
}

/** What an event changed. A restore brings back the item as it was deleted: nothing to list. */
export function eventChanges(event: { action: string; before: object | null; after: object | null }): FieldChange[] {
  return event.action === 'restore' ? [] : changedFields(event.before, event.after);
}

/** The message group of the field labels of each kind of item. */
const FIELD_GROUPS: Record<string, string> = {
  organisation: 'org',
  project: 'project',
  'working-group': 'group',
  meeting: 'meeting',
  insight: 'insight',
  user: 'users',
};

/**
 * The message keys that may name a field, most specific first: the item's own form label, the
 * organisation's (shared names like `disciplines`), then the audit log's own (`auditField.*`).
 */
export function fieldLabelKeys(entityType: string, field: string): string[] {
  const head = field.split('.')[0] ?? field;
  const group = FIELD_GROUPS[entityType];
  return [...new Set([...(group ? [`${group}.${head}`] : []), `org.${head}`, `auditField.${head}`])];
}

/** The language of a multilingual text's part (`mission.nl`), if the field is one. */
export function fieldLanguage(field: string): string | null {
  const sub = field.split('.')[1];
  return sub && /^[a-z]{2}$/.test(sub) ? sub : null;
}

/** Where the labels of a field's values come from, so that codes read as words. */
export type Vocabulary = { kind: 'discipline' } | { kind: 'commune' } | { kind: 'language' } | { kind: 'boolean' } | { kind: 'label'; group: string };

const VALUE_VOCABULARIES: Record<string, Vocabulary> = {
  disciplines: { kind: 'discipline' },
  mainDiscipline: { kind: 'discipline' },
  focusDiscipline: { kind: 'discipline' },
  needsPartnersIn: { kind: 'discipline' },
  commune: { kind: 'commune' },
  mainLanguage: { kind: 'language' },
  languages: { kind: 'language' },
  language: { kind: 'language' },
  public: { kind: 'boolean' },
  disabled: { kind: 'boolean' },
  audiences: { kind: 'label', group: 'audience' },
  size: { kind: 'label', group: 'size' },
  status: { kind: 'label', group: 'projectStatus' },
  role: { kind: 'label', group: 'userRole' },
  theme: { kind: 'label', group: 'theme' },
  themes: { kind: 'label', group: 'theme' },
};

/** The vocabulary of each kind of item's `kind` field. */
const KIND_GROUPS: Record<string, string> = { organisation: 'kind', project: 'projectKind', meeting: 'meetingKind', insight: 'insightKind' };

export function valueVocabulary(entityType: string, field: string): Vocabulary | null {
  const head = field.split('.')[0] ?? field;
  if (head === 'kind') return KIND_GROUPS[entityType] ? { kind: 'label', group: KIND_GROUPS[entityType] } : null;
  return VALUE_VOCABULARIES[head] ?? null;
}
