// CSV in Chromium as people meet it: the import preview marks a bad cell before anything is sent,
// a file in French labels imports, and the export for Excel opens with its accents.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { createOrganisation } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let coordinator: BrowserAgent;

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}${path}`);
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  coordinator = await asRole(server.app, 'coordinator');
  const page = await context.newPage();
  await signIn(page, server.url, 'coordinator');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const HEADER = 'name;kind;commune;disciplines';

describe('/import preview', () => {
  it('marks a bad cell before the upload, with the reason in words', async () => {
    const page = await openPage('/import');
    const file = Buffer.from(`${HEADER}\r\nAtelier Aperçu;gallery;Schaerbeek;Arts visuels\r\nAtelier Faux;gallery;Atlantis;Théâtre\r\n`);
    await page.getByTestId('import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: file });
    await page.getByTestId('import-preview').waitFor();
    const bad = page.locator('[data-testid="import-preview"] td[data-problem]');
    expect(await bad.count()).toBe(1);
    expect(await bad.first().getAttribute('data-problem')).toBe('unknown-commune');
    expect(await bad.first().innerText()).toBe('Atlantis');
    const report = page.getByTestId('import-check');
    await report.waitFor();
    const line = report.getByTestId('import-error-row');
    expect(await line.getAttribute('data-row')).toBe('3');
    expect(await line.innerText()).toContain('« Atlantis » n’est pas une des 19 communes bruxelloises.');
    expect(await line.innerText()).not.toContain('Expected');
    await page.close();
    expect((await coordinator.inject('/api/organisations/atelier-apercu')).statusCode).toBe(404);
  });

  it('imports a file (saved by Excel on Windows) whose communes and disciplines are French names', async () => {
    const page = await openPage('/import');
    const text = `${HEADER}\r\nThéâtre Étiquette;theatre;Saint-Gilles;Théâtre;Danse\r\n`.replace('Théâtre;Danse', '"Théâtre;Danse"');
    const latin1 = Buffer.from(text, 'latin1');
    await page.getByTestId('import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: latin1 });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').innerText()).toContain('Théâtre Étiquette');
    expect(await page.locator('[data-testid="import-preview"] td[data-problem]').count()).toBe(0);
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-result').waitFor();
    const stored = (await coordinator.inject('/api/organisations/theatre-etiquette')).json();
    expect(stored).toMatchObject({ name: 'Théâtre Étiquette', commune: 'saint-gilles', disciplines: ['theatre', 'dance'] });
    await page.close();
  });
});

describe('/organisations export', () => {
  it('offers a CSV for Excel that a UTF-8-BOM reader opens with its accents and columns', async () => {
    await createOrganisation(coordinator, { name: 'Maison Œuvre Zoë', slug: 'maison-oeuvre-zoe', commune: 'ixelles' });
    const page = await openPage('/organisations?q=Zo%C3%AB');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-excel').click()]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // What Excel does with such a file: the mark says UTF-8, the header's ";" splits the columns.
    const text = new TextDecoder('utf-8').decode(bytes);
    const [header, first] = text.split('\r\n');
    expect(header!.split(';')).toContain('commune');
    expect(first!.split(';')).toContain('Maison Œuvre Zoë');
    await page.close();
  });
});
