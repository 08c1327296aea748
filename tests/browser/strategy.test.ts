// Strategy in Chromium (issue 12): leadership sees its overview, a strategist sets a goal and downloads
// the goals as CSV, and the printed strategy report has one page per section, at 390 px and on a
// desktop. STRATEGY_SHOTS_DIR=<folder> keeps screenshots (and the report's PDF) for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { UserRole } from '../../server/domain/actor.ts';
import type { Goal } from '../../server/schemas/goal.ts';
import type { Home } from '../../server/schemas/home.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let leadership: BrowserAgent;
const SHOTS = process.env.STRATEGY_SHOTS_DIR;
const WIDTHS = [390, 1280] as const;

async function pageAs(role: UserRole, width: number, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await signIn(page, server.url, role);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/** No element wider than the screen: the page never scrolls sideways. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  leadership = await asRole(server.app, 'leadership');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the leadership overview', () => {
  it.each(WIDTHS)('shows leadership the headline KPIs with sparklines, the goals and the changes, linking on (%i px)', async (width) => {
    const home = (await leadership.inject('/api/home')).json() as Home;
    const overview = home.strategy!;
    // The browser tests' demo city ends on a fixed day while the app's clock is today: its goals exist, their statuses vary.
    expect(overview.goals.length).toBeGreaterThan(0);
    const page = await pageAs('leadership', width);
    const kpis = page.getByTestId('overview-kpis');
    await kpis.waitFor();
    for (const h of overview.headline) {
      const tile = page.getByTestId(`overview-kpi-${h.kpi.id}`);
      expect(await tile.count()).toBe(1);
      if (h.points.length > 1) expect((await tile.getByTestId('sparkline').locator('path').getAttribute('d'))?.match(/L/g)?.length).toBe(h.points.length - 1);
    }
    const goals = page.getByTestId('overview-goals');
    expect(await goals.getByTestId('goal-status').count()).toBe(Math.min(overview.goals.length, 6));
    expect(await page.getByTestId('overview-changes').locator('h3').count()).toBe(3);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, `overview-${width}.png`);
    // A goal links to its page, with its trend and its status history.
    await goals.locator('a').first().click();
    await page.getByTestId('goal-detail').waitFor();
    expect(await page.getByTestId('trend-goal').getByTestId('trend-path').count()).toBe(2);
    await page.context().close();
  }, 180_000);
});

describe('a strategist sets a goal', () => {
  it.each(WIDTHS)('fills in the form, sees the goal with its status, and downloads the goals as CSV (%i px)', async (width) => {
    const page = await pageAs('strategist', width);
    await page.goto(`${server.url}/strategy`);
    await page.getByTestId('goal-list').waitFor();
    await shot(page, `strategy-${width}.png`);
    await page.getByTestId('new-goal').click();
    await page.getByTestId('goal-form').waitFor();
    const title = `Twice the cross-discipline ties (${width})`;
    await page.getByTestId('goal-title').fill(title);
    await page.getByTestId('goal-kpi').selectOption('crossDisciplineShare');
    await page.getByTestId('goal-baseline-date').fill('2026-03-01');
    await page.getByTestId('goal-baseline-date').press('Tab');
    await page.getByTestId('goal-target').fill('60');
    await page.getByTestId('goal-deadline').fill('2028-12-31');
    await page.getByTestId('goal-deadline').press('Tab');
    await shot(page, `goal-form-${width}.png`);
    await page.getByTestId('save-goal').click();
    await page.getByTestId('goal-detail').waitFor();
    expect(await page.getByTestId('goal-heading').innerText()).toBe(title);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, `goal-${width}.png`);

    // Stored as typed: a share of 60 % is 0.6, the baseline the KPI's figure from the data.
    const saved = ((await leadership.inject('/api/goals?kpi=crossDisciplineShare')).json() as { items: Goal[] }).items.find((g) => g.title === title)!;
    expect(saved).toMatchObject({ target: 0.6, baselineDate: '2026-03-01', deadline: '2028-12-31' });
    const shown = await page.getByTestId('goal-status').first().getAttribute('data-status');
    expect(shown).toBe(saved.status ?? 'none');

    await page.goto(`${server.url}/strategy?kpi=crossDisciplineShare`);
    await page.getByTestId('goal-list').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('goals-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^goals-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string>>((await readFile((await download.path())!, 'utf8')).trim(), { header: true }).data;
    expect(rows.map((r) => r.title)).toContain(title);
    for (const row of rows) expect(row).toMatchObject({ kpi: 'crossDisciplineShare', filter_kpi: 'crossDisciplineShare' });
    expect(rows.find((r) => r.title === title)).toMatchObject({ target: '0.6', status: saved.status ?? '' });
    await page.context().close();
  }, 180_000);
});

describe('the printed strategy report', () => {
  it.each([
    [390, 'en-GB'],
    [1280, 'fr-BE'],
  ] as const)('has one A4 page per section it promises (%i px, %s)', async (width, locale) => {
    const page = await pageAs('leadership', width, locale);
    await page.goto(`${server.url}/strategy/report`);
    await page.getByTestId('report-map').waitFor();
    const sections = await page.getByTestId('report-section').count();
    expect(sections).toBe(4);
    expect(await page.locator('h1').innerText()).toBe(locale === 'fr-BE' ? 'Rapport stratégique' : 'Strategy report');
    await shot(page, `report-${width}.png`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (SHOTS) writeFileSync(join(SHOTS, `report-${width}.pdf`), pdf);
    // Each page object of the PDF says /Type /Page (the page tree says /Pages).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBe(sections);
    await page.context().close();
  }, 180_000);
});
