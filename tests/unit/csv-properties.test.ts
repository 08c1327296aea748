// Property tests of the CSV round trip through the pure modules: random organisations and projects,
// random cells, every format and every encoding the import reads. CSV_PROPERTY_RUNS sets the runs
// (`npm run test:csv` runs many more than `npm test`).
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { organisationsToCsv, parseOrganisationCsv } from '../../server/csv/organisation-csv.ts';
import { parseProjectCsv, projectsToCsv } from '../../server/csv/project-csv.ts';
import { decodeCsvBytes, encodeCsvText } from '../../server/domain/csv-encoding.ts';
import { neutraliseFormula, restoreNeutralised } from '../../server/domain/csv.ts';
import { inputOf, sameInput } from '../../server/domain/organisation.ts';
import { ENCODINGS, FORMATS, organisationsArb, projectArb, PROPERTY_RUNS } from '../helpers/csv-arbitraries.ts';

const FORMULA = /^[=+\-@\t\r]/;
/** Time for a property's runs on a busy machine. */
const TIMEOUT = Math.max(30_000, PROPERTY_RUNS * 300);

/** Export, encode, decode as an upload is decoded, import: what comes back. */
function throughFile(csv: string, encoding: (typeof ENCODINGS)[number], bom: boolean): string {
  const bytes = encodeCsvText(csv, encoding, bom);
  // Windows-1252 has no mark: bytes that also happen to be valid UTF-8 ("Æ…" is C6 85, UTF-8 for "ƅ")
  // are read as UTF-8, as any detector must. Such files are left out; real ones are rarely so.
  if (encoding === 'windows-1252' && bytes.some((b) => b >= 0x80)) fc.pre(decodeCsvBytes(bytes).encoding === 'windows-1252');
  return decodeCsvBytes(bytes).text;
}

const cases = ENCODINGS.flatMap((encoding) => FORMATS.map((format) => ({ encoding, format })));

describe('organisation CSV round trip', () => {
  it.each(cases)('an export in $format format, saved as $encoding, imports back to the same organisations', ({ encoding, format }) => {
    fc.assert(
      fc.property(organisationsArb(encoding), fc.boolean(), (organisations, bom) => {
        const csv = organisationsToCsv(organisations, format);
        const { rows, errors } = parseOrganisationCsv(throughFile(csv, encoding, bom || encoding.startsWith('utf-16')), 100);
        expect(errors).toEqual([]);
        expect(rows.map((r) => r.id)).toEqual(organisations.map((o) => o.id));
        rows.forEach((r, i) => expect(sameInput(inputOf(organisations[i]!), r.input), JSON.stringify([inputOf(organisations[i]!), r.input])).toBe(true));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, TIMEOUT);

  it('writes no cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(organisationsArb('utf-8'), fc.constantFrom(...FORMATS), (organisations, format) => {
        const csv = organisationsToCsv(organisations, format);
        const { rows } = parseCells(csv, format);
        for (const cell of rows.flat()) expect(FORMULA.test(cell), cell).toBe(false);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, TIMEOUT);
});

describe('project CSV round trip', () => {
  it.each(cases)('an export in $format format, saved as $encoding, imports back to the same projects', ({ encoding, format }) => {
    fc.assert(
      fc.property(fc.uniqueArray(projectArb(encoding), { minLength: 1, maxLength: 4, selector: (p) => p.id }), (projects) => {
        const csv = projectsToCsv(projects, format);
        const { rows, errors } = parseProjectCsv(throughFile(csv, encoding, true), 100);
        expect(errors).toEqual([]);
        rows.forEach((r, i) => {
          const p = projects[i]!;
          expect(r.id).toBe(p.id);
          expect(r.fields).toEqual({
            title: p.title,
            kind: p.kind,
            status: p.status,
            startDate: p.startDate,
            endDate: p.endDate,
            budget: p.budget,
            disciplines: p.disciplines,
            needsPartnersIn: p.needsPartnersIn,
            ...(p.description ? { description: p.description } : {}),
          });
          expect([r.lead, ...r.partners]).toEqual(p.partners.map((o) => o.slug));
          expect(r.workingGroup).toBe(p.workingGroup?.slug ?? null);
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, TIMEOUT);
});

describe('formula neutralising', () => {
  it('is undone exactly by the import, whatever the cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '"') }), (cell) => {
        expect(restoreNeutralised(neutraliseFormula(cell))).toBe(cell);
        expect(FORMULA.test(neutraliseFormula(cell))).toBe(false);
      }),
      { numRuns: PROPERTY_RUNS * 10 },
    );
  }, TIMEOUT);
});

function parseCells(csv: string, format: (typeof FORMATS)[number]) {
  const parsed = Papa.parse<string[]>(csv, { delimiter: format === 'excel' ? ';' : ',', skipEmptyLines: 'greedy' });
  return { rows: parsed.data };
}
