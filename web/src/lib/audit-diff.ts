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

function flatten(value: Record<string, unknown> | null | undefined, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (!value) return out;
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && IGNORED.has(key)) continue;
    if (isPlainObject(v)) flatten(v, path, out);
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
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
