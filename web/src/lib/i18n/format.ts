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

/**
 * The locale whose date and time conventions an interface language uses: English as written in
 * Brussels (day before month, as en-GB), the others as they are. Times always use the 24-hour clock.
 */
export function dateLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A calendar day as the interface language writes it in a date field: 14.03.2025, 14/03/2025, 14-03-2025. */
export function datePattern(locale: string): { order: ('day' | 'month' | 'year')[]; separator: string; placeholder: string } {
  const parts = new Intl.DateTimeFormat(dateLocale(locale), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2025, 2, 14)),
  );
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as 'day' | 'month' | 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '.';
  const letters = { nl: ['dd', 'mm', 'jjjj'], fr: ['jj', 'mm', 'aaaa'], de: ['TT', 'MM', 'JJJJ'] }[locale] ?? ['dd', 'mm', 'yyyy'];
  const name = { day: letters[0]!, month: letters[1]!, year: letters[2]! };
  return { order, separator, placeholder: order.map((part) => name[part]).join(separator) };
}

/** Writes a YYYY-MM-DD day in the interface language's numeric form ('' for none). */
export function formatDayInput(locale: string, value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!m) return '';
  const { order, separator } = datePattern(locale);
  const part = { year: m[1]!, month: m[2]!, day: m[3]! };
  return order.map((p) => part[p]).join(separator);
}

/**
 * Reads a day typed in the interface language's order (any of . / - or space between the parts; a
 * two-digit year is 20xx) or as YYYY-MM-DD; '' for an empty text, null when it is no real day.
 */
export function parseDayInput(locale: string, text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const numbers = trimmed.split(/[./\-\s]+/);
    if (numbers.length !== 3 || numbers.some((n) => !/^\d{1,4}$/.test(n))) return null;
    const { order } = datePattern(locale);
    const value = Object.fromEntries(order.map((part, i) => [part, Number(numbers[i])])) as Record<'day' | 'month' | 'year', number>;
    const yearText = numbers[order.indexOf('year')]!;
    if (yearText.length !== 2 && yearText.length !== 4) return null;
    [year, month, day] = [yearText.length === 2 ? 2000 + value.year : value.year, value.month, value.day];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null;
  return date.toISOString().slice(0, 10);
}

/** Reads a time of day on the 24-hour clock (9:30, 09.30, 9h30, 0930, 9); '' for none, null when it is no time. */
export function parseTimeInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return '';
  const m = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})?)?$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A Brussels commune's name in an interface language. Brussels has two official languages, so a
 * commune is named as its speakers name it: Dutch in Dutch, French in French; English and German
 * have no names of their own for most communes, so they give both official names, French first as
 * on the region's bilingual signs ("Ixelles / Elsene"), or one where the two are the same ("Jette").
 */
export function communeLabel(locale: string, name: { nl: string; fr: string }): string {
  if (locale === 'nl') return name.nl;
  if (locale === 'fr' || name.fr === name.nl) return name.fr;
  return `${name.fr} / ${name.nl}`;
}

/** Dates from the API are YYYY-MM-DD (calendar days) or ISO instants; times on the 24-hour clock. */
export function formatDate(locale: string, value: string | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  if (!value) return '';
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(dateLocale(locale), { hourCycle: 'h23', ...options, ...(dayOnly && { timeZone: 'UTC' }) }).format(date);
}

export function yearOf(value: string | null | undefined): string {
  return value ? value.slice(0, 4) : '';
}
