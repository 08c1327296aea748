// The demo-city generator: deterministic, valid against the API's input schemas, and shaped like
// a real collaboration network (isolated members, hubs, neighbours, triadic closure).
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { disciplineAffinity, KIND_BY_MAIN_DISCIPLINE } from '../../seed/city-profile.ts';
import { generateCity, type City, type SeedProject } from '../../seed/generate.ts';
import { slugify, soundsLikeARealOrganisation } from '../../seed/names.ts';
import { createRandom } from '../../server/analytics/random.ts';
import { COMMUNES, DISCIPLINE_IDS } from '../../server/domain/taxonomy.ts';
import { OrganisationInputSchema } from '../../server/schemas/organisation.ts';
import { ProjectInputSchema } from '../../server/schemas/project.ts';

// TypeCompiler knows no string formats; give it the ones the schemas use (Fastify's ajv has them).
const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  uri: (v) => URL.canParse(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  'date-time': (v) => !Number.isNaN(Date.parse(v)),
};
for (const [format, check] of Object.entries(FORMATS)) if (!FormatRegistry.Has(format)) FormatRegistry.Set(format, check);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const city = generateCity();
const UNTIL = day('2026-06-30');

function schemaErrors(schema: TSchema, values: readonly unknown[]): string[] {
  const check = TypeCompiler.Compile(schema);
  return values.flatMap((value, row) => [...check.Errors(value)].map((e) => `#${row} ${e.path}: ${e.message}`)).slice(0, 10);
}

function withoutId<T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> {
  return rest;
}

/** Organisation index → indexes of the organisations it shared a project with. */
function collaborationGraph(c: City, projects: readonly SeedProject[] = c.projects): Set<number>[] {
  const index = new Map(c.organisations.map((o, i) => [o.id, i]));
  const graph = c.organisations.map(() => new Set<number>());
  for (const p of projects) {
    const team = p.partners.map((x) => index.get(x.organisationId)!);
    for (const a of team) for (const b of team) if (a !== b) graph[a]!.add(b);
  }
  return graph;
}

function edgeCount(graph: readonly Set<number>[]): number {
  return graph.reduce((sum, n) => sum + n.size, 0) / 2;
}

/** Global clustering (transitivity): closed triplets over all connected triplets. */
function transitivity(graph: readonly Set<number>[]): number {
  let closed = 0;
  let triplets = 0;
  for (const neighbours of graph) {
    const list = [...neighbours];
    triplets += (list.length * (list.length - 1)) / 2;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (graph[list[i]!]!.has(list[j]!)) closed++;
  }
  return triplets === 0 ? 0 : closed / triplets;
}

/** An Erdős–Rényi G(n, m) graph: same size and density, ties placed at random. */
function randomGraph(n: number, m: number, seed: number): Set<number>[] {
  const random = createRandom(seed);
  const graph = Array.from({ length: n }, () => new Set<number>());
  let placed = 0;
  while (placed < m) {
    const a = random.int(0, n - 1);
    const b = random.int(0, n - 1);
    if (a === b || graph[a]!.has(b)) continue;
    graph[a]!.add(b);
    graph[b]!.add(a);
    placed++;
  }
  return graph;
}

function hasCommonPartner(graph: readonly Set<number>[], a: number, b: number): boolean {
  for (const x of graph[a]!) if (graph[b]!.has(x)) return true;
  return false;
}

describe('createRandom', () => {
  it('replays the same numbers for the same seed and others for another seed', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws integers within bounds and UUIDs of version 4 shape', () => {
    const r = createRandom(1);
    const ints = Array.from({ length: 2000 }, () => r.int(3, 7));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6, 7]));
    for (let i = 0; i < 200; i++) expect(r.uuid()).toMatch(UUID_V4);
  });
});

describe('generateCity', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a byte-identical city for the same options, and another for another seed', () => {
    const again = generateCity({ seed: 2024, organisations: 150, years: 3, until: '2026-06-30' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(city));
    const other = generateCity({ seed: 2025 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(city));
    expect(other.organisations[0]!.id).not.toBe(city.organisations[0]!.id);
  });

  it('never reads the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-01-01T00:00:00Z'));
    expect(JSON.stringify(generateCity())).toBe(JSON.stringify(city));
  });

  it('has 150 organisations and 1.5 projects per organisation by default, scaling linearly', () => {
    expect(city.organisations).toHaveLength(150);
    expect(city.projects).toHaveLength(225);
    expect(generateCity({ organisations: 300 }).projects).toHaveLength(450);
    expect(generateCity({ years: 1 }).projects).toHaveLength(75);
  });

  it('places members in all 19 communes, most of them in the busy central ones', () => {
    const perCommune = new Map<string, number>();
    for (const o of city.organisations) perCommune.set(o.commune, (perCommune.get(o.commune) ?? 0) + 1);
    expect([...perCommune.keys()].sort()).toEqual(COMMUNES.map((c) => c.id).sort());
    const busy = ['bruxelles', 'ixelles', 'saint-gilles', 'schaerbeek', 'molenbeek-saint-jean'];
    const inBusy = busy.reduce((sum, c) => sum + (perCommune.get(c) ?? 0), 0);
    expect(inBusy / city.organisations.length).toBeGreaterThan(0.4);
    expect(perCommune.get('bruxelles')!).toBeGreaterThan(perCommune.get('ganshoren')!);
  });

  it('has every discipline as some member’s main discipline, and 1 to 3 disciplines per member', () => {
    expect(new Set(city.organisations.map((o) => o.disciplines[0]))).toEqual(new Set(DISCIPLINE_IDS));
    for (const o of city.organisations) {
      expect(o.disciplines.length).toBeGreaterThanOrEqual(1);
      expect(o.disciplines.length).toBeLessThanOrEqual(3);
    }
  });

  it('gives unique UUIDs, slugs and names', () => {
    const ids = [...city.organisations.map((o) => o.id), ...city.projects.map((p) => p.id)];
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(city.organisations.map((o) => o.slug)).size).toBe(150);
    expect(new Set(city.organisations.map((o) => o.name.toLowerCase())).size).toBe(150);
  });

  it('writes organisations and projects that the API input schemas accept', () => {
    expect(schemaErrors(OrganisationInputSchema, city.organisations.map(withoutId))).toEqual([]);
    expect(schemaErrors(ProjectInputSchema, city.projects.map(withoutId))).toEqual([]);
    const other = generateCity({ seed: 7, organisations: 600, years: 2, until: '2021-01-15' });
    expect(schemaErrors(OrganisationInputSchema, other.organisations.map(withoutId))).toEqual([]);
    expect(schemaErrors(ProjectInputSchema, other.projects.map(withoutId))).toEqual([]);
  });

  it('fills the profile of every member plausibly', () => {
    const communes = new Map(COMMUNES.map((c) => [c.id, c]));
    for (const o of city.organisations) {
      const commune = communes.get(o.commune)!;
      expect(o.slug.startsWith(slugify(o.name))).toBe(true);
      expect(o.website).toBe(`https://${o.slug}.example.org`);
      expect(o.email).toBe(`info@${o.slug}.example.org`);
      expect(o.phone).toMatch(/^\+32 2 \d{3} \d{2} \d{2}$/);
      expect(o.address).toMatch(new RegExp(`^.+ \\d+, 1\\d{3} ${commune.name.fr}$`));
      // Within about 2 km of the commune's centre.
      expect(Math.abs(o.lat! - commune.lat)).toBeLessThan(0.018);
      expect(Math.abs(o.lon! - commune.lon)).toBeLessThan(0.026);
      expect(o.mission?.nl).toContain(o.name);
      expect(o.mission?.fr).toContain(o.name);
      expect(o.goals?.nl?.length).toBeGreaterThan(10);
      expect(o.goals?.fr?.length).toBeGreaterThan(10);
      expect(['nl', 'fr', 'en']).toContain(o.mainLanguage);
      expect(o.languages![0]).toBe(o.mainLanguage);
      expect(o.audiences!.length).toBeGreaterThanOrEqual(2);
      for (const a of o.audiences!) expect(a).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(o.founded).toBeGreaterThanOrEqual(1890);
      expect(o.founded).toBeLessThanOrEqual(2022);
      expect(o.offers!.length).toBeGreaterThan(0);
      expect(o.needs!.length).toBeGreaterThan(0);
      for (const need of o.needs!) expect(o.offers).not.toContain(need);
    }
    const after1970 = city.organisations.filter((o) => o.founded! >= 1970).length / 150;
    expect(after1970).toBeGreaterThan(0.6);
    const isPublic = city.organisations.filter((o) => o.public).length / 150;
    expect(isPublic).toBeGreaterThan(0.85);
    expect(isPublic).toBeLessThan(1);
    const mainLanguages = new Set(city.organisations.map((o) => o.mainLanguage));
    expect(mainLanguages).toEqual(new Set(['nl', 'fr', 'en']));
  });

  it('gives names that say the kind, and kinds that fit the main discipline', () => {
    const kindWords: Record<string, RegExp> = {
      theatre: /Théâtre|Theater|Theatre|Playhouse|Schouwburg|Scène/,
      museum: /Musée|Museum/,
      library: /Bibliothèque|Bibliotheek|Médiathèque|Leeshuis|Library|Reading Room/,
      cinema: /Cinéma|Cinema|Ciné-club|Filmhuis|Picture House/,
      festival: /Festival|Rencontres/,
      collective: /Collectif|Collectief|Collective/,
      gallery: /Galerie|Gallery|Kunstruimte|Projectruimte|Project Space|Espace d’art/,
    };
    const big = generateCity({ seed: 3, organisations: 2000 });
    for (const o of big.organisations) {
      expect(Object.keys(KIND_BY_MAIN_DISCIPLINE[o.disciplines[0]!]!)).toContain(o.kind);
      const words = kindWords[o.kind];
      if (words) expect(o.name).toMatch(words);
      if (o.kind === 'museum') expect(['heritage', 'visual-arts', 'design']).toContain(o.disciplines[0]);
      if (o.kind === 'cinema') expect(o.disciplines[0]).toBe('film');
    }
  });

  it('never gives a member the name of a real organisation', () => {
    expect(soundsLikeARealOrganisation('Théâtre de la Balsamine')).toBe(true);
    expect(soundsLikeARealOrganisation('Kunstencentrum De Wolkenfabriek')).toBe(false);
    const big = generateCity({ seed: 11, organisations: 5000 });
    expect(big.organisations.filter((o) => soundsLikeARealOrganisation(o.name)).map((o) => o.name)).toEqual([]);
  });

  it('gives every project distinct existing partners, the lead first and only once', () => {
    const ids = new Set(city.organisations.map((o) => o.id));
    for (const p of city.projects) {
      const partners = p.partners.map((x) => x.organisationId);
      expect(partners.length).toBeGreaterThanOrEqual(2);
      expect(partners.length).toBeLessThanOrEqual(6);
      expect(new Set(partners).size).toBe(partners.length);
      for (const id of partners) expect(ids.has(id)).toBe(true);
      expect(p.partners.filter((x) => x.role === 'lead')).toHaveLength(1);
      expect(p.partners[0]!.role).toBe('lead');
    }
  });

  it('dates projects around `until` and gives each the status its dates call for', () => {
    const check = (c: City, until: number, years: number) => {
      for (const p of c.projects) {
        if (p.startDate === null || p.endDate === null) {
          expect([p.startDate, p.endDate, p.status]).toEqual([null, null, 'idea']);
          continue;
        }
        const start = day(p.startDate!);
        const end = day(p.endDate!);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end - start + 1).toBeLessThanOrEqual(548);
        expect(start).toBeGreaterThanOrEqual(until - Math.round(years * 365.25));
        expect(start).toBeLessThanOrEqual(until + 270);
        if (p.status === 'completed') expect(end).toBeLessThanOrEqual(until);
        if (p.status === 'running') expect([start <= until, end >= until]).toEqual([true, true]);
        if (p.status === 'planned' || p.status === 'idea') expect(start).toBeGreaterThan(until);
      }
    };
    check(city, UNTIL, 3);
    check(generateCity({ seed: 5, years: 2, until: '2020-12-31' }), day('2020-12-31'), 2);

    const big = generateCity({ seed: 9, organisations: 1000 });
    const count = (status: string) => big.projects.filter((p) => p.status === status).length / big.projects.length;
    expect(count('completed')).toBeGreaterThan(0.6);
    for (const status of ['running', 'planned', 'idea']) expect(count(status)).toBeGreaterThan(0.01);
    expect(count('cancelled')).toBeGreaterThan(0);
    expect(count('cancelled')).toBeLessThan(0.1);
    expect(big.projects.some((p) => p.status === 'idea' && p.startDate === null)).toBe(true);
    expect(big.projects.some((p) => p.budget === null)).toBe(true);
  });

  it('gives projects the disciplines of their partners, the lead’s main one first', () => {
    const byId = new Map(city.organisations.map((o) => [o.id, o]));
    for (const p of city.projects) {
      const team = p.partners.map((x) => byId.get(x.organisationId)!);
      expect(p.disciplines[0]).toBe(team[0]!.disciplines[0]);
      const practised = new Set(team.flatMap((o) => o.disciplines));
      for (const d of p.disciplines) if (d !== 'multidisciplinary') expect(practised.has(d)).toBe(true);
      for (const o of team) expect(p.disciplines).toContain(o.disciplines[0]);
    }
  });

  it('leaves about 8% of members without any project', () => {
    const graph = collaborationGraph(city);
    const isolated = graph.filter((n) => n.size === 0).length / graph.length;
    expect(isolated).toBeGreaterThanOrEqual(0.04);
    expect(isolated).toBeLessThanOrEqual(0.15);
  });

  it('clusters far more than a random network of the same density (triadic closure)', () => {
    const graph = collaborationGraph(city);
    const n = graph.length;
    const m = edgeCount(graph);
    const random = randomGraph(n, m, 1);
    const clustering = transitivity(graph);
    const randomClustering = transitivity(random);
    const density = (2 * m) / (n * (n - 1));
    expect(clustering).toBeGreaterThan(2.5 * randomClustering);
    expect(clustering).toBeGreaterThan(2.5 * density);
  });

  it('makes new ties mostly between partners of partners', () => {
    // Over the later half of the projects, the share of new ties whose two ends already had a
    // common partner, against the share of all unconnected pairs that had one at mid-time.
    const big = generateCity({ seed: 4, organisations: 400 });
    const dated = big.projects.filter((p) => p.startDate !== null);
    const middle = Math.floor(dated.length / 2);
    const graph = collaborationGraph(big, dated.slice(0, middle));
    const active = graph.map((n, i) => (n.size > 0 ? i : -1)).filter((i) => i >= 0);
    let pairs = 0;
    let pairsWithCommonPartner = 0;
    for (const a of active) {
      for (const b of active) {
        if (a >= b || graph[a]!.has(b)) continue;
        pairs++;
        if (hasCommonPartner(graph, a, b)) pairsWithCommonPartner++;
      }
    }
    const index = new Map(big.organisations.map((o, i) => [o.id, i]));
    let newTies = 0;
    let closing = 0;
    for (const p of dated.slice(middle)) {
      const team = p.partners.map((x) => index.get(x.organisationId)!);
      for (const a of team) {
        for (const b of team) {
          if (a >= b || graph[a]!.has(b)) continue;
          newTies++;
          if (hasCommonPartner(graph, a, b)) closing++;
        }
      }
      for (const a of team) for (const b of team) if (a !== b) graph[a]!.add(b);
    }
    expect(closing / newTies).toBeGreaterThan(1.5 * (pairsWithCommonPartner / pairs));
  });

  it('has hubs: the busiest members are in many times more projects than the typical one', () => {
    const graph = collaborationGraph(city);
    const projects = new Map<string, number>();
    for (const p of city.projects) for (const x of p.partners) projects.set(x.organisationId, (projects.get(x.organisationId) ?? 0) + 1);
    const counts = city.organisations.map((o) => projects.get(o.id) ?? 0).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[counts.length - 1]!).toBeGreaterThanOrEqual(4 * Math.max(1, median));
    expect(Math.max(...graph.map((n) => n.size))).toBeGreaterThan(20);
  });

  it('ties neighbours and related disciplines more often than chance', () => {
    const big = generateCity({ seed: 8, organisations: 1000 });
    const graph = collaborationGraph(big);
    const orgs = big.organisations;
    let ties = 0;
    let sameCommune = 0;
    let related = 0;
    graph.forEach((neighbours, a) => {
      for (const b of neighbours) {
        if (a >= b) continue;
        ties++;
        if (orgs[a]!.commune === orgs[b]!.commune) sameCommune++;
        if (disciplineAffinity(orgs[a]!.disciplines[0]!, orgs[b]!.disciplines[0]!) >= 0.6) related++;
      }
    });
    let pairs = 0;
    let chanceSameCommune = 0;
    let chanceRelated = 0;
    for (let a = 0; a < orgs.length; a += 3) {
      for (let b = a + 1; b < orgs.length; b += 3) {
        pairs++;
        if (orgs[a]!.commune === orgs[b]!.commune) chanceSameCommune++;
        if (disciplineAffinity(orgs[a]!.disciplines[0]!, orgs[b]!.disciplines[0]!) >= 0.6) chanceRelated++;
      }
    }
    expect(sameCommune / ties).toBeGreaterThan(1.5 * (chanceSameCommune / pairs));
    expect(related / ties).toBeGreaterThan(chanceRelated / pairs + 0.1);
  });

  it('ties members whose needs and offers match more often than chance', () => {
    const big = generateCity({ seed: 8, organisations: 1000 });
    const orgs = big.organisations;
    const matches = (a: number, b: number) =>
      (orgs[a]!.needs ?? []).filter((r) => orgs[b]!.offers?.includes(r)).length + (orgs[b]!.needs ?? []).filter((r) => orgs[a]!.offers?.includes(r)).length;
    let ties = 0;
    let matched = 0;
    collaborationGraph(big).forEach((neighbours, a) => {
      for (const b of neighbours) {
        if (a >= b) continue;
        ties++;
        matched += matches(a, b);
      }
    });
    let pairs = 0;
    let chance = 0;
    for (let a = 0; a < orgs.length; a += 3) {
      for (let b = a + 1; b < orgs.length; b += 3) {
        pairs++;
        chance += matches(a, b);
      }
    }
    expect(matched / ties).toBeGreaterThan(1.1 * (chance / pairs));
  });

  it('rejects options it cannot honour, with a message that names them', () => {
    expect(() => generateCity({ until: '2026-02-30' })).toThrow(/until/);
    expect(() => generateCity({ until: '30/06/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateCity({ organisations: -1 })).toThrow(/organisations/);
    expect(() => generateCity({ organisations: 2.5 })).toThrow(/organisations/);
    expect(() => generateCity({ years: 0 })).toThrow(/years/);
  });

  it('copes with tiny cities', () => {
    expect(generateCity({ organisations: 0 })).toEqual({ organisations: [], projects: [] });
    expect(generateCity({ organisations: 1 }).projects).toEqual([]);
    const five = generateCity({ organisations: 5 });
    expect(five.organisations).toHaveLength(5);
    expect(schemaErrors(ProjectInputSchema, five.projects.map(withoutId))).toEqual([]);
    for (const p of five.projects) expect(new Set(p.partners.map((x) => x.organisationId)).size).toBe(p.partners.length);
  });

  it('generates a city of 20 000 members in a few seconds, with unique slugs and names', { timeout: 60_000 }, () => {
    const started = performance.now();
    const large = generateCity({ organisations: 20_000 });
    const seconds = (performance.now() - started) / 1000;
    console.info(`generateCity({ organisations: 20000 }): ${large.organisations.length} organisations, ${large.projects.length} projects in ${seconds.toFixed(2)} s`);
    expect(large.organisations).toHaveLength(20_000);
    expect(large.projects).toHaveLength(30_000);
    expect(new Set(large.organisations.map((o) => o.slug)).size).toBe(20_000);
    expect(new Set(large.organisations.map((o) => o.name.toLowerCase())).size).toBe(20_000);
    expect(new Set(large.organisations.map((o) => o.id)).size).toBe(20_000);
  });
});
