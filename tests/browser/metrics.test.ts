// The Metrics page and the profile's own trend in Chromium: the council leadership reads the
// network's figures over time, sorts the organisation table and takes the figures away as CSV.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MetricsHistory, OrganisationHistory, OrganisationMetricsPage } from '../../server/schemas/metrics.ts';
import { browserSuite } from '../helpers/browser-suite.ts';

const suite = browserSuite('leadership', { timeout: 30_000 });

const open = (path: string): Promise<Page> => suite.openPage(path);

/** The figures of one column of the organisation table as drawn, top to bottom. */
const columnValues = (page: Page, column: string) =>
  page.locator(`[data-testid="org-metrics-row"] td[data-column="${column}"]`).evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));

const sortedDescending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! >= v);
const sortedAscending = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! <= v);

describe('/metrics', () => {
  it('is in the navigation for leadership and shows the latest period’s figures with their trends', async () => {
    const history = (await suite.agent.inject('/api/metrics')).json() as MetricsHistory;
    expect(history.periods.length).toBeGreaterThan(1);
    const latest = history.periods.at(-1)!;

    const page = await open('/');
    // In the navigation (between 1280 and about 1400 px wide the row can run under the language
    // switcher, so the page is opened by its address).
    expect(await page.getByTestId('nav-metrics').getAttribute('href')).toBe('/metrics');
    await page.goto(new URL('/metrics', page.url()).href);
    const organisations = page.getByTestId('headline-organisations');
    await organisations.waitFor();
    expect(Number(await organisations.getAttribute('data-value'))).toBe(latest.network.organisations);
    expect(Number(await page.getByTestId('headline-ties').getAttribute('data-value'))).toBe(latest.network.ties);
    // Against the previous period: an arrow and a signed change naming that period.
    expect(await page.getByTestId('headline-ties').getByTestId('headline-change').textContent()).toMatch(/since Q[1-4] \d{4}/);

    // Each trend is drawn as lines through every period, with its numbers as a table and a sentence.
    const size = page.getByTestId('trend-size');
    const paths = size.getByTestId('trend-path');
    expect(await paths.count()).toBe(2);
    for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) {
      expect(d.match(/L/g)?.length).toBe(history.periods.length - 1);
    }
    const table = size.getByTestId('trend-table');
    expect(await table.locator('tbody tr').count()).toBe(history.periods.length);
    const lastRow = await table.locator('tbody tr').last().locator('td').allTextContents();
    expect(lastRow.map((t) => Number(t.replace(/[^\d]/g, '')))).toEqual([latest.network.organisations, latest.network.ties]);
    expect(await size.getByTestId('trend-text').textContent()).toContain(`Organisations:`);
    expect(await page.getByTestId('metrics-trends').locator('figure').count()).toBe(6);
    await page.close();
  }, 120_000);

  it('sorts the organisation table by any column, the order kept in the URL', async () => {
    const page = await open('/metrics');
    await page.getByTestId('org-metrics-table').waitFor();
    // By default the brokers come first.
    expect(sortedDescending(await columnValues(page, 'betweenness'))).toBe(true);

    await page.getByTestId('sort-degree').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'degree');
    await page.waitForFunction(() => document.querySelector('th[data-column="degree"]')?.getAttribute('aria-sort') === 'descending');
    const descending = await columnValues(page, 'degree');
    expect(descending.length).toBeGreaterThan(1);
    expect(sortedDescending(descending)).toBe(true);
    const api = (await suite.agent.inject('/api/metrics/organisations?sort=degree&order=desc')).json() as OrganisationMetricsPage;
    expect(await page.getByTestId('org-metrics-row').first().getAttribute('data-slug')).toBe(api.items[0]!.slug);

    await page.getByTestId('sort-degree').click();
    await page.waitForURL((url) => url.searchParams.get('order') === 'asc');
    await page.waitForFunction(() => document.querySelector('th[data-column="degree"]')?.getAttribute('aria-sort') === 'ascending');
    const ascending = await columnValues(page, 'degree');
    expect(sortedAscending(ascending)).toBe(true);
    expect(ascending[0]).toBeLessThan(descending[0]!);

    await page.getByTestId('sort-name').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await page.waitForFunction(() => document.querySelector('th[data-column="name"]')?.getAttribute('aria-sort') === 'ascending');
    const names = await page.locator('[data-testid="org-metrics-row"] th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    await page.close();
  });

  it('downloads the figures per period as CSV with the filters in force', async () => {
    const history = (await suite.agent.inject('/api/metrics?discipline=theatre&granularity=year')).json() as MetricsHistory;
    const page = await open('/metrics?discipline=theatre&granularity=year');
    await page.getByTestId('headline-organisations').waitFor();
    expect(Number(await page.getByTestId('headline-organisations').getAttribute('data-value'))).toBe(history.periods.at(-1)!.network.organisations);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('metrics-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^metrics-.*\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.period)).toEqual(history.periods.map((p) => p.period));
    expect(rows.map((r) => Number(r.ties))).toEqual(history.periods.map((p) => p.network.ties));
    for (const row of rows) expect({ discipline: row.filter_discipline, granularity: row.granularity }).toEqual({ discipline: 'theatre', granularity: 'year' });
    await page.close();
  });

  it('downloads the organisation table as CSV, searched and sorted as shown', async () => {
    const page = await open('/metrics?sort=name&q=a');
    await page.getByTestId('org-metrics-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('org-metrics-export-csv').click()]);
    const text = await readFile((await download.path())!, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const api = (await suite.agent.inject('/api/metrics/organisations?sort=name&q=a&pageSize=100')).json() as OrganisationMetricsPage;
    expect(rows.length).toBe(api.total);
    expect(rows.slice(0, api.items.length).map((r) => r.name)).toEqual(api.items.map((r) => r.name));
    expect(rows.every((r) => r.granularity === 'quarter' && r.filter_discipline === '')).toBe(true);
    await page.close();
  });
});

describe('the profile’s own trend', () => {
  it('shows the organisation’s partners, its rank as a broker and its new partners over time', async () => {
    const top = ((await suite.agent.inject('/api/metrics/organisations?sort=degree')).json() as OrganisationMetricsPage).items[0]!;
    const own = (await suite.agent.inject(`/api/organisations/${top.id}/metrics`)).json() as OrganisationHistory;
    const latest = own.periods.at(-1)!;

    const page = await open(`/organisations/${top.slug}`);
    const trend = page.getByTestId('org-metrics-trend');
    await trend.getByTestId('org-metrics-degree').waitFor();
    expect(Number(await trend.getByTestId('org-metrics-degree').textContent())).toBe(latest.degree);
    expect(await trend.getByTestId('org-metrics-rank').textContent()).toMatch(new RegExp(`^${latest.betweennessRank}(st|nd|rd|th) of ${latest.organisations}$`));
    expect(await trend.getByTestId('trend-path').count()).toBe(3);
    expect(await trend.getByTestId('trend-table').count()).toBe(2);
    await page.close();
  });
});
