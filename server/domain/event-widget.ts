// The "upcoming events" widget a member puts on its own website (in an iframe): a small HTML page
// with no script at all, its style inline (hashed in its CSP), each event linking to its public page.
import { createHash } from 'node:crypto';
import type { Locale } from './taxonomy.ts';
import type { PublicEvent } from '../schemas/event.ts';

const WORDS: Record<Locale, { heading: string; none: string; all: string; cancelled: string; postponed: string; free: string }> = {
  nl: { heading: 'Binnenkort', none: 'Geen evenementen gepland.', all: 'Volledige agenda', cancelled: 'Geannuleerd', postponed: 'Uitgesteld', free: 'Gratis' },
  fr: { heading: 'Prochainement', none: 'Aucun événement prévu.', all: 'Tout l’agenda', cancelled: 'Annulé', postponed: 'Reporté', free: 'Gratuit' },
  en: { heading: 'Coming up', none: 'No events planned.', all: 'Full calendar', cancelled: 'Cancelled', postponed: 'Postponed', free: 'Free' },
  de: { heading: 'Demnächst', none: 'Keine Veranstaltungen geplant.', all: 'Ganzer Kalender', cancelled: 'Abgesagt', postponed: 'Verschoben', free: 'Kostenlos' },
};

const DATE_LOCALE: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' };

export const WIDGET_STYLE = [
  'body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1c1f24;background:#fff}',
  'main{padding:8px 10px}',
  'h1{font-size:15px;margin:0 0 6px}',
  'ol{list-style:none;margin:0;padding:0}',
  'li{padding:6px 0;border-top:1px solid #e2e5e9}',
  'a{color:#1f4e99}',
  '.when{display:block;font-size:12px;color:#4d5560}',
  '.status{font-weight:700;color:#a3261b;text-transform:uppercase;font-size:11px;margin-right:4px}',
  '.off a{text-decoration:line-through}',
  '.more{display:block;margin-top:6px;font-size:12px}',
].join('');

/** The widget's CSP: nothing runs, only its own inline style; any website may frame it. */
export function widgetContentSecurityPolicy(): string {
  const styleHash = createHash('sha256').update(WIDGET_STYLE).digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function when(event: PublicEvent, lang: Locale): string {
  const format = (wallClock: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...options, timeZone: 'UTC' }).format(new Date(`${wallClock}:00Z`));
  if (event.calendarType === 'periodic') {
    return `${format(event.startsAt, { day: 'numeric', month: 'short' })} – ${format(event.endsAt, { day: 'numeric', month: 'short', year: 'numeric' })}`;
  }
  return format(event.startsAt, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function widgetHtml(events: readonly PublicEvent[], options: { lang: Locale; calendarUrl: string }): string {
  const words = WORDS[options.lang];
  const items = events.map((e) => {
    const status = e.status === 'published' ? '' : `<span class="status">${escapeHtml(words[e.status])}</span>`;
    return (
      `<li${e.status === 'published' ? '' : ' class="off"'}>${status}` +
      `<a href="${escapeHtml(e.url)}" target="_blank" rel="noopener" lang="${e.language}">${escapeHtml(e.title)}</a>` +
      `<span class="when">${escapeHtml(when(e, options.lang))} · ${escapeHtml(e.venue)}${e.free ? ` · ${escapeHtml(words.free)}` : ''}</span></li>`
    );
  });
  return [
    '<!doctype html>',
    `<html lang="${options.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${escapeHtml(words.heading)}</title><style>${WIDGET_STYLE}</style></head>`,
    `<body><main><h1>${escapeHtml(words.heading)}</h1>`,
    items.length ? `<ol>${items.join('')}</ol>` : `<p>${escapeHtml(words.none)}</p>`,
    `<a class="more" href="${escapeHtml(options.calendarUrl)}" target="_blank" rel="noopener">${escapeHtml(words.all)}</a>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
