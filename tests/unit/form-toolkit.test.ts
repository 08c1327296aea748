// The pure parts of the dashboard's form toolkit (web/src/lib/forms): what a form's inputs give,
// which of the server's errors a form shows, what a failed save means, and how a fault in the
// page's own code is told apart from a network failure.
import { describe, expect, it } from 'vitest';
import { api, ApiError, isNetworkError, isPageError, toApiError } from '../../web/src/lib/api.ts';
import { fieldOf, problemReason, refusalOf, relevantErrors } from '../../web/src/lib/forms/problems.ts';
import { integerOrNull, isEmail, isWebsite, numberOrNull, text, textOrNull, websiteUrl } from '../../web/src/lib/forms/values.ts';
import { clientErrors, formValuesFrom, inputFrom } from '../../web/src/routes/organisations/organisation-form.ts';
import type { ProblemItem } from '../../web/src/lib/types.ts';

const item = (field: string, code: string, message = ''): ProblemItem => ({ field, code, message });

describe('input values of any type', () => {
  it.each([
    ['  Théâtre  ', 'Théâtre'],
    [2005, '2005'],
    [50.85, '50.85'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [true, 'true'],
  ])('text(%j) is %j', (value, expected) => expect(text(value)).toBe(expected));

  it.each([
    [50.85, 50.85],
    ['50,85', 50.85],
    [' 1 200 ', 1200],
    ['', null],
    [null, null],
    [undefined, null],
    ['abc', Number.NaN],
  ])('numberOrNull(%j) is %j', (value, expected) => expect(numberOrNull(value)).toEqual(expected));

  it.each([
    [2005, 2005],
    ['2005', 2005],
    ['', null],
    [2005.5, Number.NaN],
  ])('integerOrNull(%j) is %j', (value, expected) => expect(integerOrNull(value)).toEqual(expected));

  it('textOrNull gives null for empty input', () => {
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull(' a ')).toBe('a');
  });
});

describe('web addresses and e-mail', () => {
  it.each([
    ['www.example.org', 'https://www.example.org'],
    ['example.org/agenda', 'https://example.org/agenda'],
    ['  https://example.org ', 'https://example.org'],
    ['http://example.org', 'http://example.org'],
    ['', ''],
  ])('websiteUrl(%j) is %j', (value, expected) => expect(websiteUrl(value)).toBe(expected));

  it.each([
    ['https://www.example.org', true],
    ['https://example', false],
    ['https://exa mple.org', false],
    ['ftp://example.org', false],
    ['https://', false],
  ])('isWebsite(%j) is %s', (value, expected) => expect(isWebsite(value)).toBe(expected));

  it.each([
    ['info@example.be', true],
    ['info@example', false],
    ['not an address', false],
  ])('isEmail(%j) is %s', (value, expected) => expect(isEmail(value)).toBe(expected));
});

describe('the organisation form with number inputs', () => {
  it('sends the founding year and coordinates a number input gives', () => {
    const values = { ...formValuesFrom(), name: 'Atelier Nord', kind: 'nonprofit', commune: 'schaerbeek', disciplines: ['theatre'] };
    values.founded = 2005;
    values.lat = 50.8671;
    values.lon = 4.3739;
    values.website = 'www.atelier-nord.be';
    const input = inputFrom(values);
    expect(input.founded).toBe(2005);
    expect(input.lat).toBe(50.8671);
    expect(input.lon).toBe(4.3739);
    expect(input.website).toBe('https://www.atelier-nord.be');
  });

  it('sends null for emptied number inputs (a number input bound to nothing gives null)', () => {
    const values = formValuesFrom();
    values.founded = null;
    values.lat = '';
    const input = inputFrom(values);
    expect(input.founded).toBeNull();
    expect(input.lat).toBeNull();
    expect(input.lon).toBeNull();
  });

  it('keeps an organisation’s numbers as it loads them', () => {
    const values = formValuesFrom({ ...formValuesFrom(), founded: 1987, lat: 50.85, lon: 4.35, mission: {}, goals: {} } as never);
    expect(inputFrom(values)).toMatchObject({ founded: 1987, lat: 50.85, lon: 4.35 });
  });

  it('reports every failing field at once', () => {
    const values = { ...formValuesFrom(), name: '', email: 'nobody', website: 'not a web address', founded: 1200, lat: 'north' };
    const fields = clientErrors(values).map((e) => `${e.field}:${e.code}`);
    expect(fields).toEqual([
      'name:required',
      'kind:required',
      'commune:required',
      'disciplines:minItems',
      'website:format',
      'email:format',
      'lat:type',
      'founded:minimum',
    ]);
  });

  it('accepts www.example.org as a web address', () => {
    const values = { ...formValuesFrom(), name: 'Atelier', kind: 'nonprofit', commune: 'ixelles', disciplines: ['dance'], website: 'www.example.org' };
    expect(clientErrors(values)).toEqual([]);
  });
});

describe('which server errors a form shows', () => {
  it.each([
    [{ field: '/mission/nl' }, 'mission.nl'],
    [{ field: 'mission.nl' }, 'mission.nl'],
    [{ field: '/languages/1' }, 'languages'],
    [{ field: '/partners/0/role' }, 'partners.0.role'],
    [{ field: '' }, undefined],
    [{}, undefined],
  ])('fieldOf(%j) is %j', (error, expected) => expect(fieldOf({ code: 'x', message: '', ...error })).toBe(expected));

  it('keeps one message for a bad web address (format and pattern say the same), none for the union noise', () => {
    const errors = [item('/website', 'format'), item('/website', 'pattern'), item('/website', 'type'), item('/website', 'anyOf'), item('/email', 'format')];
    expect(relevantErrors(errors).map((e) => `${e.field}:${e.code}`)).toEqual(['/website:format', '/email:format']);
  });

  it('keeps the type error when it is the only one', () => {
    expect(relevantErrors([item('/lat', 'type'), item('/lat', 'anyOf')]).map((e) => e.code)).toEqual(['type']);
  });

  it('keeps different causes of one field', () => {
    expect(relevantErrors([item('/slug', 'minLength'), item('/slug', 'pattern'), item('/slug', 'pattern')]).map((e) => e.code)).toEqual([
      'minLength',
      'pattern',
    ]);
  });
});

describe('what a failed save means for the form', () => {
  const cases: [string, unknown, string][] = [
    ['a stale version', new ApiError({ status: 409, title: 'Conflict', code: 'version-conflict' }), 'conflict'],
    ['a bare 409', new ApiError({ status: 409, title: 'Conflict' }), 'conflict'],
    ['field errors', new ApiError({ status: 400, title: 'Bad', errors: [item('/name', 'minLength')] }), 'fields'],
    ['a taken address name', new ApiError({ status: 409, title: 'Taken', code: 'slug-taken' }), 'fields'],
    ['a server error', new ApiError({ status: 500, title: 'Oops' }), 'failure'],
    ['the network', new ApiError({ status: 0, title: 'Failed to fetch' }), 'failure'],
    ['a TypeError in the form', new TypeError('values.founded.trim is not a function'), 'failure'],
  ];
  it.each(cases)('%s → %s', (_, error, kind) => expect(refusalOf(error).kind).toBe(kind));

  it('places a code on the field the form names for it', () => {
    const refusal = refusalOf(new ApiError({ status: 409, title: 'Member', code: 'already-member', detail: 'then' }), { 'already-member': 'joinedOn' });
    expect(refusal).toEqual({ kind: 'fields', errors: [{ field: 'joinedOn', code: 'already-member', message: 'then' }] });
  });
});

describe('a fault of the page is never "the server cannot be reached"', () => {
  it('a TypeError in form code is an error of the page', () => {
    let thrown: unknown;
    try {
      (2005 as unknown as string).trim();
    } catch (e) {
      thrown = e;
    }
    const problem = toApiError(thrown);
    expect(isPageError(problem)).toBe(true);
    expect(isNetworkError(problem)).toBe(false);
    expect(problem.title).toContain('TypeError');
  });

  it('a fetch that fails (TypeError from fetch) is offline', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await api.organisations.get('atelier', { fetch: offline }).catch((e: unknown) => e);
    const problem = toApiError(error);
    expect(isNetworkError(problem)).toBe(true);
    expect(isPageError(problem)).toBe(false);
  });

  it('a save whose fetch fails is offline too', async () => {
    const offline = (() => Promise.reject(new TypeError('NetworkError when attempting to fetch resource.'))) as typeof fetch;
    const error = await api.organisations.update('o1', { version: 1 } as never, { fetch: offline }).catch((e: unknown) => e);
    const refusal = refusalOf(error);
    expect(refusal.kind).toBe('failure');
    if (refusal.kind === 'failure') expect(isNetworkError(refusal.error)).toBe(true);
  });

  it('an answer of the server is neither', async () => {
    const answer = (() => Promise.resolve(new Response(JSON.stringify({ title: 'Not found', status: 404 }), { status: 404 }))) as typeof fetch;
    const problem = toApiError(await api.organisations.get('gone', { fetch: answer }).catch((e: unknown) => e));
    expect([problem.status, isNetworkError(problem), isPageError(problem)]).toEqual([404, false, false]);
  });
});

describe('the words for a problem', () => {
  const messages = new Map([
    ['validation.format', 'Not valid.'],
    ['validation.format.website', 'Enter a web address.'],
  ]);
  const catalogue = { has: (key: string) => messages.has(key), text: (key: string) => messages.get(key) ?? key };
  it.each([
    [item('/website', 'format'), 'Enter a web address.'],
    [item('/email', 'format'), 'Not valid.'],
    [item('/email', 'weird', 'The server says so.'), 'The server says so.'],
    [item('/email', 'weird'), 'weird'],
  ])('%j reads %j', (error, expected) => expect(problemReason(error, catalogue)).toBe(expected));
});
