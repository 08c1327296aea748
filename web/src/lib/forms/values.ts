// Turning what a form's inputs hold into what the API takes. Inputs are not all strings: a
// `type="number"` input bound with `bind:value` gives a number (or null when empty), checkboxes give
// booleans. Every conversion here accepts any input value, so no form calls `.trim()` on a number.
// Pure (no runes, no `$lib`): the unit tests import it in Node.

/** An input's value as text: numbers as their digits, null/undefined as ''. Always trimmed. */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/** The trimmed text, or null when empty. */
export function textOrNull(value: unknown): string | null {
  const t = text(value);
  return t === '' ? null : t;
}

/**
 * A number from an input: a number input's number, or text typed with a decimal comma or spaces
 * ("50,85", "1 200"). Empty gives null; something that is not a number gives NaN, so the form's
 * checks can say so instead of silently sending nothing.
 */
export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const t = text(value).replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

/** Like `numberOrNull`, for whole numbers (a year): a fraction gives NaN. */
export function integerOrNull(value: unknown): number | null {
  const n = numberOrNull(value);
  return n === null || Number.isInteger(n) ? n : NaN;
}

/** A value for a form's state: a number shown as its digits, nothing as ''. */
export function inputText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** "nl; fr, ro" → ['nl', 'fr', 'ro']. */
export function splitList(value: unknown): string[] {
  return text(value)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Only the languages that have text, trimmed. */
export function localised<L extends string>(texts: Record<L, unknown>): Partial<Record<L, string>> {
  const out: Partial<Record<L, string>> = {};
  for (const [locale, value] of Object.entries(texts) as [L, unknown][]) {
    const t = text(value);
    if (t) out[locale] = t;
  }
  return out;
}

/**
 * A web address as people type it: "www.example.org" or "example.org/agenda" get `https://`; an
 * address that already names its scheme is kept. Empty gives ''.
 */
export function websiteUrl(value: unknown): string {
  const t = text(value);
  if (t === '') return '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return t;
  return `https://${t.replace(/^\/+/, '')}`;
}

/** A web address the server takes: http(s), a host with a dot, no spaces. */
export function isWebsite(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname.includes('.') && !url.hostname.startsWith('.') && !url.hostname.endsWith('.');
  } catch {
    return false;
  }
}

/** An e-mail address as the server's check reads one: something@host.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}
