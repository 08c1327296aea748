// Every text that comes in (JSON bodies, query strings, path parameters, CSV cells) made canonical
// before it is validated, so a schema's minLength and pattern judge what will be stored.
import type { FieldError } from './errors.ts';

/**
 * Characters nobody means to type: C0/C1 controls other than tab and line feed, bidi embeddings,
 * overrides and isolates (they make text read differently from what it is, "Trojan Source"),
 * the Arabic letter mark, zero-width space, word joiner and byte-order mark. Joiners (ZWJ, ZWNJ)
 * and the left-to-right / right-to-left marks stay: languages and emoji need them.
 */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Line ends as line feeds, unwanted characters dropped, Unicode NFC, no white space at either end. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '').normalize('NFC').trim();
}

type Schema = Record<string, unknown>;
/** Looks up a `$ref` (a shared schema's $id); undefined when unknown. */
export type SchemaResolver = (ref: string) => Schema | undefined;

/** The schemas a value may match: the schema itself and, through unions and compositions, its variants. */
function variants(schema: Schema, resolve?: SchemaResolver, depth = 0): Schema[] {
  if (depth > 8) return [];
  let own = schema;
  if (typeof schema.$ref === 'string' && resolve) own = resolve(schema.$ref) ?? schema;
  const nested = (['anyOf', 'oneOf', 'allOf'] as const).flatMap((k) => (Array.isArray(own[k]) ? (own[k] as Schema[]) : []));
  return [own, ...nested.flatMap((s) => variants(s, resolve, depth + 1))];
}

const typeIs = (schema: Schema, type: string) => schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

/** Free text: a string schema, except a password, which is checked exactly as typed. */
const isText = (schema: Schema) => typeIs(schema, 'string') && schema.format !== 'password';

/**
 * Normalises, in place, every string of `value` that its schema declares as text; returns the value
 * (a new one when `value` is itself a string). Strings the schema does not describe are left alone.
 * A lone string where the schema wants an array of text (`?tag=a` in a query string) counts too.
 */
export function normaliseTexts(schema: unknown, value: unknown, resolve?: SchemaResolver): unknown {
  if (!schema || typeof schema !== 'object') return value;
  const options = variants(schema as Schema, resolve);
  if (typeof value === 'string') {
    const text = options.some(isText) || options.some((s) => typeIs(s, 'array') && s.items && variants(s.items as Schema, resolve).some(isText));
    return text ? normaliseText(value) : value;
  }
  if (Array.isArray(value)) {
    const items = options.map((s) => s.items).find((i) => i && typeof i === 'object');
    if (items) for (let i = 0; i < value.length; i++) value[i] = normaliseTexts(items, value[i], resolve);
    return value;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const property =
        options.map((s) => (s.properties as Record<string, unknown> | undefined)?.[key]).find(Boolean) ??
        options.map((s) => s.additionalProperties).find((a) => a && typeof a === 'object') ??
        options.map((s) => s.patternProperties && Object.values(s.patternProperties as Record<string, unknown>)[0]).find(Boolean);
      if (property) record[key] = normaliseTexts(property, record[key], resolve);
    }
  }
  return value;
}

/**
 * Makes every "X or null" union of a schema one schema whose type lists both (`type: ['string',
 * 'null']`), in place. Ajv coerces types (Fastify sets coerceTypes) and tries a union's branches in
 * order: `null` sent for an optional text (`anyOf: [string, null]`) became "" in the string branch,
 * and with null tried first, 0 became null. With one type list a value of either type is left as it
 * is. Unions whose other branch is not a plain typed schema (an enum, a reference) stay as they are.
 */
export function nullFirst(schema: unknown, seen = new Set<object>()): void {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const item of schema) nullFirst(item, seen);
    return;
  }
  const own = schema as Schema;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = own[key];
    if (!Array.isArray(branches) || branches.length !== 2) continue;
    const isNull = (b: unknown) => !!b && typeof b === 'object' && (b as Schema).type === 'null';
    const other = branches.find((b) => !isNull(b)) as Schema | undefined;
    if (!branches.some(isNull) || !other || typeof other.type !== 'string' || other.type === 'object' || other.type === 'array') continue;
    if (['enum', 'const', '$ref', 'anyOf', 'oneOf', 'allOf'].some((k) => k in other)) continue;
    delete own[key];
    Object.assign(own, { ...other, type: [other.type, 'null'] });
  }
  for (const value of Object.values(own)) nullFirst(value, seen);
}

const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Numbers that arrive as text (query strings, path parameters) and do not read as a finite decimal:
 * `Infinity`, `NaN`, `0x10`, `1e309`. Ajv would coerce `Infinity` to a number and then skip its
 * bounds (they only apply to finite numbers), so these are refused here, by the field's name.
 */
export function unreadableNumbers(schema: unknown, value: unknown, resolve?: SchemaResolver): FieldError[] {
  if (!schema || typeof schema !== 'object' || !value || typeof value !== 'object') return [];
  const options = variants(schema as Schema, resolve);
  const errors: FieldError[] = [];
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const property = options.map((s) => (s.properties as Record<string, Schema> | undefined)?.[key]).find(Boolean);
    if (!property) continue;
    const types = variants(property, resolve);
    const numeric = types.some((s) => typeIs(s, 'number') || typeIs(s, 'integer')) && !types.some((s) => typeIs(s, 'string'));
    if (!numeric) continue;
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      if (typeof item === 'string' && !(DECIMAL.test(item) && Number.isFinite(Number(item)))) {
        errors.push({ field: key, code: 'type', message: `${key} must be a finite number written in decimals, not "${item.slice(0, 40)}"` });
        break;
      }
    }
  }
  return errors;
}
