// The organisation form's values, and the conversions from an Organisation and to the API input.
// Pure functions so the mapping rules can be tested without a browser. Problems and value
// conversions are the form toolkit's (lib/forms).
// Relative imports (not `$lib`) so the unit tests can import this module in Node.
import type { Locale, OrganisationView, OrganisationInput, OrganisationSize, ProblemItem } from '../../lib/types.ts';
import { AUDIENCES, COMMON_LANGUAGES, LOCALES, ORGANISATION_SIZES } from '../../lib/taxonomy.ts';
import { problem } from '../../lib/forms/problems.ts';
import { integerOrNull, inputText, isEmail, isWebsite, localised, numberOrNull, splitList, textOrNull, websiteUrl } from '../../lib/forms/values.ts';

/** What a number input holds: a number, or '' / null when empty (or text before it is bound). */
type NumberValue = number | string | null;

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
  lat: NumberValue;
  lon: NumberValue;
  languages: string[];
  otherLanguages: string;
  audiences: string[];
  size: OrganisationSize | '';
  founded: NumberValue;
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
    lat: inputText(org?.lat),
    lon: inputText(org?.lon),
    languages: languages.filter((l) => isListed(COMMON_LANGUAGES, l)),
    otherLanguages: languages.filter((l) => !isListed(COMMON_LANGUAGES, l)).join('; '),
    audiences: audiences.filter((a) => isListed(AUDIENCES, a)),
    size: org?.size && isListed(ORGANISATION_SIZES, org.size) ? org.size : '',
    founded: inputText(org?.founded),
    offers: [...(org?.offers ?? [])],
    needs: [...(org?.needs ?? [])],
    public: org?.public ?? true,
  };
}

const unique = <T>(values: T[]) => [...new Set(values)];

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
    website: textOrNull(websiteUrl(values.website)),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    address: textOrNull(values.address),
    lat: numberOrNull(values.lat),
    lon: numberOrNull(values.lon),
    languages: unique([...values.languages, ...splitList(values.otherLanguages).map((l) => l.toLowerCase())]),
    audiences: values.audiences.filter((a) => isListed(AUDIENCES, a)),
    size: values.size === '' ? null : values.size,
    founded: integerOrNull(values.founded),
    offers: [...values.offers] as OrganisationInput['offers'],
    needs: [...values.needs] as OrganisationInput['needs'],
    public: values.public,
  };
  const slug = values.slug.trim();
  if (slug) input.slug = slug;
  if (values.mainLanguage) input.mainLanguage = values.mainLanguage;
  return input;
}

/** The ranges the server takes for the coordinates (Brussels) and the founding year. */
const RANGES = { lat: [50.7, 51], lon: [4.2, 4.5], founded: [1500, 2100] } as const;

/**
 * What the browser can tell before asking the server, every failing field at once: the required
 * fields, the shape of the e-mail and web address, and the numbers.
 */
export function clientErrors(values: OrganisationFormValues): ProblemItem[] {
  const errors: ProblemItem[] = [];
  const name = values.name.trim();
  if (name === '') errors.push(problem('name', 'required'));
  else if (name.length < 2) errors.push(problem('name', 'minLength'));
  if (!values.kind) errors.push(problem('kind', 'required'));
  if (!values.commune) errors.push(problem('commune', 'required'));
  if (values.disciplines.length === 0) errors.push(problem('disciplines', 'minItems'));
  if (values.disciplines.length > 6) errors.push(problem('disciplines', 'maxItems'));
  const website = websiteUrl(values.website);
  if (website && !isWebsite(website)) errors.push(problem('website', 'format'));
  const email = textOrNull(values.email);
  if (email && !isEmail(email)) errors.push(problem('email', 'format'));
  for (const field of ['lat', 'lon', 'founded'] as const) {
    const n = field === 'founded' ? integerOrNull(values[field]) : numberOrNull(values[field]);
    if (n === null) continue;
    if (Number.isNaN(n)) errors.push(problem(field, 'type'));
    else if (n < RANGES[field][0]) errors.push(problem(field, 'minimum'));
    else if (n > RANGES[field][1]) errors.push(problem(field, 'maximum'));
  }
  return errors;
}
