import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appSuite, buildTestApp } from '../helpers/app.ts';
import { asRole } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';

// Managing the inventory is a coordinator's work (server/policy.ts).
const suite = appSuite('coordinator');
const coordinator = suite.agent('coordinator');

const HEADER = 'slug,name,kind,commune,disciplines,mission_nl,mission_fr,founded,public';
const GOOD = [
  HEADER,
  'kunstencentrum-wolk,Kunstencentrum De Wolkenfabriek,company,molenbeek-saint-jean,theatre;dance,Wij maken dans.,Nous dansons.,1995,true',
  'atelier-sept,Atelier Sept Ponts,gallery,ixelles,visual-arts,,"Un atelier, avec une virgule.",2012,yes',
].join('\n');

const importCsv = (body: string) =>
  coordinator.inject({ method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' }, payload: body });
const total = async () => (await coordinator.inject('/api/organisations')).json().total as number;

describe('POST /api/organisations/import', () => {
  it('creates every row of a good file in one go', async () => {
    const response = await importCsv(GOOD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const atelier = (await coordinator.inject('/api/organisations/atelier-sept')).json();
    expect(atelier).toMatchObject({ kind: 'gallery', founded: 2012, public: true, mission: { fr: 'Un atelier, avec une virgule.' } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = (await coordinator.inject('/api/organisations/atelier-sept')).json();
    expect((await importCsv(GOOD)).json()).toEqual({ total: 2, created: 0, updated: 0, unchanged: 2 });
    const after = (await coordinator.inject('/api/organisations/atelier-sept')).json();
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('updates the rows that differ, matched on slug', async () => {
    const changed = GOOD.replace('Atelier Sept Ponts', 'Atelier Sept Ponts Bis');
    expect((await importCsv(changed)).json()).toEqual({ total: 2, created: 0, updated: 1, unchanged: 1 });
    expect((await coordinator.inject('/api/organisations/atelier-sept')).json()).toMatchObject({ name: 'Atelier Sept Ponts Bis', version: 2 });
  });

  it('refuses the whole file with a row, column and reason for each bad cell, writing nothing', async () => {
    const before = await total();
    const bad = [
      HEADER,
      'new-one,New One,theatre,ixelles,theatre,,,,',
      'broken,Broken Row,spaceship,atlantis,theatre,,,nineteen,',
      'new-one,Duplicate Slug,theatre,ixelles,theatre,,,,',
    ].join('\n');
    const response = await importCsv(bad);
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('invalid-csv');
    const cells = problem.errors.map((e: { row: number; column: string; code: string }) => `${e.row}:${e.column}:${e.code}`);
    expect(cells).toEqual(expect.arrayContaining(['3:kind:unknown-kind', '3:commune:unknown-commune', '3:founded:type', '4:slug:duplicate']));
    expect(cells.some((c: string) => c.startsWith('2:'))).toBe(false);
    expect(await total()).toBe(before);
    expect((await coordinator.inject('/api/organisations/new-one')).statusCode).toBe(404);
  });

  it('names unknown and missing columns', async () => {
    const response = await importCsv('name,colour\nSomething,blue\n');
    expect(response.statusCode).toBe(422);
    const codes = response.json().errors.map((e: { column: string; code: string }) => `${e.column}:${e.code}`);
    expect(codes).toEqual(expect.arrayContaining(['colour:unknown-column', 'kind:missing-column', 'commune:missing-column', 'disciplines:missing-column']));
  });

  it('refuses a row whose slug belongs to another organisation than its id', async () => {
    const a = await createOrganisation(coordinator, { slug: 'owner-a' });
    await createOrganisation(coordinator, { slug: 'owner-b' });
    const response = await importCsv(`id,slug,name,kind,commune,disciplines\n${a.id},owner-b,Taker,theatre,ixelles,theatre\n`);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ row: 2, column: 'slug', code: 'slug-taken' });
  });

  it('answers 413 for a file over the size limit', async () => {
    const small = await buildTestApp({ IMPORT_MAX_BYTES: '2048' }, { keepData: true });
    try {
      const response = await (await asRole(small, 'coordinator')).inject({
        method: 'POST',
        url: '/api/organisations/import',
        headers: { 'content-type': 'text/csv' },
        payload: HEADER + '\n' + 'x'.repeat(4096),
      });
      expect(response.statusCode).toBe(413);
      expect(response.headers['content-type']).toContain('application/problem+json');
    } finally {
      await small.close();
    }
  });
});

describe('GET /api/organisations/export.csv', () => {
  it('exports the filtered list, neutralising cells that a spreadsheet would run as formulas', async () => {
    await createOrganisation(coordinator, { name: '=HYPERLINK("http://evil")', slug: 'formula-org', commune: 'evere', phone: '+32 2 555 12 12' });
    const response = await coordinator.inject('/api/organisations/export.csv?commune=evere');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const rows = Papa.parse<Record<string, string>>(response.body, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]!.phone).toBe(`'+32 2 555 12 12`);
  });

  it('round-trips: importing an export changes nothing', async () => {
    const exported = (await coordinator.inject('/api/organisations/export.csv')).body;
    const result = (await importCsv(exported)).json();
    expect(result.total).toBe(await total());
    expect(result).toMatchObject({ created: 0, updated: 0 });
  });
});

describe('GET /api/organisations/import/template.csv', () => {
  it('is a template that imports cleanly', async () => {
    const template = (await coordinator.inject('/api/organisations/import/template.csv')).body;
    expect(template.split('\r\n')[0]).toContain('mission_nl');
    const response = await importCsv(template);
    expect(response.statusCode).toBe(200);
    expect(response.json().created + response.json().unchanged).toBe(1);
  });
});
