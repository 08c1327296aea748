// CSV import in Chromium: a file with one bad row is refused as a whole, with that row's line.
// Imports are a coordinator's work; the upload carries the session's CSRF token like every write.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { browserSuite } from '../helpers/browser-suite.ts';

const suite = browserSuite('coordinator', { timeout: 15_000 });
let columns: string[];
let example: Record<string, string>;

/** The template's example row as a new organisation with this slug and name. */
function row(slug: string, name: string, changes: Record<string, string> = {}): string {
  const record: Record<string, string> = { ...example, id: '', slug, name, ...changes };
  return Papa.unparse([columns.map((c) => record[c] ?? '')], { newline: '\r\n' });
}

const file = (...rows: string[]) => Buffer.from([columns.join(','), ...rows].join('\r\n') + '\r\n');

const openImport = (): Promise<Page> => suite.openPage('/import');

async function status(path: string): Promise<number> {
  return (await suite.agent.inject(`/api${path}`)).statusCode;
}

beforeAll(async () => {
  const template = (await suite.agent.inject('/api/organisations/import/template.csv')).body;
  const parsed = Papa.parse<Record<string, string>>(template.trim(), { header: true, delimiter: ',' });
  columns = parsed.meta.fields!;
  example = parsed.data[0]!;
});

describe('/import', () => {
  it('refuses a file with one bad row, reports its line and column, and writes nothing', async () => {
    const csv = file(
      row('browser-import-een', 'Browser Import Een'),
      row('browser-import-twee', 'Browser Import Twee', { kind: 'spaceship' }),
      row('browser-import-drie', 'Browser Import Drie'),
    );
    const page = await openImport();

    await page.getByTestId('import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-row-count').innerText()).toBe('3 data rows');
    await page.getByTestId('import-upload').click();

    await page.getByTestId('import-errors').waitFor();
    const rows = page.getByTestId('import-error-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-row')).toBe('3');
    expect(await rows.first().innerText()).toContain('kind');
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor();

    expect(await status('/organisations/browser-import-een')).toBe(404);
    expect(await status('/organisations/browser-import-drie')).toBe(404);
    await page.close();
  });

  it('imports a valid file and shows how many were created', async () => {
    const csv = file(row('browser-import-vier', 'Browser Import Vier'), row('browser-import-vijf', 'Browser Import Vijf'));
    const page = await openImport();

    await page.getByTestId('import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-upload').click();

    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-created').innerText()).toBe('2');
    expect(await status('/organisations/browser-import-vier')).toBe(200);
    await page.close();
  });
});
