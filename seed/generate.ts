// The deterministic demo city: member organisations of the Brussels culture council and the joint
// projects between them, generated from a seed. Pure: no clock, no I/O, same options ⇒ same city.
import { AUDIENCES, COMMUNES, DISCIPLINE_IDS, RESOURCES, type Commune } from '../server/domain/taxonomy.ts';
import type { OrganisationInput } from '../server/schemas/organisation.ts';
import type { ProjectInput } from '../server/schemas/project.ts';
import {
  BUDGET_RANGE_BY_KIND,
  COMMUNE_WEIGHTS,
  DURATION_DAYS_BY_KIND,
  KIND_BY_MAIN_DISCIPLINE,
  MAIN_DISCIPLINE_WEIGHTS,
  NEED_WEIGHTS,
  OFFER_CHANCE_BY_KIND,
  POSTCODES,
  PROJECT_KIND_BY_DISCIPLINE,
  SIZE_WEIGHTS_BY_KIND,
  affineDisciplines,
  audienceWeights,
  disciplineAffinity,
  nearbyCommunes,
  type Audience,
  type OrganisationKind,
  type OrganisationSize,
  type ProjectKind,
  type Resource,
} from './city-profile.ts';
import { organisationName, slugify, soundsLikeARealOrganisation, type NameLanguage } from './names.ts';
import { createRandom, createWeightedSampler, type Random } from '../server/analytics/random.ts';
import { organisationGoals, organisationMission, projectDescription, projectTitle, type TextLanguage } from './texts.ts';
import { isoDay, parseIsoDay, yearOf } from './days.ts';

export interface SeedOrganisation extends OrganisationInput {
  id: string;
  slug: string;
}

export interface SeedProject extends ProjectInput {
  id: string;
}

export interface CityOptions {
  /** Default 2024. */
  seed?: number;
  /** Number of member organisations; default 150. */
  organisations?: number;
  /** How many years of joint projects before `until`; default 3. */
  years?: number;
  /** 'YYYY-MM-DD', the "today" of the city; default '2026-06-30'. The clock is never read. */
  until?: string;
}

export interface City {
  organisations: SeedOrganisation[];
  projects: SeedProject[];
}

const DEFAULTS = { seed: 2024, organisations: 150, years: 3, until: '2026-06-30' } as const;
/** The city's "today" when none is given. */
export const DEFAULT_UNTIL = DEFAULTS.until;

/** Leadership wants to see isolated members: this share never joins a project. */
const ISOLATED_SHARE = 0.08;
/** 1.5 projects per organisation over the default three years. */
const PROJECTS_PER_ORGANISATION_YEAR = 0.5;
/** Projects already planned or dreamt of after `until`, and how far ahead they go. */
const FUTURE_SHARE = 0.1;
const FUTURE_DAYS = 270;
const LONGEST_PROJECT_DAYS = 548; // 18 months
/** How a partner is found: introduced by a past partner, a past partner again, or someone new who fits. */
const FRIEND_OF_FRIEND_SHARE = 0.32;
const PAST_PARTNER_SHARE = 0.12;
/** Share of leads who start their first project, so that almost every active member joins one. */
const NEWCOMER_LEAD_SHARE = 0.45;
/** A lead looking for someone new favours who offers what it needs, or needs what it offers: each match adds this much. */
const RESOURCE_PULL = 1;

// ---------------------------------------------------------------------------------------------
// Small drawing helpers on top of the seeded stream.

function weightedKey<K extends string>(random: Random, weights: Readonly<Partial<Record<K, number>>>): K {
  const keys = Object.keys(weights) as K[];
  return random.weighted(keys, keys.map((k) => weights[k] ?? 0));
}

/** `count` distinct items, each drawn with a chance proportional to its weight. */
function weightedSample<T>(random: Random, items: readonly T[], weights: readonly number[], count: number): T[] {
  const poolItems = [...items];
  const poolWeights = [...weights];
  const chosen: T[] = [];
  while (chosen.length < count && poolItems.length > 0) {
    const index = random.weighted(
      poolItems.map((_, i) => i),
      poolWeights,
    );
    chosen.push(poolItems[index]!);
    poolItems.splice(index, 1);
    poolWeights.splice(index, 1);
  }
  return chosen;
}

/**
 * `count` values where each of `every` appears at least once (when count allows), the rest
 * drawn by weight, in random order: guarantees that all communes and disciplines are present.
 */
function coveringDraw(random: Random, every: readonly string[], weights: Readonly<Record<string, number>>, count: number): string[] {
  const values = count >= every.length ? [...every] : [];
  while (values.length < count) values.push(weightedKey(random, weights));
  return random.shuffle(values);
}

/** A number in [min, max], short values more likely than long ones. */
function skewedLow(random: Random, min: number, max: number): number {
  const u = random.next();
  return min + Math.floor((max - min + 1) * u * u);
}

// ---------------------------------------------------------------------------------------------
// Organisations

const STREETS = [
  'Rue du Marché', 'Rue de la Brasserie', 'Rue des Fleuristes', 'Quai du Canal', "Rue de l'Escaut", 'Rue des Teinturiers',
  'Rue Haute', 'Rue Blanche', 'Avenue des Alliés', 'Rue du Progrès', 'Place de la Victoire', 'Rue de Flandre',
  'Chaussée de Gand', 'Chaussée de Wavre', 'Chaussée de Ninove', 'Avenue des Saules', 'Rue du Moulin', 'Rue de la Senne',
  'Boulevard du Midi', 'Rue des Ateliers', 'Rue de la Station', 'Avenue de la Forêt', 'Rue des Tilleuls', 'Rue du Cerf',
  'Rue des Hirondelles', 'Place du Jeu de Balle', 'Rue du Viaduc', 'Rue de la Poste', 'Avenue des Cerisiers', 'Rue Vanderstraeten',
  'Rue de la Fontaine', 'Rue des Champs', 'Rue du Chemin de Fer', 'Rue des Pâquerettes', 'Quai des Charbonnages', 'Rue de la Colline',
  'Avenue du Parc', 'Rue du Lavoir', 'Rue de la Source', 'Rue des Éperons',
];

const COMMUNITY_LANGUAGES = ['ar', 'tr', 'es', 'pt', 'it', 'pl', 'ro', 'de'];

const SIZE_ACTIVITY: Record<OrganisationSize, number> = { small: 1, medium: 1.8, large: 3 };

/** What the project generator needs to know about a member, besides its public record. */
interface Member {
  record: SeedOrganisation;
  index: number;
  commune: Commune;
  mainDiscipline: string;
  disciplines: string[];
  mainLanguage: TextLanguage;
  audiences: Audience[];
  /** How many projects it tends to take on: big houses and a few very active small ones are hubs. */
  activity: number;
  /** What it offers and needs, as bits over RESOURCES. */
  offerBits: number;
  needBits: number;
}

function chooseDisciplines(random: Random, main: string): string[] {
  const extra = main === 'multidisciplinary' ? random.weighted([1, 2], [1, 1]) : random.weighted([0, 1, 2], [0.4, 0.45, 0.15]);
  const { ids, weights } = affineDisciplines(main);
  return [main, ...weightedSample(random, ids, weights, extra)];
}

function chooseMainLanguage(random: Random): TextLanguage {
  return random.weighted(['fr', 'nl', 'en'] as const, [0.5, 0.4, 0.1]);
}

function chooseLanguages(random: Random, main: TextLanguage, kind: OrganisationKind): string[] {
  const languages: string[] = [main];
  if (main === 'en') languages.push(...(random.chance(0.5) ? ['fr', 'nl'] : random.chance(0.5) ? ['fr'] : ['nl']));
  else if (random.chance(0.75)) languages.push(main === 'fr' ? 'nl' : 'fr');
  if (main !== 'en' && random.chance(0.4)) languages.push('en');
  const welcoming = kind === 'community-centre' || kind === 'library' || kind === 'school';
  if (random.chance(welcoming ? 0.45 : 0.08)) languages.push(...random.sample(COMMUNITY_LANGUAGES, random.int(1, 2)));
  return languages;
}

function chooseFounded(random: Random, kind: OrganisationKind): number {
  // Museums, libraries and theatres are often old houses; most members were founded after 1970.
  const oldHouse = kind === 'museum' || kind === 'library' || kind === 'theatre' || kind === 'school';
  if (random.chance(oldHouse ? 0.4 : 0.12)) return random.int(1890, 1969);
  return random.int(1970, 2022);
}

function chooseOffers(random: Random, kind: OrganisationKind, size: OrganisationSize): Resource[] {
  const chances = OFFER_CHANCE_BY_KIND[kind];
  const offers = RESOURCES.filter((r) => {
    let chance = chances[r] ?? 0.05;
    if (size === 'large' && (r === 'staff' || r === 'expertise')) chance += 0.3;
    if (size === 'medium' && r === 'staff') chance += 0.1;
    return random.chance(chance);
  });
  return offers.length > 0 ? offers : ['expertise'];
}

/** An organisation does not need what it offers; small ones need more. */
function chooseNeeds(random: Random, offers: readonly Resource[], size: OrganisationSize): Resource[] {
  const candidates = RESOURCES.filter((r) => !offers.includes(r));
  const count = size === 'large' ? random.weighted([1, 2], [0.7, 0.3]) : random.weighted([1, 2, 3], [0.35, 0.45, 0.2]);
  return weightedSample(random, candidates, candidates.map((r) => NEED_WEIGHTS[r]), count);
}

function jitter(random: Random, spread: number): number {
  // The sum of two uniforms peaks at the centre: organisations cluster around the commune's heart.
  return (random.next() + random.next() - 1) * spread;
}

function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

function phoneNumber(random: Random): string {
  const two = () => String(random.int(0, 99)).padStart(2, '0');
  return `+32 2 ${random.int(200, 799)} ${two()} ${two()}`;
}

/** A name no other member has, that no real organisation has either. */
function uniqueName(random: Random, kind: OrganisationKind, main: string, language: NameLanguage, commune: Commune, taken: Set<string>): string {
  let candidate = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    candidate = organisationName(random, kind, main, language);
    if (!taken.has(candidate.toLowerCase()) && !soundsLikeARealOrganisation(candidate)) return candidate;
  }
  // The word parts run short only in very large cities: say where it is, then number it.
  const place = language === 'nl' ? commune.name.nl : commune.name.fr;
  let qualified = `${candidate} (${place})`;
  for (let n = 2; taken.has(qualified.toLowerCase()) || soundsLikeARealOrganisation(qualified); n++) {
    qualified = `${candidate} (${place} ${n})`;
  }
  return qualified;
}

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

function generateOrganisations(random: Random, count: number, untilYear: number): Member[] {
  const communeById = new Map(COMMUNES.map((c) => [c.id, c]));
  const communes = coveringDraw(random, COMMUNES.map((c) => c.id), COMMUNE_WEIGHTS, count);
  const mainDisciplines = coveringDraw(random, DISCIPLINE_IDS, MAIN_DISCIPLINE_WEIGHTS, count);
  const takenNames = new Set<string>();
  const takenSlugs = new Set<string>();
  const members: Member[] = [];

  for (let index = 0; index < count; index++) {
    const commune = communeById.get(communes[index]!)!;
    const main = mainDisciplines[index]!;
    const kind = weightedKey(random, KIND_BY_MAIN_DISCIPLINE[main]!);
    const disciplines = chooseDisciplines(random, main);
    const mainLanguage = chooseMainLanguage(random);
    const nameLanguage: NameLanguage = random.chance(0.07) ? 'bilingual' : mainLanguage;
    const name = uniqueName(random, kind, main, nameLanguage, commune, takenNames);
    takenNames.add(name.toLowerCase());
    const slug = uniqueSlug(name, takenSlugs);
    takenSlugs.add(slug);

    const size = random.weighted(['small', 'medium', 'large'] as const, SIZE_WEIGHTS_BY_KIND[kind]);
    const founded = chooseFounded(random, kind);
    const languages = chooseLanguages(random, mainLanguage, kind);
    if (nameLanguage === 'bilingual') for (const l of ['nl', 'fr']) if (!languages.includes(l)) languages.push(l);
    const audiences = weightedSample(random, AUDIENCES, audienceWeights(kind), random.int(2, 4));
    const offers = chooseOffers(random, kind, size);
    const needs = chooseNeeds(random, offers, size);
    const story = { name, founded, disciplines, audiences, commune, languages, offers, needs, horizon: untilYear + random.int(1, 3) };
    // Missions are always in both official languages; English when it is a working language.
    const textLanguages: TextLanguage[] = mainLanguage === 'en' || random.chance(0.2) ? ['nl', 'fr', 'en'] : ['nl', 'fr'];
    const postcode = random.pick(POSTCODES[commune.id]!);

    const record: SeedOrganisation = {
      id: random.uuid(),
      slug,
      name,
      kind,
      disciplines,
      mission: organisationMission(random, story, textLanguages),
      goals: organisationGoals(random, story, textLanguages),
      mainLanguage,
      website: `https://${slug}.example.org`,
      email: `info@${slug}.example.org`,
      phone: phoneNumber(random),
      address: `${random.pick(STREETS)} ${random.int(1, 220)}, ${postcode} ${commune.name.fr}`,
      commune: commune.id,
      lat: round5(commune.lat + jitter(random, 0.009)),
      lon: round5(commune.lon + jitter(random, 0.013)),
      languages,
      audiences,
      size,
      founded,
      offers,
      needs,
      public: random.chance(0.95),
    };
    const u = random.next();
    members.push({
      record,
      index,
      commune,
      mainDiscipline: main,
      disciplines,
      mainLanguage,
      audiences,
      activity: SIZE_ACTIVITY[size] * (0.4 + 2.4 * u * u * u),
      offerBits: resourceBits(offers),
      needBits: resourceBits(needs),
    });
  }
  return members;
}

// ---------------------------------------------------------------------------------------------
// Joint projects: who works with whom follows the patterns the council sees in its network.

/** The collaboration network as it grows, project after project, in date order. */
class CollaborationNetwork {
  /** Co-partners of each member, once per shared project, so repeated partners weigh more. */
  readonly partners: number[][];
  /** Every participation once: a uniform draw from it favours members with many projects. */
  readonly participations: number[] = [];
  private readonly ties = new Set<number>();

  constructor(private readonly size: number) {
    this.partners = Array.from({ length: size }, () => []);
  }

  hasTie(a: number, b: number): boolean {
    return this.ties.has(a < b ? a * this.size + b : b * this.size + a);
  }

  /** Records a project; returns whether any two of its partners had worked together before. */
  addProject(team: readonly number[]): boolean {
    let repeated = false;
    for (let i = 0; i < team.length; i++) {
      const a = team[i]!;
      this.participations.push(a);
      for (let j = i + 1; j < team.length; j++) {
        const b = team[j]!;
        const key = a < b ? a * this.size + b : b * this.size + a;
        if (this.ties.has(key)) repeated = true;
        else this.ties.add(key);
        this.partners[a]!.push(b);
        this.partners[b]!.push(a);
      }
    }
    return repeated;
  }
}

/** Where the partner generator looks for candidates. */
class PartnerFinder {
  private readonly byCommune = new Map<string, number[]>();
  private readonly byDiscipline = new Map<string, number[]>();
  private readonly nearby = nearbyCommunes(3);
  private readonly nearbySets = new Map(Object.entries(this.nearby).map(([id, ids]) => [id, new Set(ids)]));
  private readonly drawByActivity: (random: Random) => number;
  /** Active members who have not been in any project yet, in random order. */
  private readonly newcomers: number[];
  private readonly joined: Uint8Array;

  constructor(
    private readonly random: Random,
    private readonly members: readonly Member[],
    private readonly active: readonly number[],
    private readonly network: CollaborationNetwork,
  ) {
    for (const i of active) {
      const member = members[i]!;
      const inCommune = this.byCommune.get(member.commune.id) ?? [];
      inCommune.push(i);
      this.byCommune.set(member.commune.id, inCommune);
      for (const d of member.disciplines) {
        const inDiscipline = this.byDiscipline.get(d) ?? [];
        inDiscipline.push(i);
        this.byDiscipline.set(d, inDiscipline);
      }
    }
    const sampler = createWeightedSampler(active.map((i) => members[i]!.activity));
    this.drawByActivity = (r) => active[sampler(r)]!;
    this.newcomers = random.shuffle([...active]);
    this.joined = new Uint8Array(members.length);
  }

  markJoined(team: readonly number[]): void {
    for (const i of team) this.joined[i] = 1;
  }

  /** Mostly the active and the popular; sometimes a member's first project, so nearly all join one. */
  lead(): number {
    if (this.random.chance(NEWCOMER_LEAD_SHARE)) {
      while (this.newcomers.length > 0) {
        const candidate = this.newcomers.pop()!;
        if (!this.joined[candidate]) return candidate;
      }
    }
    return this.popular();
  }

  /** Preferential attachment: members with many projects attract more. */
  private popular(): number {
    const { participations } = this.network;
    if (participations.length > 0 && this.random.chance(0.5)) return this.random.pick(participations);
    return this.drawByActivity(this.random);
  }

  /** The next partner of a team whose first member is the lead, or -1 when none can be found. */
  partner(team: readonly number[]): number {
    for (let attempt = 0; attempt < 8; attempt++) {
      const roll = this.random.next();
      const candidate =
        roll < FRIEND_OF_FRIEND_SHARE
          ? this.friendOfFriend(team)
          : roll < FRIEND_OF_FRIEND_SHARE + PAST_PARTNER_SHARE
            ? this.pastPartner(team)
            : this.bestFresh(team);
      if (candidate >= 0 && !team.includes(candidate)) return candidate;
    }
    // Rare (tiny cities): walk the active members from a random place.
    const start = this.random.int(0, this.active.length - 1);
    for (let k = 0; k < this.active.length; k++) {
      const candidate = this.active[(start + k) % this.active.length]!;
      if (!team.includes(candidate)) return candidate;
    }
    return -1;
  }

  private anchor(team: readonly number[]): number {
    return this.random.chance(0.6) ? team[0]! : this.random.pick(team);
  }

  /**
   * Triadic closure: a partner of a past partner of someone in the team, whom that someone has
   * not worked with yet, so that the introduction makes a new tie that closes a triangle.
   */
  private friendOfFriend(team: readonly number[]): number {
    const anchor = this.anchor(team);
    const direct = this.network.partners[anchor]!;
    if (direct.length === 0) return -1;
    for (let attempt = 0; attempt < 4; attempt++) {
      const second = this.network.partners[this.random.pick(direct)]!;
      const candidate = this.random.pick(second);
      if (!team.includes(candidate) && !this.network.hasTie(anchor, candidate)) return candidate;
    }
    return -1;
  }

  /** Lasting ties: working again with someone the team already knows. */
  private pastPartner(team: readonly number[]): number {
    const direct = this.network.partners[this.anchor(team)]!;
    return direct.length === 0 ? -1 : this.random.pick(direct);
  }

  /** A few candidates from the neighbourhood, related disciplines and the popular, weighed by fit with the lead. */
  private bestFresh(team: readonly number[]): number {
    const lead = this.members[team[0]!]!;
    const candidates: number[] = [];
    const add = (i: number | undefined) => {
      if (i !== undefined && i >= 0 && !team.includes(i) && !candidates.includes(i)) candidates.push(i);
    };
    for (let k = 0; k < 2; k++) {
      const communeId = this.random.chance(0.6) ? lead.commune.id : this.random.pick(this.nearby[lead.commune.id]!);
      const local = this.byCommune.get(communeId);
      if (local) add(this.random.pick(local));
    }
    const { ids, weights } = affineDisciplines(lead.mainDiscipline);
    for (let k = 0; k < 2; k++) {
      const discipline = this.random.chance(0.35) ? lead.mainDiscipline : this.random.weighted(ids, weights);
      const related = this.byDiscipline.get(discipline);
      if (related) add(this.random.pick(related));
    }
    add(this.popular());
    add(this.popular());
    add(this.drawByActivity(this.random));
    if (candidates.length === 0) return -1;
    const scores = candidates.map((i) => this.fit(lead, this.members[i]!));
    return this.random.weighted(candidates, scores);
  }

  private fit(lead: Member, candidate: Member): number {
    let affinity = disciplineAffinity(lead.mainDiscipline, candidate.mainDiscipline);
    for (const d of candidate.disciplines) affinity = Math.max(affinity, 0.7 * disciplineAffinity(lead.mainDiscipline, d));
    const proximity =
      candidate.commune.id === lead.commune.id ? 3 : this.nearbySets.get(lead.commune.id)!.has(candidate.commune.id) ? 1.6 : 1;
    return affinity * affinity * proximity * (0.5 + candidate.activity) * (1 + RESOURCE_PULL * resourceMatches(lead, candidate));
  }
}

function resourceBits(resources: readonly Resource[]): number {
  let bits = 0;
  for (const r of resources) bits |= 1 << RESOURCES.indexOf(r);
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Needs of one met by offers of the other, both ways. */
function resourceMatches(a: Member, b: Member): number {
  return bitCount(a.needBits & b.offerBits) + bitCount(b.needBits & a.offerBits);
}

interface ProjectSlot {
  start: number | null;
  order: number;
}

/** Start days: busier in recent years (the council works), a tenth still ahead, some ideas undated. */
function planProjectStarts(random: Random, count: number, firstDay: number, today: number): ProjectSlot[] {
  const slots: ProjectSlot[] = [];
  for (let order = 0; order < count; order++) {
    let start: number | null;
    if (random.chance(FUTURE_SHARE)) {
      start = random.chance(0.25) ? null : today + random.int(1, FUTURE_DAYS);
    } else {
      const u = random.chance(0.5) ? Math.max(random.next(), random.next()) : random.next();
      start = firstDay + Math.floor(u * (today - firstDay + 1));
    }
    slots.push({ start, order });
  }
  // Undated ideas come last: they are the newest thoughts.
  return slots.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.order - b.order);
}

function teamSize(random: Random, available: number): number {
  return Math.min(available, random.weighted([2, 3, 4, 5, 6], [0.35, 0.3, 0.18, 0.1, 0.07]));
}

/** The partners' main disciplines, lead first, now and then with the lead's second or a "multidisciplinary" label. */
function projectDisciplines(random: Random, team: readonly Member[]): string[] {
  const disciplines: string[] = [];
  for (const member of team) if (!disciplines.includes(member.mainDiscipline)) disciplines.push(member.mainDiscipline);
  const second = team[0]!.disciplines[1];
  if (second && !disciplines.includes(second) && random.chance(0.2)) disciplines.push(second);
  if (disciplines.length >= 3 && !disciplines.includes('multidisciplinary') && random.chance(0.3)) disciplines.push('multidisciplinary');
  return disciplines;
}

function projectKind(random: Random, lead: Member, partners: number): ProjectKind {
  if (partners >= 5 && random.chance(0.3)) return 'festival';
  return weightedKey(random, PROJECT_KIND_BY_DISCIPLINE[lead.mainDiscipline]!);
}

type ProjectStatus = ProjectInput['status'];

/** Status follows the dates as seen on `today`: done before, running across, planned or dreamt after. */
function projectStatus(random: Random, start: number | null, end: number | null, today: number): ProjectStatus {
  if (start === null || end === null) return 'idea';
  if (start > today) {
    if (random.chance(0.03)) return 'cancelled';
    return random.chance(0.65) ? 'planned' : 'idea';
  }
  if (end < today) return random.chance(0.04) ? 'cancelled' : 'completed';
  return 'running';
}

function projectBudget(random: Random, kind: ProjectKind, partners: number, status: ProjectStatus): number | null {
  if (random.chance(status === 'idea' ? 0.5 : 0.18)) return null;
  const [min, max] = BUDGET_RANGE_BY_KIND[kind];
  const u = random.next();
  const amount = (min + (max - min) * u * u) * (1 + 0.15 * (partners - 2));
  return Math.round(amount / 100) * 100;
}

function titleLanguage(random: Random, lead: Member): TextLanguage | 'bilingual' {
  if (random.chance(0.1)) return 'bilingual';
  if (random.chance(0.65)) return lead.mainLanguage;
  return random.weighted(['nl', 'fr', 'en'] as const, [0.4, 0.4, 0.2]);
}

function generateProjects(random: Random, members: readonly Member[], years: number, today: number): SeedProject[] {
  const isolated = new Set(random.sample(members.map((m) => m.index), Math.round(members.length * ISOLATED_SHARE)));
  const active = members.map((m) => m.index).filter((i) => !isolated.has(i));
  if (active.length < 2) return [];

  const count = Math.round(members.length * years * PROJECTS_PER_ORGANISATION_YEAR);
  const firstDay = today - Math.round(years * 365.25);
  const network = new CollaborationNetwork(members.length);
  const finder = new PartnerFinder(random, members, active, network);
  const projects: SeedProject[] = [];

  for (const slot of planProjectStarts(random, count, firstDay, today)) {
    const team = [finder.lead()];
    const wanted = teamSize(random, active.length);
    while (team.length < wanted) {
      const next = finder.partner(team);
      if (next < 0) break;
      team.push(next);
    }
    finder.markJoined(team);
    const buildsOnEarlierWork = network.addProject(team);

    const teamMembers = team.map((i) => members[i]!);
    const lead = teamMembers[0]!;
    const kind = projectKind(random, lead, team.length);
    const [shortest, longest] = DURATION_DAYS_BY_KIND[kind];
    const end = slot.start === null ? null : slot.start + Math.min(skewedLow(random, shortest, longest), LONGEST_PROJECT_DAYS) - 1;
    const status = projectStatus(random, slot.start, end, today);
    const disciplines = projectDisciplines(random, teamMembers);
    const language = titleLanguage(random, lead);
    const description = projectDescription(
      random,
      {
        kind,
        leadName: lead.record.name,
        partnerNames: teamMembers.slice(1).map((m) => m.record.name),
        disciplines,
        audience: lead.audiences[0] ?? 'general-public',
        commune: lead.commune,
        buildsOnEarlierWork,
      },
      language === 'bilingual' ? lead.mainLanguage : language,
    );

    projects.push({
      id: random.uuid(),
      title: projectTitle(random, kind, language),
      description,
      kind,
      status,
      startDate: slot.start === null ? null : isoDay(slot.start),
      endDate: end === null ? null : isoDay(end),
      budget: projectBudget(random, kind, team.length, status),
      disciplines,
      partners: team.map((i, k) => ({ organisationId: members[i]!.record.id, role: k === 0 ? 'lead' : 'partner' })),
    });
  }
  return projects;
}

function checkedOptions(options: CityOptions): Required<CityOptions> {
  const { seed, organisations, years, until } = { ...DEFAULTS, ...options };
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!Number.isInteger(organisations) || organisations < 0) {
    throw new RangeError(`organisations must be a whole number of at least 0, got ${organisations}`);
  }
  if (!Number.isFinite(years) || years <= 0) throw new RangeError(`years must be a positive number, got ${years}`);
  return { seed, organisations, years, until };
}

/**
 * Generates a fictional Brussels culture council: member organisations and their joint projects.
 * The same options always give the same city, ids included.
 */
export function generateCity(options: CityOptions = {}): City {
  const { seed, organisations, years, until } = checkedOptions(options);
  const today = parseIsoDay(until, 'until');
  const random = createRandom(seed);
  const members = generateOrganisations(random, organisations, yearOf(today));
  const projects = generateProjects(random, members, years, today);
  return { organisations: members.map((m) => m.record), projects };
}
