// The proportions of the demo city: where its members are, which kinds of organisation practise
// which disciplines, which disciplines work together, who they serve. Ids come from the taxonomy.
import { AUDIENCES } from '../server/domain/taxonomy.ts';
import {
  COMMUNES,
  DISCIPLINE_IDS,
  type ORGANISATION_KINDS,
  type ORGANISATION_SIZES,
  type PROJECT_KINDS,
  type RESOURCES,
} from '../server/domain/taxonomy.ts';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];
export type Resource = (typeof RESOURCES)[number];
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** Cultural life is densest in the centre and the inner south and north-west. */
export const COMMUNE_WEIGHTS: Readonly<Record<string, number>> = {
  bruxelles: 18,
  ixelles: 11,
  'saint-gilles': 10,
  schaerbeek: 9,
  'molenbeek-saint-jean': 8,
  anderlecht: 6,
  'saint-josse-ten-noode': 4,
  etterbeek: 4,
  forest: 4,
  uccle: 4,
  jette: 3,
  'woluwe-saint-lambert': 3,
  auderghem: 2.5,
  'watermael-boitsfort': 2.5,
  'woluwe-saint-pierre': 2.5,
  koekelberg: 2,
  evere: 2,
  ganshoren: 1.5,
  'berchem-sainte-agathe': 1.5,
};

/** Real postcodes; the City of Brussels spans several (Laeken, Neder-Over-Heembeek). */
export const POSTCODES: Readonly<Record<string, readonly number[]>> = {
  anderlecht: [1070],
  auderghem: [1160],
  'berchem-sainte-agathe': [1082],
  bruxelles: [1000, 1000, 1000, 1020, 1120],
  etterbeek: [1040],
  evere: [1140],
  forest: [1190],
  ganshoren: [1083],
  ixelles: [1050],
  jette: [1090],
  koekelberg: [1081],
  'molenbeek-saint-jean': [1080],
  'saint-gilles': [1060],
  'saint-josse-ten-noode': [1210],
  schaerbeek: [1030],
  uccle: [1180],
  'watermael-boitsfort': [1170],
  'woluwe-saint-lambert': [1200],
  'woluwe-saint-pierre': [1150],
};

/** How often each discipline is an organisation's main one. */
export const MAIN_DISCIPLINE_WEIGHTS: Readonly<Record<string, number>> = {
  theatre: 13,
  music: 15,
  'visual-arts': 12,
  dance: 8,
  literature: 7,
  film: 6,
  heritage: 7,
  design: 4,
  circus: 4,
  'digital-arts': 5,
  education: 9,
  multidisciplinary: 10,
};

/** Which kind of organisation practises a main discipline, so that names and kinds agree. */
export const KIND_BY_MAIN_DISCIPLINE: Readonly<Record<string, Partial<Record<OrganisationKind, number>>>> = {
  theatre: { theatre: 5, company: 4, festival: 0.7, collective: 1, school: 0.4 },
  dance: { company: 5, venue: 0.8, school: 1.2, festival: 0.8, collective: 1 },
  music: { venue: 3, ensemble: 4, festival: 2, school: 1.5, collective: 1 },
  'visual-arts': { gallery: 4, collective: 2, museum: 1.2, school: 0.8, other: 1 },
  literature: { library: 3, other: 2, festival: 1, collective: 1 },
  film: { cinema: 4, festival: 2, collective: 1, other: 1 },
  heritage: { museum: 5, other: 1.2, 'community-centre': 0.4 },
  design: { gallery: 2, other: 3, collective: 1, museum: 0.8 },
  circus: { company: 4, school: 2, festival: 1, venue: 0.8 },
  'digital-arts': { collective: 2, other: 3, gallery: 1, festival: 1 },
  education: { 'community-centre': 4, school: 3, library: 1, other: 1 },
  multidisciplinary: { venue: 4, 'community-centre': 2, festival: 2, collective: 2, theatre: 1 },
};

/**
 * Disciplines that often work together in Brussels. Multidisciplinary organisations work with
 * anything; education & participation is a frequent partner of every discipline.
 */
export const DISCIPLINE_FAMILIES: readonly (readonly string[])[] = [
  ['theatre', 'dance', 'circus'],
  ['music', 'dance'],
  ['visual-arts', 'design', 'digital-arts'],
  ['literature', 'education'],
  ['heritage', 'education', 'visual-arts'],
  ['film', 'digital-arts'],
];

function affinityByRule(a: string, b: string): number {
  if (a === b) return 1;
  if (DISCIPLINE_FAMILIES.some((family) => family.includes(a) && family.includes(b))) return 0.8;
  if (a === 'multidisciplinary' || b === 'multidisciplinary') return 0.6;
  if (a === 'education' || b === 'education') return 0.3;
  return 0.08;
}

// Computed once: the partner generator asks this hundreds of thousands of times in a large city.
const AFFINITY = new Map(DISCIPLINE_IDS.map((a) => [a, new Map(DISCIPLINE_IDS.map((b) => [b, affinityByRule(a, b)]))]));

/** How likely two disciplines are to meet in a joint project, from 0 to 1. */
export function disciplineAffinity(a: string, b: string): number {
  return AFFINITY.get(a)?.get(b) ?? affinityByRule(a, b);
}

const AFFINE = new Map(
  DISCIPLINE_IDS.map((main) => {
    const ids = DISCIPLINE_IDS.filter((d) => d !== main);
    return [main, { ids, weights: ids.map((d) => disciplineAffinity(main, d)) }] as const;
  }),
);

/** The other disciplines with their affinity to `main`, for drawing secondary disciplines and partners. */
export function affineDisciplines(main: string): { readonly ids: readonly string[]; readonly weights: readonly number[] } {
  const known = AFFINE.get(main);
  if (!known) throw new RangeError(`'${main}' is not a discipline of the taxonomy`);
  return known;
}

/** Stable lowercase audience ids; the dashboard translates them. */
export type Audience = (typeof AUDIENCES)[number];

const BASE_AUDIENCE_WEIGHTS: Record<Audience, number> = {
  'general-public': 5,
  youth: 3,
  children: 2,
  families: 2.5,
  schools: 2,
  students: 1.5,
  seniors: 1.2,
  newcomers: 1.2,
  professionals: 1.5,
  artists: 1.5,
  neighbourhood: 1.5,
  'people-with-disabilities': 0.6,
};

const AUDIENCE_BOOST_BY_KIND: Partial<Record<OrganisationKind, Partial<Record<Audience, number>>>> = {
  school: { children: 5, youth: 5, students: 4, schools: 3 },
  library: { families: 3, schools: 3, seniors: 2, newcomers: 2 },
  'community-centre': { neighbourhood: 6, newcomers: 4, seniors: 3, families: 3 },
  museum: { schools: 3, families: 2, seniors: 2 },
  gallery: { artists: 3, professionals: 2 },
  collective: { artists: 3, neighbourhood: 2 },
  festival: { 'general-public': 4, youth: 2 },
  cinema: { 'general-public': 3, students: 2 },
  company: { schools: 1.5, professionals: 1.5 },
};

export function audienceWeights(kind: OrganisationKind): number[] {
  const boost = AUDIENCE_BOOST_BY_KIND[kind] ?? {};
  return AUDIENCES.map((a) => BASE_AUDIENCE_WEIGHTS[a] + (boost[a] ?? 0));
}

/** Houses with a building and a staff are bigger than companies and collectives. */
export const SIZE_WEIGHTS_BY_KIND: Readonly<Record<OrganisationKind, readonly [number, number, number]>> = {
  theatre: [3, 4, 3],
  venue: [3, 4, 2.5],
  museum: [2, 4, 3],
  library: [3, 4, 2],
  company: [6, 3, 0.6],
  ensemble: [6, 3, 0.8],
  festival: [4, 4, 1.5],
  gallery: [7, 2.5, 0.4],
  collective: [8, 1.5, 0.2],
  school: [3, 4, 2],
  'community-centre': [4, 4, 1],
  cinema: [4, 3, 1],
  other: [7, 2.5, 0.5],
};

/** Chance that an organisation offers a resource, by kind; size adds to staff and expertise. */
export const OFFER_CHANCE_BY_KIND: Readonly<Record<OrganisationKind, Partial<Record<Resource, number>>>> = {
  theatre: { space: 0.85, equipment: 0.7, expertise: 0.5, audiences: 0.5, communication: 0.3 },
  venue: { space: 0.9, equipment: 0.75, audiences: 0.55, communication: 0.4, staff: 0.2 },
  museum: { space: 0.5, expertise: 0.75, audiences: 0.5, communication: 0.35 },
  library: { space: 0.7, expertise: 0.5, audiences: 0.5, communication: 0.4 },
  company: { expertise: 0.7, staff: 0.15, equipment: 0.25 },
  ensemble: { expertise: 0.6, equipment: 0.2 },
  festival: { audiences: 0.8, communication: 0.7, volunteers: 0.5, equipment: 0.3 },
  gallery: { space: 0.6, expertise: 0.35, communication: 0.25 },
  collective: { volunteers: 0.45, expertise: 0.45, equipment: 0.2 },
  school: { space: 0.6, expertise: 0.6, equipment: 0.4, staff: 0.2 },
  'community-centre': { space: 0.8, volunteers: 0.5, audiences: 0.6, communication: 0.3 },
  cinema: { space: 0.7, equipment: 0.75, audiences: 0.5, communication: 0.4 },
  other: { expertise: 0.6, equipment: 0.3, communication: 0.2 },
};

/** What members most often lack: money first, then space and visibility. */
export const NEED_WEIGHTS: Readonly<Record<Resource, number>> = {
  funding: 6,
  space: 3,
  communication: 3,
  audiences: 2.5,
  volunteers: 2,
  staff: 2,
  equipment: 1.5,
  expertise: 1.2,
};

/** The kind of joint project a lead organisation starts, by its main discipline. */
export const PROJECT_KIND_BY_DISCIPLINE: Readonly<Record<string, Partial<Record<ProjectKind, number>>>> = {
  theatre: { performance: 5, workshop: 2, residency: 1.5, festival: 1, event: 1 },
  dance: { performance: 5, workshop: 2, residency: 1.5, festival: 1, event: 1 },
  circus: { performance: 5, workshop: 2, residency: 1.5, festival: 1.2, event: 1 },
  music: { performance: 4, event: 2, festival: 2, workshop: 1, residency: 1 },
  'visual-arts': { exhibition: 5, workshop: 2, publication: 1, residency: 1, event: 1 },
  design: { exhibition: 4, workshop: 2, other: 1, publication: 1, event: 1 },
  heritage: { exhibition: 5, publication: 1.5, workshop: 1.5, event: 1.5 },
  'digital-arts': { exhibition: 3, workshop: 2, event: 2, residency: 2, festival: 1 },
  literature: { publication: 3, event: 3, workshop: 2, festival: 1, residency: 1 },
  film: { event: 3, festival: 2, workshop: 2, other: 1 },
  education: { workshop: 5, event: 2, publication: 1, other: 1 },
  multidisciplinary: { festival: 3, event: 3, performance: 1, exhibition: 1, other: 1 },
};

/** Shortest and longest plausible duration in days; every project lasts at most 18 months. */
export const DURATION_DAYS_BY_KIND: Readonly<Record<ProjectKind, readonly [number, number]>> = {
  performance: [1, 45],
  event: [1, 14],
  workshop: [1, 120],
  exhibition: [21, 150],
  festival: [2, 21],
  residency: [14, 180],
  publication: [60, 548],
  other: [1, 548],
};

/** Budget range in euros for a project of two partners; more partners, more money. */
export const BUDGET_RANGE_BY_KIND: Readonly<Record<ProjectKind, readonly [number, number]>> = {
  event: [1500, 15000],
  performance: [5000, 60000],
  workshop: [800, 8000],
  exhibition: [5000, 80000],
  festival: [15000, 250000],
  residency: [3000, 30000],
  publication: [2000, 25000],
  other: [1000, 40000],
};

const KM_PER_DEGREE_LAT = 111.2;
const KM_PER_DEGREE_LON = 70.3; // at Brussels' latitude

/** Approximate distance in km between two points a few km apart (equirectangular is plenty here). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dy = (lat1 - lat2) * KM_PER_DEGREE_LAT;
  const dx = (lon1 - lon2) * KM_PER_DEGREE_LON;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Communes whose centres lie within `km` of each commune's centre, the commune itself included. */
export function nearbyCommunes(km: number): Record<string, string[]> {
  return Object.fromEntries(
    COMMUNES.map((c) => [
      c.id,
      COMMUNES.filter((o) => distanceKm(c.lat, c.lon, o.lat, o.lon) <= km).map((o) => o.id),
    ]),
  );
}
