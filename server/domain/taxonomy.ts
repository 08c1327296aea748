// The council's fixed vocabularies: disciplines, the 19 Brussels communes, kinds of organisation,
// resources offered and needed, roles in a group, kinds of meeting and insight, insight themes.
// Schemas, seed generator, tests and the dashboard (web/src/lib/taxonomy.ts) take them from here.
// Pure: imports nothing.

export const LOCALES = ['nl', 'fr', 'en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalisedText = Partial<Record<Locale, string>>;

export interface Discipline {
  id: string;
  name: Record<Locale, string>;
  colour: string;
}

export const DISCIPLINES: readonly Discipline[] = [
  { id: 'theatre', colour: '#e15759', name: { nl: 'Theater', fr: 'Théâtre', en: 'Theatre', de: 'Theater' } },
  { id: 'dance', colour: '#f28e2b', name: { nl: 'Dans', fr: 'Danse', en: 'Dance', de: 'Tanz' } },
  { id: 'music', colour: '#4e79a7', name: { nl: 'Muziek', fr: 'Musique', en: 'Music', de: 'Musik' } },
  { id: 'visual-arts', colour: '#76b7b2', name: { nl: 'Beeldende kunst', fr: 'Arts visuels', en: 'Visual arts', de: 'Bildende Kunst' } },
  { id: 'literature', colour: '#59a14f', name: { nl: 'Literatuur', fr: 'Littérature', en: 'Literature', de: 'Literatur' } },
  { id: 'film', colour: '#edc948', name: { nl: 'Film', fr: 'Cinéma', en: 'Film', de: 'Film' } },
  { id: 'heritage', colour: '#b07aa1', name: { nl: 'Erfgoed', fr: 'Patrimoine', en: 'Heritage', de: 'Kulturerbe' } },
  { id: 'design', colour: '#ff9da7', name: { nl: 'Design', fr: 'Design', en: 'Design', de: 'Design' } },
  { id: 'circus', colour: '#9c755f', name: { nl: 'Circus', fr: 'Cirque', en: 'Circus', de: 'Zirkus' } },
  { id: 'digital-arts', colour: '#17becf', name: { nl: 'Digitale kunst', fr: 'Arts numériques', en: 'Digital arts', de: 'Digitale Kunst' } },
  {
    id: 'education',
    colour: '#8c6d31',
    name: { nl: 'Educatie & participatie', fr: 'Éducation & participation', en: 'Education & participation', de: 'Bildung & Teilhabe' },
  },
  { id: 'multidisciplinary', colour: '#7f7f7f', name: { nl: 'Multidisciplinair', fr: 'Multidisciplinaire', en: 'Multidisciplinary', de: 'Multidisziplinär' } },
];

export const DISCIPLINE_IDS = DISCIPLINES.map((d) => d.id);

export interface Commune {
  id: string;
  name: { nl: string; fr: string };
  lat: number;
  lon: number;
}

export const COMMUNES: readonly Commune[] = [
  { id: 'anderlecht', name: { nl: 'Anderlecht', fr: 'Anderlecht' }, lat: 50.8365, lon: 4.3081 },
  { id: 'auderghem', name: { nl: 'Oudergem', fr: 'Auderghem' }, lat: 50.8156, lon: 4.4331 },
  { id: 'berchem-sainte-agathe', name: { nl: 'Sint-Agatha-Berchem', fr: 'Berchem-Sainte-Agathe' }, lat: 50.8644, lon: 4.2947 },
  { id: 'bruxelles', name: { nl: 'Brussel', fr: 'Bruxelles' }, lat: 50.8467, lon: 4.3525 },
  { id: 'etterbeek', name: { nl: 'Etterbeek', fr: 'Etterbeek' }, lat: 50.8361, lon: 4.3861 },
  { id: 'evere', name: { nl: 'Evere', fr: 'Evere' }, lat: 50.8707, lon: 4.4030 },
  { id: 'forest', name: { nl: 'Vorst', fr: 'Forest' }, lat: 50.8103, lon: 4.3242 },
  { id: 'ganshoren', name: { nl: 'Ganshoren', fr: 'Ganshoren' }, lat: 50.8713, lon: 4.3085 },
  { id: 'ixelles', name: { nl: 'Elsene', fr: 'Ixelles' }, lat: 50.8275, lon: 4.3697 },
  { id: 'jette', name: { nl: 'Jette', fr: 'Jette' }, lat: 50.8776, lon: 4.3273 },
  { id: 'koekelberg', name: { nl: 'Koekelberg', fr: 'Koekelberg' }, lat: 50.8624, lon: 4.3290 },
  { id: 'molenbeek-saint-jean', name: { nl: 'Sint-Jans-Molenbeek', fr: 'Molenbeek-Saint-Jean' }, lat: 50.8544, lon: 4.3225 },
  { id: 'saint-gilles', name: { nl: 'Sint-Gillis', fr: 'Saint-Gilles' }, lat: 50.8262, lon: 4.3455 },
  { id: 'saint-josse-ten-noode', name: { nl: 'Sint-Joost-ten-Node', fr: 'Saint-Josse-ten-Noode' }, lat: 50.8530, lon: 4.3729 },
  { id: 'schaerbeek', name: { nl: 'Schaarbeek', fr: 'Schaerbeek' }, lat: 50.8676, lon: 4.3737 },
  { id: 'uccle', name: { nl: 'Ukkel', fr: 'Uccle' }, lat: 50.8003, lon: 4.3374 },
  { id: 'watermael-boitsfort', name: { nl: 'Watermaal-Bosvoorde', fr: 'Watermael-Boitsfort' }, lat: 50.7996, lon: 4.4159 },
  { id: 'woluwe-saint-lambert', name: { nl: 'Sint-Lambrechts-Woluwe', fr: 'Woluwe-Saint-Lambert' }, lat: 50.8437, lon: 4.4303 },
  { id: 'woluwe-saint-pierre', name: { nl: 'Sint-Pieters-Woluwe', fr: 'Woluwe-Saint-Pierre' }, lat: 50.8292, lon: 4.4428 },
];

export const COMMUNE_IDS = COMMUNES.map((c) => c.id);

export const ORGANISATION_KINDS = [
  'theatre',
  'venue',
  'museum',
  'library',
  'company',
  'ensemble',
  'festival',
  'gallery',
  'collective',
  'school',
  'community-centre',
  'cinema',
  'other',
] as const;

export const RESOURCES = [
  'space',
  'equipment',
  'staff',
  'volunteers',
  'funding',
  'expertise',
  'audiences',
  'communication',
] as const;

/** Who an organisation works for; stable ids, labelled in the dashboard's languages. */
export const AUDIENCES = [
  'general-public',
  'youth',
  'children',
  'families',
  'schools',
  'students',
  'seniors',
  'newcomers',
  'professionals',
  'artists',
  'neighbourhood',
  'people-with-disabilities',
] as const;

export const ORGANISATION_SIZES = ['small', 'medium', 'large'] as const;

export const PROJECT_KINDS = ['event', 'workshop', 'exhibition', 'performance', 'festival', 'residency', 'publication', 'other'] as const;
export const PROJECT_STATUSES = ['idea', 'planned', 'running', 'completed', 'cancelled'] as const;
export const PARTNER_ROLES = ['lead', 'partner'] as const;

export const MEMBER_ROLES = ['chair', 'secretary', 'member'] as const;
export const MEETING_KINDS = ['working-group', 'knowledge-exchange', 'plenary'] as const;
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;
export const INSIGHT_KINDS = ['success-story', 'obstacle', 'lesson-learned'] as const;

/** Stable theme ids for insights and knowledge-exchange sessions; the dashboard labels them. */
export const INSIGHT_THEMES = [
  'audience-development',
  'funding',
  'volunteers',
  'bilingual-communication',
  'space-sharing',
  'ticketing',
  'accessibility',
  'social-media',
  'schools',
  'neighbourhood',
  'co-production',
] as const;
export type InsightTheme = (typeof INSIGHT_THEMES)[number];

// Events of members and their promotion (issue 13), after UiTdatabank's conventions: a calendar
// type (one date, several dates, a run with opening hours) and a workflow status.
export const EVENT_CALENDAR_TYPES = ['single', 'multiple', 'periodic'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'postponed', 'cancelled'] as const;
/** What the public sees: every status but draft (cancelled and postponed events show as such). */
export const PUBLIC_EVENT_STATUSES = ['published', 'postponed', 'cancelled'] as const;
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const PROMOTION_CHANNELS = ['newsletter', 'website', 'social', 'partner', 'press'] as const;
