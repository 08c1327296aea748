// How an organisation is stored as flat node properties, and back; slugs and search keys.
import { LOCALES, type LocalisedText } from './taxonomy.ts';
import type { Organisation, OrganisationInput } from '../schemas/organisation.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Lower case without accents, so "Théâtre" is found by "theatre" and sorts beside it. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Multilingual text as flat node properties: prefixNl, prefixFr, … (null where missing). */
export function localisedProps(prefix: string, text: LocalisedText | undefined): Record<string, string | null> {
  const props: Record<string, string | null> = {};
  for (const l of LOCALES) {
    const value = text?.[l]?.trim();
    props[prefix + cap(l)] = value ? value : null;
  }
  return props;
}

export function localisedFrom(prefix: string, props: Record<string, unknown>): LocalisedText {
  const text: LocalisedText = {};
  for (const l of LOCALES) {
    const value = props[prefix + cap(l)];
    if (typeof value === 'string' && value) text[l] = value;
  }
  return text;
}

/** The canonical form of what a person wrote: defaults applied, so two inputs compare by JSON. */
export function canonicalInput(input: OrganisationInput): Required<OrganisationInput> {
  const clean = (t: LocalisedText | undefined) => {
    const out: LocalisedText = {};
    for (const l of LOCALES) if (t?.[l]?.trim()) out[l] = t[l]!.trim();
    return out;
  };
  return {
    slug: input.slug ?? slugify(input.name),
    name: input.name.trim(),
    kind: input.kind,
    mission: clean(input.mission),
    goals: clean(input.goals),
    mainLanguage: input.mainLanguage ?? 'nl',
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    commune: input.commune,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    languages: input.languages ?? [],
    audiences: input.audiences ?? [],
    size: input.size ?? null,
    founded: input.founded ?? null,
    offers: input.offers ?? [],
    needs: input.needs ?? [],
    public: input.public ?? true,
    disciplines: input.disciplines,
  };
}

/** Node properties written for an organisation (id, timestamps and version are set by Cypher). */
export function organisationProps(input: OrganisationInput): Record<string, unknown> {
  const c = canonicalInput(input);
  const searchText = foldText(
    [c.name, c.slug, ...Object.values(c.mission), ...Object.values(c.goals)].join(' \u0001 '),
  );
  return {
    slug: c.slug,
    name: c.name,
    nameKey: foldText(c.name),
    kind: c.kind,
    ...localisedProps('mission', c.mission),
    ...localisedProps('goals', c.goals),
    mainLanguage: c.mainLanguage,
    website: c.website,
    email: c.email,
    phone: c.phone,
    address: c.address,
    commune: c.commune,
    lat: c.lat,
    lon: c.lon,
    languages: c.languages,
    audiences: c.audiences,
    size: c.size,
    founded: c.founded,
    offers: c.offers,
    needs: c.needs,
    public: c.public,
    disciplines: c.disciplines,
    mainDiscipline: c.disciplines[0] ?? null,
    searchText,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function organisationFromProps(p: Record<string, unknown>): Organisation {
  return {
    id: String(p.id),
    slug: String(p.slug),
    name: String(p.name),
    kind: String(p.kind),
    mission: localisedFrom('mission', p),
    goals: localisedFrom('goals', p),
    mainLanguage: (str(p.mainLanguage) as Organisation['mainLanguage']) ?? null,
    website: str(p.website),
    email: str(p.email),
    phone: str(p.phone),
    address: str(p.address),
    commune: String(p.commune),
    lat: num(p.lat),
    lon: num(p.lon),
    languages: list(p.languages),
    audiences: list(p.audiences),
    size: str(p.size),
    founded: num(p.founded),
    offers: list(p.offers),
    needs: list(p.needs),
    public: p.public !== false,
    disciplines: list(p.disciplines),
    mainDiscipline: str(p.mainDiscipline),
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
  };
}

/** The writable part of a stored organisation, in canonical form, to tell a real change from none. */
export function inputOf(o: Organisation): Required<OrganisationInput> {
  return canonicalInput({
    slug: o.slug,
    name: o.name,
    kind: o.kind as OrganisationInput['kind'],
    mission: o.mission,
    goals: o.goals,
    mainLanguage: o.mainLanguage ?? undefined,
    website: o.website,
    email: o.email,
    phone: o.phone,
    address: o.address,
    commune: o.commune as OrganisationInput['commune'],
    lat: o.lat,
    lon: o.lon,
    languages: o.languages,
    audiences: o.audiences as OrganisationInput['audiences'],
    size: o.size as OrganisationInput['size'],
    founded: o.founded,
    offers: o.offers as OrganisationInput['offers'],
    needs: o.needs as OrganisationInput['needs'],
    public: o.public,
    disciplines: o.disciplines as OrganisationInput['disciplines'],
  });
}

export function sameInput(a: OrganisationInput, b: OrganisationInput): boolean {
  return JSON.stringify(canonicalInput(a)) === JSON.stringify(canonicalInput(b));
}
