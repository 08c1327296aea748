// Random organisations and projects for the CSV property tests: cells with accents and other
// scripts, quotes, commas and semicolons, line breaks, and starts a spreadsheet would run as a formula.
import fc from 'fast-check';
import { fitsWindows1252, type CsvEncoding } from '../../server/domain/csv-encoding.ts';
import type { CsvFormat } from '../../server/domain/csv.ts';
import { normaliseText } from '../../server/domain/text-input.ts';
import { organisationFromProps, organisationProps } from '../../server/domain/organisation.ts';
import {
  AUDIENCES,
  COMMUNE_IDS,
  DISCIPLINE_IDS,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  RESOURCES,
} from '../../server/domain/taxonomy.ts';
import type { Organisation, OrganisationInput } from '../../server/schemas/organisation.ts';
import type { Project } from '../../server/schemas/project.ts';

/** Runs per property: a short run in `npm test`, more with CSV_PROPERTY_RUNS (`npm run test:csv`). */
export const PROPERTY_RUNS = Number(process.env.CSV_PROPERTY_RUNS ?? 40);

export const ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];
export const FORMATS: readonly CsvFormat[] = ['csv', 'excel'];

/** Pieces a cell is made of: the characters CSV and spreadsheets treat specially, and letters of several scripts. */
const TRICKY = [',', ';', '"', "'", '""', '\n', '\r\n', '\t', ' ', '=', '+', '-', '@', '=SUM(A1)', "'=", '\\', '|', '#', '%', '€'];
const LATIN = ['é', 'è', 'ê', 'à', 'â', 'ç', 'ë', 'ï', 'ô', 'û', 'ü', 'ö', 'ß', 'Æ', 'œ', 'Š', 'ž', '–', '’', '«', '»', '…'];
const WIDER = ['ğ', 'ł', 'ř', 'Ω', 'ж', 'ع', 'ש', '中', '文', '😀', '👩‍🎨', 'ﬁ', 'e\u0301'];
const FORMULA_PREFIXES = ['', '', '=', '+', '-', '@', "'=", "''+", '\t', '\r'];

/** Text as the API keeps it (server/domain/text-input.ts), of what the encoding can hold. */
const tidy = normaliseText;

function textArb(encoding: CsvEncoding, options: { lineBreaks: boolean; minLength: number; maxLength: number }) {
  const pieces = [...TRICKY, ...LATIN, ...(encoding === 'windows-1252' ? [] : WIDER)].filter(
    (p) => options.lineBreaks || !/[\r\n\t]/.test(p),
  );
  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 '), minLength: 1, maxLength: 6 });
  return fc
    .tuple(fc.constantFrom(...FORMULA_PREFIXES.filter((p) => options.lineBreaks || !/[\r\t]/.test(p))), fc.array(fc.oneof(letters, fc.constantFrom(...pieces)), { minLength: 1, maxLength: 8 }))
    .map(([prefix, parts]) => tidy(prefix + parts.join('')).slice(0, options.maxLength).trim())
    .filter((t) => t.length >= options.minLength && fitsEncoding(t, encoding));
}

const fitsEncoding = (text: string, encoding: CsvEncoding) => encoding !== 'windows-1252' || fitsWindows1252(text);

const slugArb = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'))
  .filter((s) => s.length >= 2);

const subset = <T>(values: readonly T[], min: number, max: number) => fc.uniqueArray(fc.constantFrom(...values), { minLength: min, maxLength: max });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export function organisationInputArb(encoding: CsvEncoding): fc.Arbitrary<OrganisationInput> {
  const longText = optional(textArb(encoding, { lineBreaks: true, minLength: 1, maxLength: 200 }));
  return fc.record({
    slug: slugArb,
    name: textArb(encoding, { lineBreaks: false, minLength: 2, maxLength: 160 }),
    kind: fc.constantFrom(...ORGANISATION_KINDS),
    commune: fc.constantFrom(...COMMUNE_IDS),
    disciplines: subset(DISCIPLINE_IDS, 1, 6) as fc.Arbitrary<OrganisationInput['disciplines']>,
    mission: fc.record({ nl: longText, fr: longText, en: longText, de: longText }).map(dropUndefined),
    goals: fc.record({ nl: longText, fr: longText }).map(dropUndefined),
    mainLanguage: fc.constantFrom('nl', 'fr', 'en', 'de'),
    website: fc.option(slugArb.map((s) => `https://${s}.example.org/${s}`), { nil: null }),
    email: fc.option(slugArb.map((s) => `info@${s}.example.org`), { nil: null }),
    phone: fc.option(fc.constantFrom('02 123 45 67', '+32 2 512 00 00', '0470/12.34.56'), { nil: null }),
    address: fc.option(textArb(encoding, { lineBreaks: true, minLength: 1, maxLength: 120 }), { nil: null }),
    lat: fc.option(fc.integer({ min: 507_000, max: 510_000 }).map((n) => n / 10_000), { nil: null }),
    lon: fc.option(fc.integer({ min: 420_000, max: 450_000 }).map((n) => n / 100_000), { nil: null }),
    languages: subset(['nl', 'fr', 'en', 'de', 'es', 'ar'], 0, 4),
    audiences: subset(AUDIENCES, 0, 4) as fc.Arbitrary<NonNullable<OrganisationInput['audiences']>>,
    size: fc.option(fc.constantFrom(...ORGANISATION_SIZES), { nil: null }),
    founded: fc.option(fc.integer({ min: 1500, max: 2100 }), { nil: null }),
    offers: subset(RESOURCES, 0, 4) as fc.Arbitrary<NonNullable<OrganisationInput['offers']>>,
    needs: subset(RESOURCES, 0, 4) as fc.Arbitrary<NonNullable<OrganisationInput['needs']>>,
    public: fc.boolean(),
  });
}

function dropUndefined<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as never;
}

/** An organisation as the database would hold it after creating it from the input. */
export function storedOrganisation(input: OrganisationInput, id: string): Organisation {
  return organisationFromProps({ ...organisationProps(input), id, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1 });
}

/** A file's worth of organisations: distinct slugs and ids. */
export const organisationsArb = (encoding: CsvEncoding) =>
  fc
    .uniqueArray(fc.tuple(organisationInputArb(encoding), fc.uuid({ version: 4 })), {
      minLength: 1,
      maxLength: 5,
      selector: ([input, id]) => `${input.slug}|${id}`,
    })
    .filter((list) => new Set(list.map(([input]) => input.slug)).size === list.length && new Set(list.map(([, id]) => id)).size === list.length)
    .map((list) => list.map(([input, id]) => storedOrganisation(input, id)));

const isoDate = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2035, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

/** A project as the API answers it, with partners named by slug. */
export function projectArb(encoding: CsvEncoding): fc.Arbitrary<Project> {
  return fc
    .record({
      id: fc.uuid({ version: 4 }),
      title: textArb(encoding, { lineBreaks: false, minLength: 2, maxLength: 200 }),
      description: fc.option(textArb(encoding, { lineBreaks: true, minLength: 1, maxLength: 400 }), { nil: null }),
      kind: fc.constantFrom(...PROJECT_KINDS),
      status: fc.constantFrom(...PROJECT_STATUSES),
      dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
      budget: fc.option(fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100)), { nil: null }),
      disciplines: subset(DISCIPLINE_IDS, 0, 5),
      partners: fc.uniqueArray(slugArb, { minLength: 1, maxLength: 4 }),
      workingGroup: fc.option(slugArb, { nil: null }),
      needsPartnersIn: subset(DISCIPLINE_IDS, 0, 3),
    })
    .map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      kind: p.kind,
      status: p.status,
      startDate: p.dates[0],
      endDate: p.dates[1],
      budget: p.budget,
      disciplines: p.disciplines,
      partners: p.partners.map((slug, i) => ({ organisationId: `org-${slug}`, slug, name: slug, role: i === 0 ? 'lead' : 'partner' })),
      workingGroup: p.workingGroup === null ? null : { id: `group-${p.workingGroup}`, slug: p.workingGroup, name: p.workingGroup },
      needsPartnersIn: p.needsPartnersIn,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      version: 1,
    }) as unknown as Project);
}
