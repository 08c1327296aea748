import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, interpolate, isLocale, pickLocale, render, yearOf } from '../../web/src/lib/i18n/format.ts';
import type { Message, MessageParams } from '../../web/src/lib/i18n/types.ts';

describe('interpolate', () => {
  it.each<[string, string, string, MessageParams | undefined, string]>([
    ['fills a placeholder', 'en', 'Hello {name}', { name: 'Ada' }, 'Hello Ada'],
    ['fills each occurrence', 'en', '{a}-{b}-{a}', { a: 'x', b: 'y' }, 'x-y-x'],
    ['formats a number for the locale', 'en', '{n} organisations', { n: 1234 }, '1,234 organisations'],
    ['formats a number in French', 'fr', '{n} organisations', { n: 1234 }, '1\u202f234 organisations'],
    ['formats a number in German', 'de', '{n} Organisationen', { n: 1234.5 }, '1.234,5 Organisationen'],
    ['keeps an unknown placeholder', 'en', 'Hello {name}', {}, 'Hello {name}'],
    ['keeps the text without parameters', 'nl', 'Geen {x}', undefined, 'Geen {x}'],
    ['leaves text without placeholders alone', 'en', 'Plain', { name: 'Ada' }, 'Plain'],
  ])('%s', (_, locale, template, params, expected) => {
    expect(interpolate(locale, template, params)).toBe(expected);
  });
});

describe('render', () => {
  const organisations: Message = { zero: 'No organisations', one: '{count} organisation', other: '{count} organisations' };
  const noZero: Message = { one: '{count} problem', other: '{count} problems' };

  it.each<[string, string, Message, MessageParams | undefined, string]>([
    ['a plain message', 'en', 'Save {what}', { what: 'draft' }, 'Save draft'],
    ['the zero form for none', 'en', organisations, { count: 0 }, 'No organisations'],
    ['the one form for one', 'en', organisations, { count: 1 }, '1 organisation'],
    ['the other form for many', 'en', organisations, { count: 2500 }, '2,500 organisations'],
    ['the other form for zero when there is no zero form', 'en', noZero, { count: 0 }, '0 problems'],
    ['a count given as text', 'en', organisations, { count: '1' }, '1 organisation'],
    ['French plural rules: 0 without a zero form is "one"', 'fr', noZero, { count: 0 }, '0 problem'],
    ['French plural rules: 1.5 is "one"', 'fr', noZero, { count: 1.5 }, '1,5 problem'],
    ['no count as zero', 'en', organisations, undefined, 'No organisations'],
  ])('%s', (_, locale, message, params, expected) => {
    expect(render(locale, message, params)).toBe(expected);
  });
});

describe('isLocale', () => {
  it.each<[unknown, boolean]>([
    ['nl', true],
    ['fr', true],
    ['en', true],
    ['de', true],
    ['es', false],
    ['EN', false],
    ['', false],
    [null, false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});

describe('pickLocale', () => {
  it.each<[string, string | null | undefined, string[], string]>([
    ['the stored choice first', 'de', ['fr-BE', 'nl'], 'de'],
    ['the first browser language we speak', null, ['es-ES', 'fr-BE', 'nl-BE'], 'fr'],
    ['a region tag by its language, whatever its case', undefined, ['NL-be'], 'nl'],
    ['browser languages when the stored choice is not ours', 'es', ['nl'], 'nl'],
    ['English when nothing matches', 'it', ['es', 'pt-BR'], 'en'],
    ['English without any language', null, [], 'en'],
  ])('takes %s', (_, stored, languages, expected) => {
    expect(pickLocale(stored, languages)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each<[string, number, Intl.NumberFormatOptions | undefined, string]>([
    ['en', 1234567.5, undefined, '1,234,567.5'],
    ['nl', 1234567.5, undefined, '1.234.567,5'],
    ['de', 0.25, { style: 'percent' }, '25\u00a0%'],
    ['en', 0.25, { style: 'percent' }, '25%'],
    ['fr', 12000, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }, '12\u202f000\u00a0€'],
  ])('%s %s %o → %s', (locale, value, options, expected) => {
    expect(formatNumber(locale, value, options)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each<[string, string, string | null | undefined, Intl.DateTimeFormatOptions | undefined, string]>([
    ['a calendar day is the same day everywhere, day first in English as in Brussels', 'en', '2026-01-01', undefined, '1 Jan 2026'],
    ['a calendar day in Dutch', 'nl', '2026-03-09', undefined, '9 mrt 2026'],
    ['a calendar day with other options', 'de', '2026-12-31', { dateStyle: 'long' }, '31. Dezember 2026'],
    ['an instant in the local (Brussels) zone', 'en', '2025-12-31T23:30:00Z', { dateStyle: 'medium' }, '1 Jan 2026'],
    ['a time on the 24-hour clock in English', 'en', '2025-03-14T08:30:00Z', { timeStyle: 'short' }, '09:30'],
    ['nothing as empty text', 'en', null, undefined, ''],
    ['an empty string as empty text', 'en', '', undefined, ''],
    ['an unreadable date as given', 'fr', 'soon', undefined, 'soon'],
  ])('%s', (_, locale, value, options, expected) => {
    expect(formatDate(locale, value, options)).toBe(expected);
  });
});

describe('yearOf', () => {
  it.each<[string | null | undefined, string]>([
    ['2024-05-01', '2024'],
    ['1999', '1999'],
    [null, ''],
    [undefined, ''],
    ['', ''],
  ])('%s → %s', (value, expected) => {
    expect(yearOf(value)).toBe(expected);
  });
});
