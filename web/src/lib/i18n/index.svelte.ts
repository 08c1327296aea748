// The interface language: current locale as shared state, t() and Intl formatting in it.
import { en } from './en.ts';
import { nl } from './nl.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { communeLabel, dateLocale, formatDate, formatNumber, isLocale, pickLocale, render } from './format.ts';
import { formatMeetingTime, formatWallClock } from '$council-time';
import type { MessageKey, MessageParams, Messages } from './types.ts';
import type { Commune, Discipline, Locale } from '../types.ts';

export type { MessageKey, MessageParams } from './types.ts';

const CATALOGUES: Record<Locale, Messages> = { nl, fr, en, de };
const STORAGE_KEY = 'kulturrat.locale';

function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled or blocked: fall back to the browser's languages
  }
}

function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered this time; the choice still applies to this visit
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

class I18n {
  locale = $state<Locale>(pickLocale(readStoredLocale(), browserLanguages()));
  messages = $derived(CATALOGUES[this.locale]);

  constructor() {
    if (typeof document !== 'undefined') document.documentElement.lang = this.locale;
  }

  setLocale = (locale: string): void => {
    if (!isLocale(locale)) return;
    this.locale = locale;
    storeLocale(locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  };

  t = (key: MessageKey, params?: MessageParams): string => render(this.locale, this.messages[key], params);

  /** For values from the API that have a message (kinds, resources, codes…); the raw value otherwise. */
  label = (group: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const message = (this.messages as Record<string, Messages[MessageKey] | undefined>)[`${group}.${value}`];
    return message === undefined ? value : render(this.locale, message);
  };

  has = (key: string): boolean => key in this.messages;

  number = (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(this.locale, value, options);

  date = (value: string | null | undefined, options?: Intl.DateTimeFormatOptions): string => formatDate(this.locale, value, options);

  /** A Brussels wall-clock time (meetings), in this language and in Brussels time. */
  wallClock = (value: string | null | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string =>
    formatWallClock(dateLocale(this.locale), value, options);

  /** A meeting's start and end as one range, in Brussels time. */
  meetingTime = (startsAt: string, endsAt: string, options?: { weekday?: boolean; zone?: boolean }): string =>
    formatMeetingTime(dateLocale(this.locale), startsAt, endsAt, options);

  /** A share (0–1) as a percentage; an em dash when unknown. */
  percent = (value: number | null | undefined): string =>
    value === null || value === undefined ? '—' : formatNumber(this.locale, value, { style: 'percent', maximumFractionDigits: 0 });

  /** The name of a language (ISO 639-1 code) in the interface language. */
  languageName = (code: string): string => {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  disciplineName = (discipline: Discipline | undefined, fallback = ''): string =>
    discipline ? discipline.name[this.locale] ?? discipline.name.en : fallback;

  /** Communes are named in Dutch and French only: Dutch for nl, French for the others. */
  /** A commune's name: Dutch in Dutch, French in French, and both official names in English and German. */
  communeName = (commune: Commune | undefined, fallback = ''): string => (commune ? communeLabel(this.locale, commune.name) : fallback);
}

export const i18n = new I18n();
export const t = i18n.t;
