// Pure message and locale helpers: no state, no DOM, so they can be tested with tables of cases.
import type { Message, MessageParams } from './types.ts';
import type { Locale } from '../types.ts';
import { LOCALES } from '../taxonomy.ts';

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: string): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    pluralRules.set(locale, rule);
  }
  return rule;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(locale, options).format(value);
  let nf = numberFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale);
    numberFormats.set(locale, nf);
  }
  return nf.format(value);
}

/** Fills {name} placeholders; numbers are formatted for the locale. Unknown placeholders stay. */
export function interpolate(locale: string, template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export function render(locale: string, message: Message, params: MessageParams = {}): string {
  if (typeof message === 'string') return interpolate(locale, message, params);
  const count = typeof params.count === 'number' ? params.count : Number(params.count ?? 0);
  const exact = count === 0 ? message.zero : undefined;
  const form = exact ?? message[pluralRule(locale).select(count)] ?? message.other;
  return interpolate(locale, form, params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The stored choice if valid, else the first browser language we speak, else English. */
export function pickLocale(stored: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Dates from the API are YYYY-MM-DD (calendar days) or ISO instants. */
export function formatDate(locale: string, value: string | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (!value) return '';
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, dayOnly ? { ...options, timeZone: 'UTC' } : options).format(date);
}

export function yearOf(value: string | null | undefined): string {
  return value ? value.slice(0, 4) : '';
}
