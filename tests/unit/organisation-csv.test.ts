import { describe, expect, it } from 'vitest';
import {
  delimiterOf,
  neutraliseFormula,
  organisationsToCsv,
  parseOrganisationCsv,
  planOrganisationImport,
} from '../../server/csv/organisation-csv.ts';
import { organisationFromProps, organisationProps } from '../../server/domain/organisation.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

const stored = (slug: string, id: string, name = slug): Organisation =>
  organisationFromProps({
    ...organisationProps({ slug, name, kind: 'theatre', commune: 'ixelles', disciplines: ['theatre'] }),
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
  });

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+32 2 123', "'+32 2 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Plain', 'Plain'],
    ['', ''],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('parseOrganisationCsv', () => {
  it('turns lists, numbers, booleans and language columns into an organisation input', () => {
    const { rows, errors } = parseOrganisationCsv(
      '\uFEFFName,Kind,Commune,Disciplines,Mission_FR,Founded,Public,Offers\nLa Ruche,collective,forest,dance; circus,Bzz,1999,non,space;staff\n',
      10,
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      id: null,
      input: { name: 'La Ruche', slug: 'la-ruche', disciplines: ['dance', 'circus'], mission: { fr: 'Bzz' }, founded: 1999, public: false, offers: ['space', 'staff'] },
    });
  });

  it('reads back a neutralised cell as it was', () => {
    const { rows } = parseOrganisationCsv("name,kind,commune,disciplines,phone\nX Y,theatre,evere,theatre,'+32 2 555 00 00\n", 10);
    expect(rows[0]!.input.phone).toBe('+32 2 555 00 00');
  });

  it('refuses more rows than allowed before validating any', () => {
    const body = 'name,kind,commune,disciplines\n' + 'A b,theatre,evere,theatre\n'.repeat(3);
    expect(parseOrganisationCsv(body, 2).errors[0]!.code).toBe('too-many-rows');
  });

  it('reports a missing required cell by its column', () => {
    const { errors } = parseOrganisationCsv('name,kind,commune,disciplines\nSome name,,evere,theatre\n', 10);
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: 'kind', code: 'required' })]);
  });
});

describe('planOrganisationImport', () => {
  const a = stored('alpha', '11111111-1111-4111-8111-111111111111');
  const b = stored('beta', '22222222-2222-4222-8222-222222222222');
  const rowsOf = (csv: string) => parseOrganisationCsv(csv, 100).rows;

  it('creates new slugs, updates changed rows and leaves equal ones alone', () => {
    const plan = planOrganisationImport(
      rowsOf('slug,name,kind,commune,disciplines\nalpha,alpha,theatre,ixelles,theatre\nbeta,Beta Renamed,theatre,ixelles,theatre\ngamma,Gamma,theatre,ixelles,theatre\n'),
      [a, b],
    );
    expect(plan.result).toEqual({ total: 3, created: 1, updated: 1, unchanged: 1 });
    expect(plan.update[0]!.id).toBe(b.id);
    expect(plan.errors).toEqual([]);
  });

  it('matches on id first, so a row can rename a slug', () => {
    const plan = planOrganisationImport(rowsOf(`id,slug,name,kind,commune,disciplines\n${a.id},alpha-new,alpha,theatre,ixelles,theatre\n`), [a]);
    expect(plan.update).toEqual([expect.objectContaining({ id: a.id })]);
  });

  it('refuses a slug that belongs to another organisation than the row id', () => {
    const plan = planOrganisationImport(rowsOf(`id,slug,name,kind,commune,disciplines\n${a.id},beta,alpha,theatre,ixelles,theatre\n`), [a, b]);
    expect(plan.errors).toEqual([expect.objectContaining({ row: 2, column: 'slug', code: 'slug-taken' })]);
  });
});

describe('organisationsToCsv', () => {
  it('writes a header and one line per organisation, with lists joined by semicolons', () => {
    const csv = organisationsToCsv([stored('alpha', '11111111-1111-4111-8111-111111111111', 'Alpha, Inc')]);
    const [header, line] = csv.trim().split('\r\n');
    expect(header!.split(',').slice(0, 6)).toEqual(['id', 'slug', 'name', 'kind', 'commune', 'disciplines']);
    expect(line).toContain('"Alpha, Inc"');
  });
});

describe('delimiterOf', () => {
  it.each([
    ['name,kind,commune\nA;B,theatre,evere', ','],
    ['name;kind;commune\r\n"A,B";theatre;evere', ';'],
    ['name', ','],
  ])('reads the separator of %j from its header', (content, expected) => {
    expect(delimiterOf(content)).toBe(expected);
  });

  it('imports a semicolon-separated file with quoted list cells', () => {
    const { rows, errors } = parseOrganisationCsv('name;kind;commune;disciplines\nLa Ruche;collective;forest;"dance;circus"\n', 10);
    expect(errors).toEqual([]);
    expect(rows[0]!.input.disciplines).toEqual(['dance', 'circus']);
  });
});
