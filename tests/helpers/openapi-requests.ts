// Requests for any operation of the OpenAPI document, generated with fast-check from the operation's
// own schemas: mostly valid values, and at every position now and then a hostile one (injection
// strings for SQL, Cypher, Lucene and HTML, odd Unicode, huge and non-finite numbers, wrong types).
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';

type Schema = Record<string, unknown>;

export interface OpenApiOperation {
  method: string;
  path: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }>; required?: boolean };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Omit<OpenApiOperation, 'method' | 'path'>>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): OpenApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path })),
  );
}

/** Text an attacker or a careless user types into any field or filter. */
export const INJECTIONS: readonly string[] = [
  "' OR '1'='1' --",
  "'; DROP TABLE organisations; --",
  '" OR 1=1 --',
  "x' }) MATCH (n) DETACH DELETE n //",
  '`) RETURN 1 UNION MATCH (n) RETURN n //',
  '$id} RETURN n',
  'apoc.cypher.run("MATCH (n) DETACH DELETE n", {})',
  '*:* OR title:*',
  'a~ AND b^9 OR "c"~10 [* TO *] {a TO z}',
  '\\" ( ) : ! ? / \\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} #{7*7}',
  '=HYPERLINK("http://evil.example","x")',
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '\u0000\u0001\u001b[31m',
  '\u202eevil\u202c \u2066isolated\u2069',
  '\u00a0\u00a0\u00a0',
  ' ',
  '',
  'Z\u0351\u0363\u036b\u0352 a\u0301\u0302\u0303\u0304',
  '👩‍👩‍👧‍👦 🏳️‍🌈',
  '\ud800 lone surrogate',
  '\ufeffbom',
  'x'.repeat(5000),
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '85899346',
  '9223372036854775808',
  '-0',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
];

/** Numbers that break integer types, SKIP and LIMIT, JSON and floating point. */
const HOSTILE_NUMBERS: readonly number[] = [0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, 2 ** 63, 85_899_346, 1e19, 1e308, -1e308, 5e-324, -0];

const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom<unknown>(...INJECTIONS) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, [], {}, ['a', 1], { $gt: '' }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

export interface GenerateOptions {
  /** Values for `format: uuid`, mixed with random ones: ids of things that exist. */
  ids: readonly string[];
  /** How often (0..1) a position gets a hostile value instead of a valid one. */
  hostileShare: number;
}

/** An arbitrary for values of a JSON schema (OpenAPI 3.1 flavour, as @fastify/swagger writes it). */
export function arbitraryFor(schema: Schema | undefined, document: OpenApiDocument, options: GenerateOptions, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFor(schema ?? {}, document, options, depth);
  if (options.hostileShare <= 0) return valid;
  const hostileWeight = Math.max(1, Math.round(options.hostileShare * 100));
  return fc.oneof({ weight: 100 - hostileWeight, arbitrary: valid }, { weight: hostileWeight, arbitrary: hostile() });
}

function validFor(schema: Schema, document: OpenApiDocument, options: GenerateOptions, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return validFor(document.components?.schemas?.[name] ?? {}, document, options, depth);
  }
  if (depth > 6) return fc.constant(null);
  const next = (s: unknown) => arbitraryFor(s as Schema, document, options, depth + 1);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) return fc.oneof(...(schema[key] as Schema[]).map((s) => validFor(s, document, options, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) {
    const merged = (schema.allOf as Schema[]).reduce<Schema>(
      (all, s) => ({ ...all, ...s, properties: { ...(all.properties as object), ...(s.properties as object) }, required: [...((all.required as string[]) ?? []), ...((s.required as string[]) ?? [])] }),
      {},
    );
    return validFor(merged, document, options, depth);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = Array.isArray(schema.type) ? (schema.type as string[])[0] : (schema.type as string | undefined);
  switch (type) {
    case 'string':
      return stringFor(schema, options);
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 10_000;
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 1e7;
      const double = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return Math.ceil(min) <= Math.floor(max) ? fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), double) : double;
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 4, minLength + 4);
      const items = validFor((schema.items as Schema) ?? {}, document, options, depth + 1);
      return schema.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
    case undefined: {
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      if (type === undefined && Object.keys(properties).length === 0) return fc.jsonValue({ maxDepth: 1 });
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const record = fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, next(s)])), {
        requiredKeys: Object.keys(properties).filter((k) => required.has(k)),
      });
      // Now and then a field nobody declared.
      return fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, unexpected: INJECTIONS[0] })) });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function stringFor(schema: Schema, options: GenerateOptions): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 60, Math.max(minLength, 60));
  switch (schema.format) {
    case 'uuid':
      return options.ids.length ? fc.oneof(fc.constantFrom(...options.ids), fc.uuid()) : fc.uuid();
    case 'date':
      return isoDate.map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return isoDate.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= maxLength);
    case 'uri':
      return fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= maxLength);
  }
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern);
    return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= maxLength);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.constantFrom(...INJECTIONS).filter((s) => s.length >= minLength && s.length <= maxLength),
  );
}

/** Query values as a browser would put them in a URL: arrays repeat the key, everything else is text. */
function queryString(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A path segment; a lone surrogate (which encodeURIComponent refuses) as a browser sends it, U+FFFD.
 * A hostile object or array goes as its JSON (String() throws on one without a prototype).
 */
function pathSegment(value: unknown): string {
  const text = value !== null && typeof value === 'object' ? (JSON.stringify(value) ?? '') : String(value ?? '');
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** One request for an operation: path parameters, query string and body, from its schemas. */
export function requestFor(operation: OpenApiOperation, document: OpenApiDocument, options: GenerateOptions): fc.Arbitrary<InjectOptions> {
  const parameters = operation.parameters ?? [];
  const inPath = parameters.filter((p) => p.in === 'path');
  const inQuery = parameters.filter((p) => p.in === 'query');
  const path = fc.record(Object.fromEntries(inPath.map((p) => [p.name, arbitraryFor(p.schema, document, options)])));
  const query = fc.record(Object.fromEntries(inQuery.map((p) => [p.name, arbitraryFor(p.schema, document, options)])), {
    requiredKeys: inQuery.filter((p) => p.required).map((p) => p.name),
  });
  const content = operation.requestBody?.content ?? {};
  const json = content['application/json'];
  const textType = Object.keys(content).find((type) => type.startsWith('text/'));
  const body: fc.Arbitrary<{ payload?: string; type?: string }> = json
    ? arbitraryFor(json.schema, document, options).map((value) => ({ payload: JSON.stringify(value) ?? 'null', type: 'application/json' }))
    : textType
      ? fc
          .array(fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
          .map((rows) => ({ payload: `name,kind,commune,disciplines\r\n${rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`, type: textType }))
      : fc.constant({});
  return fc.tuple(path, query, body).map(([pathValues, queryValues, { payload, type }]) => {
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment((pathValues as Record<string, unknown>)[name]));
    return {
      method: operation.method as InjectOptions['method'],
      url: `${url}${queryString(queryValues as Record<string, unknown>)}`,
      ...(payload !== undefined ? { payload, headers: { 'content-type': type! } } : {}),
    };
  });
}
