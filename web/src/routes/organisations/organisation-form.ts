// The organisation form's values, and the conversions from an Organisation and to the API input.
// Pure functions so the mapping rules can be tested without a browser.
import type { Locale, OrganisationView, OrganisationInput, OrganisationSize, ProblemItem } from '$lib/types';
import { AUDIENCES, COMMON_LANGUAGES, LOCALES, ORGANISATION_SIZES } from '$lib/taxonomy';

export interface OrganisationFormValues {
  name: string;
  slug: string;
  kind: string;
  commune: string;
  /** In the order they were chosen; `mainDiscipline` is sent first. */
  disciplines: string[];
  mainDiscipline: string;
  mission: Record<Locale, string>;
  goals: Record<Locale, string>;
  mainLanguage: Locale | '';
  website: string;
  email: string;
  phone: string;
  address: string;
  lat: string;
  lon: string;
  languages: string[];
  otherLanguages: string;
  audiences: string[];
  size: OrganisationSize | '';
  founded: string;
  offers: string[];
  needs: string[];
  public: boolean;
}

const emptyText = (): Record<Locale, string> => ({ nl: '', fr: '', en: '', de: '' });

const isListed = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function formValuesFrom(org?: OrganisationView): OrganisationFormValues {
  const mission = emptyText();
  const goals = emptyText();
  for (const l of LOCALES) {
    mission[l] = org?.mission[l] ?? '';
    goals[l] = org?.goals[l] ?? '';
  }
  const languages = org?.languages ?? [];
  const audiences = org?.audiences ?? [];
  const disciplines = org?.disciplines ?? [];
  return {
    name: org?.name ?? '',
    slug: org?.slug ?? '',
    kind: org?.kind ?? '',
    commune: org?.commune ?? '',
    disciplines: [...disciplines],
    mainDiscipline: org?.mainDiscipline ?? disciplines[0] ?? '',
    mission,
    goals,
    mainLanguage: org?.mainLanguage ?? '',
    website: org?.website ?? '',
    email: org?.email ?? '',
    phone: org?.phone ?? '',
    address: org?.address ?? '',
    lat: org?.lat == null ? '' : String(org.lat),
    lon: org?.lon == null ? '' : String(org.lon),
    languages: languages.filter((l) => isListed(COMMON_LANGUAGES, l)),
    otherLanguages: languages.filter((l) => !isListed(COMMON_LANGUAGES, l)).join('; '),
    audiences: audiences.filter((a) => isListed(AUDIENCES, a)),
    size: org?.size && isListed(ORGANISATION_SIZES, org.size) ? org.size : '',
    founded: org?.founded == null ? '' : String(org.founded),
    offers: [...(org?.offers ?? [])],
    needs: [...(org?.needs ?? [])],
    public: org?.public ?? true,
  };
}

const splitList = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

const unique = <T>(values: T[]) => [...new Set(values)];

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

const numberOrNull = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
};

function localised(text: Record<Locale, string>): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = {};
  for (const l of LOCALES) {
    const value = text[l].trim();
    if (value) out[l] = value;
  }
  return out;
}

/** The main discipline first, then the others in the order they were chosen. */
export function orderedDisciplines(values: Pick<OrganisationFormValues, 'disciplines' | 'mainDiscipline'>): string[] {
  const main = values.disciplines.includes(values.mainDiscipline) ? values.mainDiscipline : values.disciplines[0];
  return main ? [main, ...values.disciplines.filter((d) => d !== main)] : [];
}

export function inputFrom(values: OrganisationFormValues): OrganisationInput {
  const input: OrganisationInput = {
    name: values.name.trim(),
    kind: values.kind as OrganisationInput['kind'],
    commune: values.commune as OrganisationInput['commune'],
    disciplines: orderedDisciplines(values) as OrganisationInput['disciplines'],
    mission: localised(values.mission),
    goals: localised(values.goals),
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: orNull(values.address),
    lat: numberOrNull(values.lat),
    lon: numberOrNull(values.lon),
    languages: unique([...values.languages, ...splitList(values.otherLanguages).map((l) => l.toLowerCase())]),
    audiences: values.audiences.filter((a) => isListed(AUDIENCES, a)),
    size: values.size === '' ? null : values.size,
    founded: values.founded.trim() === '' ? null : Number(values.founded),
    offers: [...values.offers] as OrganisationInput['offers'],
    needs: [...values.needs] as OrganisationInput['needs'],
    public: values.public,
  };
  const slug = values.slug.trim();
  if (slug) input.slug = slug;
  if (values.mainLanguage) input.mainLanguage = values.mainLanguage;
  return input;
}

/** What the browser can tell before asking the server: the required fields. */
export function clientErrors(values: OrganisationFormValues): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const name = values.name.trim();
  if (name === '') errors.push({ field: 'name', code: 'required', message: '' });
  else if (name.length < 2) errors.push({ field: 'name', code: 'minLength', message: '' });
  if (!values.kind) errors.push({ field: 'kind', code: 'required', message: '' });
  if (!values.commune) errors.push({ field: 'commune', code: 'required', message: '' });
  if (values.disciplines.length === 0) errors.push({ field: 'disciplines', code: 'minItems', message: '' });
  if (values.disciplines.length > 6) errors.push({ field: 'disciplines', code: 'maxItems', message: '' });
  return errors;
}

/**
 * The form field an API error belongs to: 'mission.nl', '/mission/nl' and 'languages/1' all point
 * at the same inputs as their dotted, index-free path.
 */
export function fieldOf(error: ProblemItem): string | undefined {
  if (!error.field) return undefined;
  const path = error.field.replace(/^\//, '').replace(/\//g, '.').replace(/\.\d+$/, '');
  return path || undefined;
}

/** Ajv's reasons for a failed `anyOf` (string or null): the specific one is enough. */
const UNION_NOISE = new Set(['type', 'anyOf', 'oneOf']);

/**
 * One message per cause: a nullable field with a bad e-mail fails `format`, `type` (not null) and
 * `anyOf`; only `format` says what to fix. Duplicates (same field and code) are dropped too.
 */
export function relevantErrors(errors: ProblemItem[]): ProblemItem[] {
  const specific = new Set(errors.filter((e) => !UNION_NOISE.has(e.code)).map((e) => fieldOf(e) ?? ''));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const field = fieldOf(e) ?? '';
    if (UNION_NOISE.has(e.code) && specific.has(field)) return false;
    const key = `${field}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
