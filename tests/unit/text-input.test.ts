import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, publicUrlOf } from '../../server/config.ts';
import { isWholeCents } from '../../server/domain/money.ts';
import { normaliseText, normaliseTexts, nullFirst } from '../../server/domain/text-input.ts';
import { problemCodeOf } from '../../server/plugins/errors.ts';
import { LocalisedTextSchema, PagingQuerySchema } from '../../server/schemas/common.ts';
import { OrganisationInputSchema } from '../../server/schemas/organisation.ts';
import { SignInSchema } from '../../server/schemas/user.ts';

describe('normaliseText', () => {
  it.each([
    ['\u00a0\u00a0\u00a0', ''],
    ['a ', 'a'],
    ['  Théâtre  ', 'Théâtre'],
    ['The\u0301a\u0302tre', 'Théâtre'],
    ['evil\u202etxt.exe', 'eviltxt.exe'],
    ['\u2066isolated\u2069 \u202aembedded\u202c', 'isolated embedded'],
    ['bell\u0007 escape\u001b[0m', 'bell escape[0m'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['line one\r\nline two\rline three', 'line one\nline two\nline three'],
    ['tab\tkept\nnewline kept', 'tab\tkept\nnewline kept'],
    ['\u0085next line\u009f', 'next line'],
    ['👩‍👩‍👧 family', '👩‍👩‍👧 family'],
    ['שלום\u200f abc', 'שלום\u200f abc'],
    ['\u3000ideographic space\u2003', 'ideographic space'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of [' a\u0301 ', '\u202e\u00a0x\r\n', 'plain']) expect(normaliseText(normaliseText(text))).toBe(normaliseText(text));
  });
});

describe('normaliseTexts', () => {
  it('normalises every text field of a body by its schema, nested and nullable ones too', () => {
    const body = {
      name: ' Théâtre\u202e ',
      kind: 'theatre',
      address: '\u00a0Rue Haute 1 ',
      mission: { fr: ' Nous\u200b jouons ', nl: 'Wij spelen ' },
      disciplines: [' theatre'],
      lat: 50.8,
      founded: 1990,
    };
    normaliseTexts(OrganisationInputSchema, body);
    expect(body).toEqual({
      name: 'Théâtre',
      kind: 'theatre',
      address: 'Rue Haute 1',
      mission: { fr: 'Nous jouons', nl: 'Wij spelen' },
      disciplines: ['theatre'],
      lat: 50.8,
      founded: 1990,
    });
  });

  it('leaves passwords exactly as typed, and strings the schema does not declare', () => {
    const body = { email: ' Someone@Example.org ', password: '  two spaces  ', extra: ' kept ' };
    normaliseTexts(SignInSchema, body);
    expect(body).toEqual({ email: 'Someone@Example.org', password: '  two spaces  ', extra: ' kept ' });
  });

  it('leaves numbers in a query string to validation, and normalises a lone string for an array of text', () => {
    const query = { page: '85899346', q: ' a\u0301 ', tags: ' x ' };
    normaliseTexts(Type.Object({ ...PagingQuerySchema, q: Type.String(), tags: Type.Array(Type.String()) }), query);
    expect(query).toEqual({ page: '85899346', q: 'á', tags: 'x' });
  });

  it('follows a $ref through the resolver', () => {
    const value = { text: { en: ' hello\u202e ' } };
    normaliseTexts(Type.Object({ text: Type.Ref('Text') }), value, (ref) => (ref === 'Text' ? LocalisedTextSchema : undefined));
    expect(value).toEqual({ text: { en: 'hello' } });
  });

  it('returns the normalised value for a schema that is one string', () => {
    expect(normaliseTexts(Type.String(), ' x ')).toBe('x');
    expect(normaliseTexts(Type.Integer(), ' 1 ')).toBe(' 1 ');
  });
});

describe('isWholeCents', () => {
  it.each([
    [0, true], [0.29, true], [1234567.89, true], [1e12, true], [999_999_999_999.99, true], [10, true],
    [10.005, false], [0.001, false], [1e-7, false], [Number.NaN, false], [Number.POSITIVE_INFINITY, false],
  ])('%d → %s', (amount, expected) => {
    expect(isWholeCents(amount)).toBe(expected);
  });
});

describe('PUBLIC_URL', () => {
  it('defaults to the listening address and drops a trailing slash', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://kulturrat.example.org/' }).publicUrl).toBe('https://kulturrat.example.org');
    expect(publicUrlOf('https://example.org/council/', '127.0.0.1', 3000)).toBe('https://example.org/council');
  });

  it('refuses what is not an http(s) address without query or credentials', () => {
    for (const value of ['kulturrat.example.org', 'ftp://example.org', 'https://example.org/?x=1', 'https://user:pw@example.org', 'javascript:alert(1)']) {
      expect(() => loadConfig({ PUBLIC_URL: value }), value).toThrow(ConfigError);
    }
  });
});

describe('problemCodeOf', () => {
  it('never answers with a framework code', () => {
    expect(problemCodeOf('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415)).toBe('unsupported-media-type');
    expect(problemCodeOf('FST_ERR_CTP_BODY_TOO_LARGE', 413)).toBe('body-too-large');
    expect(problemCodeOf('FST_ERR_SOMETHING_NEW', 400)).toBe('bad-request');
    expect(problemCodeOf('ERR_SOME_LIBRARY', 409)).toBe('request-refused');
    expect(problemCodeOf(undefined, 404)).toBe('not-found');
  });
});

describe('nullFirst', () => {
  it('makes every "X or null" union one type list, nested ones too, and leaves enums and objects alone', () => {
    const schema = structuredClone(OrganisationInputSchema) as unknown as Record<string, Record<string, { type?: unknown; anyOf?: unknown; maxLength?: number }>>;
    const nested = { type: 'object', properties: { a: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'null' }] }, e: { anyOf: [{ type: 'string', enum: ['x'] }, { type: 'null' }] } } };
    nullFirst(schema);
    nullFirst(nested);
    for (const field of ['website', 'email', 'phone', 'address']) {
      expect(schema.properties![field]!.type).toEqual(['string', 'null']);
      expect(schema.properties![field]!.anyOf).toBeUndefined();
    }
    expect(schema.properties!.address!.maxLength).toBe(300);
    expect(nested.properties.a).toEqual({ type: ['number', 'null'], minimum: 0 });
    expect(nested.properties.e.anyOf).toHaveLength(2);
  });
});
