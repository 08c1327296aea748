// The demo city's public events: about 300 over its three years, most of them moments of its joint
// projects (a première, an exhibition's run, a festival's days), some a single member's own. Pure:
// no clock, no I/O; the same city and seed give the same events.
import { createRandom, type Random } from '../server/analytics/random.ts';
import { COMMUNES, type Locale, type LocalisedText } from '../server/domain/taxonomy.ts';
import type { EventInput } from '../server/schemas/event.ts';
import type { EventStatus } from '../server/domain/event.ts';
import { isoDay, parseIsoDay, weekday } from './days.ts';
import type { City, SeedOrganisation, SeedProject } from './generate.ts';

export interface SeedEvent extends EventInput {
  id: string;
  status: EventStatus;
  /** ISO instant it was entered: a few weeks before it starts. */
  createdAt: string;
}

export interface EventOptions {
  seed?: number;
  /** 'YYYY-MM-DD', the "today" of the city; default '2026-06-30'. */
  until?: string;
}

type Format = 'performance' | 'concert' | 'exhibition' | 'screening' | 'reading' | 'workshop' | 'festival' | 'talk';

const FORMAT_BY_DISCIPLINE: Record<string, Format> = {
  theatre: 'performance',
  dance: 'performance',
  circus: 'performance',
  music: 'concert',
  'visual-arts': 'exhibition',
  design: 'exhibition',
  heritage: 'exhibition',
  'digital-arts': 'exhibition',
  film: 'screening',
  literature: 'reading',
  education: 'workshop',
  multidisciplinary: 'festival',
};

const FORMAT_NAMES: Record<Format, Record<Locale, string>> = {
  performance: { nl: 'voorstelling', fr: 'spectacle', en: 'performance', de: 'Aufführung' },
  concert: { nl: 'concert', fr: 'concert', en: 'concert', de: 'Konzert' },
  exhibition: { nl: 'tentoonstelling', fr: 'exposition', en: 'exhibition', de: 'Ausstellung' },
  screening: { nl: 'vertoning', fr: 'projection', en: 'screening', de: 'Vorführung' },
  reading: { nl: 'lezing', fr: 'lecture', en: 'reading', de: 'Lesung' },
  workshop: { nl: 'workshop', fr: 'atelier', en: 'workshop', de: 'Workshop' },
  festival: { nl: 'festivaldagen', fr: 'journées festival', en: 'festival days', de: 'Festivaltage' },
  talk: { nl: 'nagesprek', fr: 'rencontre', en: 'talk', de: 'Gespräch' },
};

const DESCRIPTIONS: Record<Locale, (format: string, organiser: string, commune: string) => string> = {
  nl: (f, o, c) => `Een ${f} van ${o} in ${c}. Voor iedereen die nieuwsgierig is: kom kijken, luisteren en meedoen.`,
  fr: (f, o, c) => `Un·e ${f} de ${o} à ${c}. Pour toutes les personnes curieuses : venez voir, écouter et participer.`,
  en: (f, o, c) => `A ${f} by ${o} in ${c}. For anyone curious: come and watch, listen and take part.`,
  de: (f, o, c) => `Eine ${f} von ${o} in ${c}. Für alle Neugierigen: zuschauen, zuhören und mitmachen.`,
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const two = (n: number) => String(n).padStart(2, '0');

/** A Brussels wall-clock instant as the UTC ISO instant it means, good enough for a creation time (an hour's error is harmless). */
const createdAtOf = (day: number) => `${isoDay(day)}T09:00:00.000Z`;

function texts(random: Random, base: string, format: Format, organiser: SeedOrganisation, main: Locale): { title: LocalisedText; description: LocalisedText } {
  const commune = COMMUNES.find((c) => c.id === organiser.commune)!;
  const languages: Locale[] = [main];
  // Brussels events are often announced in both community languages, sometimes in English too.
  const other: Locale = main === 'nl' ? 'fr' : 'nl';
  if (random.chance(0.55)) languages.push(other);
  if (random.chance(0.15) && main !== 'en') languages.push('en');
  const title: LocalisedText = {};
  const description: LocalisedText = {};
  for (const l of languages) {
    title[l] = `${base} – ${FORMAT_NAMES[format][l]}`;
    const place = l === 'nl' ? commune.name.nl : commune.name.fr;
    description[l] = capitalise(DESCRIPTIONS[l](FORMAT_NAMES[format][l], organiser.name, place));
  }
  return { title, description };
}

function statusOf(random: Random, startDay: number, today: number): EventStatus {
  if (startDay < today) return random.chance(0.04) ? 'cancelled' : 'published';
  const roll = random.next();
  if (roll < 0.2) return 'draft';
  if (roll < 0.24) return 'postponed';
  if (roll < 0.28) return 'cancelled';
  return 'published';
}

function oneEvent(
  random: Random,
  organisers: SeedOrganisation[],
  project: SeedProject | null,
  startDay: number,
  endDay: number,
  today: number,
): SeedEvent {
  const lead = organisers[0]!;
  const disciplines = (project?.disciplines.length ? project.disciplines : lead.disciplines).slice(0, 3);
  const format = random.chance(0.1) ? 'talk' : FORMAT_BY_DISCIPLINE[disciplines[0]!] ?? 'performance';
  const main = (lead.mainLanguage ?? 'nl') as Locale;
  const { title, description } = texts(random, project?.title ?? lead.name, format, lead, main);
  const hour = format === 'workshop' || format === 'talk' ? random.pick([10, 14, 19]) : random.pick([19, 20, 20, 20, 21]);
  const minutes = random.pick([0, 0, 30]);
  const start = (day: number) => `${isoDay(day)}T${two(hour)}:${two(minutes)}`;
  const end = (day: number) => `${isoDay(day)}T${two(hour + 2)}:${two(minutes)}`;
  let calendarType: EventInput['calendarType'] = 'single';
  let occurrences: EventInput['occurrences'] = [{ startsAt: start(startDay), endsAt: end(startDay) }];
  let openingHours: EventInput['openingHours'] = [];
  if (format === 'exhibition' && endDay > startDay + 6) {
    calendarType = 'periodic';
    const lastDay = Math.min(endDay, startDay + random.int(21, 90));
    occurrences = [{ startsAt: `${isoDay(startDay)}T10:00`, endsAt: `${isoDay(lastDay)}T18:00` }];
    openingHours = (['we', 'th', 'fr', 'sa', 'su'] as const).map((weekdayCode) => ({ weekday: weekdayCode, opens: '10:00', closes: weekdayCode === 'th' ? '21:00' : '18:00' }));
  } else if ((format === 'festival' || format === 'performance') && random.chance(0.35)) {
    calendarType = 'multiple';
    const count = random.int(2, 4);
    occurrences = Array.from({ length: count }, (_, i) => ({ startsAt: start(startDay + i), endsAt: end(startDay + i) }));
  }
  const free = format === 'talk' || format === 'workshop' ? random.chance(0.7) : random.chance(0.3);
  const standard = random.pick([8, 10, 12, 15, 18, 22.5, 25]);
  const commune = COMMUNES.find((c) => c.id === lead.commune)!;
  return {
    id: random.uuid(),
    status: statusOf(random, startDay, today),
    createdAt: createdAtOf(startDay - random.int(14, 60)),
    title,
    description,
    mainLanguage: main,
    calendarType,
    occurrences,
    openingHours,
    venue: lead.name,
    address: lead.address ?? `${commune.name.fr}`,
    commune: lead.commune,
    lat: lead.lat ?? commune.lat,
    lon: lead.lon ?? commune.lon,
    free,
    prices: free ? [] : [{ label: 'Standard', amount: standard }, ...(random.chance(0.5) ? [{ label: 'Reduced', amount: Math.round(standard * 60) / 100 }] : [])],
    bookingUrl: lead.website ? `${lead.website.replace(/\/$/, '')}/tickets` : null,
    imageUrl: null,
    disciplines,
    audiences: (lead.audiences ?? []).slice(0, 2),
    organisationId: lead.id,
    coOrganiserIds: organisers.slice(1, 4).map((o) => o.id),
    projectId: project?.id ?? null,
  };
}

/** Shifts a day off Monday (few cultural events then). */
const notMonday = (day: number) => (weekday(day) === 1 ? day + 1 : day);

export function generateEvents(city: City, options: EventOptions = {}): SeedEvent[] {
  const random = createRandom((options.seed ?? 2024) * 31 + 13);
  const today = parseIsoDay(options.until ?? '2026-06-30', 'until');
  const byId = new Map(city.organisations.map((o) => [o.id, o]));
  const events: SeedEvent[] = [];
  for (const project of city.projects) {
    if (!project.startDate || project.status === 'idea' || project.status === 'cancelled') continue;
    const startDay = parseIsoDay(project.startDate, 'startDate');
    const endDay = project.endDate ? parseIsoDay(project.endDate, 'endDate') : startDay + 30;
    const organisers = project.partners.map((p) => byId.get(p.organisationId)).filter((o): o is SeedOrganisation => o !== undefined);
    if (!organisers.length || !random.chance(0.9)) continue;
    const count = random.chance(0.35) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const day = notMonday(startDay + random.int(0, Math.max(0, endDay - startDay)));
      events.push(oneEvent(random, organisers, project, day, endDay, today));
    }
  }
  // Members' own events, outside any joint project.
  const solo = Math.round(events.length * 0.25);
  const firstDay = today - 3 * 365;
  for (let i = 0; i < solo; i++) {
    const organiser = random.pick(city.organisations);
    const day = notMonday(random.int(firstDay, today + 120));
    events.push(oneEvent(random, [organiser], null, day, day + random.int(0, 60), today));
  }
  return events.sort((a, b) => a.occurrences[0]!.startsAt.localeCompare(b.occurrences[0]!.startsAt) || a.id.localeCompare(b.id));
}
