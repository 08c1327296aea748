// The HTML the server sends for an event's public page: the dashboard's own index.html with the
// event's title, description, Open Graph tags and schema.org `Event` JSON-LD in its head, and the
// essentials in a <noscript>, because search engines and link previews do not run the dashboard.
import { brusselsInstant } from './council-time.ts';
import { COMMUNES, DISCIPLINES, LOCALES, type Locale } from './taxonomy.ts';
import type { PublicEvent } from '../schemas/event.ts';

/** A Brussels wall-clock time as ISO 8601 with its offset that day, e.g. 2027-03-28T20:00:00+02:00. */
export function withBrusselsOffset(wallClock: string): string {
  const instant = brusselsInstant(wallClock);
  if (!instant) return `${wallClock}:00`;
  const minutes = Math.round((Date.parse(`${wallClock}:00Z`) - instant.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${wallClock}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const SCHEMA_STATUS: Record<PublicEvent['status'], string> = {
  published: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

const communeName = (id: string, lang: Locale) => {
  const commune = COMMUNES.find((c) => c.id === id);
  return commune ? (lang === 'nl' ? commune.name.nl : commune.name.fr) : id;
};

/** schema.org `Event` (what Google's event results require and recommend), from the public event. */
export function eventJsonLd(event: PublicEvent): Record<string, unknown> {
  const offers = event.free
    ? [{ '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: event.bookingUrl ?? event.url, availability: 'https://schema.org/InStock' }]
    : event.prices.map((p) => ({ '@type': 'Offer', name: p.label, price: p.amount, priceCurrency: 'EUR', url: event.bookingUrl ?? event.url, availability: 'https://schema.org/InStock' }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    startDate: withBrusselsOffset(event.startsAt),
    endDate: withBrusselsOffset(event.endsAt),
    eventStatus: SCHEMA_STATUS[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: event.language,
    isAccessibleForFree: event.free,
    location: {
      '@type': 'Place',
      name: event.venue,
      address: {
        '@type': 'PostalAddress',
        streetAddress: event.address,
        addressLocality: communeName(event.commune, event.language),
        addressRegion: 'Brussels',
        addressCountry: 'BE',
      },
      ...(event.lat !== null && event.lon !== null ? { geo: { '@type': 'GeoCoordinates', latitude: event.lat, longitude: event.lon } } : {}),
    },
    organizer: event.organisers.map((o) => ({ '@type': 'Organization', name: o.name, ...(o.website ? { url: o.website } : {}) })),
    offers,
    ...(event.imageUrl ? { image: [event.imageUrl] } : {}),
    ...(event.occurrences.length > 1
      ? {
          subEvent: event.occurrences.map((o) => ({ '@type': 'Event', name: event.title, startDate: withBrusselsOffset(o.startsAt), endDate: withBrusselsOffset(o.endsAt), location: { '@type': 'Place', name: event.venue } })),
        }
      : {}),
    keywords: event.disciplines.map((d) => DISCIPLINES.find((x) => x.id === d)?.name[event.language] ?? d).join(', '),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script> element: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The visitor's language from `?lang=` or Accept-Language, when the dashboard speaks it. */
export function visitorLanguage(lang: string | undefined, acceptLanguage: string | undefined): Locale | undefined {
  if (lang && (LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { code: (tag ?? '').slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((l) => l.code).find((code): code is Locale => (LOCALES as readonly string[]).includes(code));
}

/** The tags an event's page carries in its head. */
export function eventHead(event: PublicEvent, siteName: string): string {
  const description = shorten(event.description ?? `${event.venue}, ${communeName(event.commune, event.language)}`, 200);
  const title = `${event.title} – ${siteName}`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(event.url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(event.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(event.url)}" />`,
    `<meta property="og:locale" content="${{ nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB', de: 'de_BE' }[event.language]}" />`,
    ...(event.imageUrl ? [`<meta property="og:image" content="${escapeHtml(event.imageUrl)}" />`] : []),
    `<meta name="twitter:card" content="${event.imageUrl ? 'summary_large_image' : 'summary'}" />`,
    `<script type="application/ld+json">${scriptJson(eventJsonLd(event))}</script>`,
  ];
  return tags.join('\n    ');
}

/** What a reader without JavaScript sees: the event's essentials. */
export function eventNoScript(event: PublicEvent): string {
  const when = event.startsAt === event.endsAt ? event.startsAt : `${event.startsAt.replace('T', ' ')} – ${event.endsAt.replace('T', ' ')}`;
  return [
    '<noscript><article>',
    `<h1>${escapeHtml(event.title)}</h1>`,
    `<p>${escapeHtml(when)} (Europe/Brussels)</p>`,
    `<p>${escapeHtml(event.venue)}, ${escapeHtml(event.address)}</p>`,
    ...(event.description ? [`<p>${escapeHtml(event.description)}</p>`] : []),
    `<p>${event.organisers.map((o) => escapeHtml(o.name)).join(', ')}</p>`,
    '</article></noscript>',
  ].join('');
}

/**
 * The dashboard's index.html for this event: its generic title and description are replaced, the
 * event's tags added, the <html lang> set. Without a built dashboard, a minimal page.
 */
export function eventPageHtml(indexHtml: string | null, event: PublicEvent, siteName: string): string {
  const head = eventHead(event, siteName);
  const noscript = eventNoScript(event);
  if (!indexHtml) {
    return `<!doctype html>\n<html lang="${event.language}">\n  <head>\n    <meta charset="utf-8" />\n    ${head}\n  </head>\n  <body>${noscript.replace(/^<noscript>|<\/noscript>$/g, '')}</body>\n</html>\n`;
  }
  return indexHtml
    .replace(/<html lang="[^"]*">/, `<html lang="${event.language}">`)
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', `    ${head}\n  </head>`)
    .replace(/<body([^>]*)>/, `<body$1>${noscript}`);
}
