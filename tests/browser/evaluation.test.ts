// Evaluation waves in Chromium: a coordinator opens a wave, a representative answers it in French on
// a phone and submits, and the results page keeps every figure below the privacy threshold hidden,
// at 390 px and on a desktop. EVALUATION_SHOTS_DIR=<folder> keeps a screenshot of each page.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Respondent, Wave, WaveResults } from '../../server/schemas/evaluation.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn, type SessionUser } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const SHOTS = process.env.EVALUATION_SHOTS_DIR;
const TITLE = `Évaluation printemps ${Date.now() % 10000}`;

let server: TestServer;
let browser: Browser;
let leadership: BrowserAgent;
let wave: Wave;
let representative: SessionUser;

async function contextAs(role: 'coordinator' | 'representative' | 'leadership', options: { locale: string; width: number; height?: number }): Promise<{ context: BrowserContext; page: Page; user: SessionUser }> {
  const context = await browser.newContext({ locale: options.locale, viewport: { width: options.width, height: options.height ?? 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const user = await signIn(page, server.url, role);
  return { context, page, user };
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Nothing wider than the screen. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  leadership = await asRole(server.app, 'leadership');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a coordinator opens a wave', () => {
  it('fills in the form, asks every member and lands on the new wave’s results', { timeout: 300_000 }, async () => {
    const { context, page } = await contextAs('coordinator', { locale: 'en-GB', width: 1280 });
    try {
      await page.goto(`${server.url}/evaluation`);
      await page.getByTestId('waves').waitFor();
      // The demo's three past waves are listed, closed.
      expect(await page.locator('[data-testid="wave"][data-state="closed"]').count()).toBe(3);
      await page.getByTestId('open-wave').click();
      await page.getByTestId('wave-title').fill(TITLE);
      // Every member is asked by default, once the list has loaded.
      await expect.poll(async () => page.locator('[data-testid="wave-asked"]:checked').count(), { timeout: 30_000 }).toBeGreaterThan(100);
      await shot(page, 'wave-form-1280');
      await page.getByTestId('save-wave').click();
      await page.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
      await page.getByTestId('eval-rate').waitFor();
      wave = (await leadership.inject('/api/evaluation/waves')).json().find((w: Wave) => w.title === TITLE);
      expect(wave).toMatchObject({ state: 'open', responseRate: { answered: 0 } });
      expect(await page.getByTestId('eval-rate').textContent()).toContain('0%');
      // Nobody has answered: every organisation asked is on the reminder list.
      expect(await page.locator('[data-testid="eval-pending"] li').count()).toBe(wave.organisationIds.length);
    } finally {
      await context.close();
    }
  });
});

describe('a representative answers in French', () => {
  it('rates the council and a proposed partner on a phone, and submits once', { timeout: 300_000 }, async () => {
    const { context, page, user } = await contextAs('representative', { locale: 'fr-BE', width: 390, height: 844 });
    representative = user;
    page.on('dialog', (dialog) => void dialog.accept());
    try {
      await page.goto(`${server.url}/evaluation`);
      const card = page.locator('[data-testid="wave"]', { hasText: TITLE });
      await card.waitFor();
      expect(await card.getByTestId('wave-own-status').textContent()).toBe('Pas encore de réponse');
      await card.getByTestId('answer-wave').click();
      await page.getByTestId('answer-form').waitFor();
      expect(await page.locator('h1').textContent()).toContain('Réponse');
      for (const item of ['communication', 'workingGroups', 'meetings', 'knowledgeExchange', 'satisfaction']) {
        await page.getByTestId(`a-general-${item}-4`).check();
      }
      await page.getByTestId('answer-what-works').fill('Les rencontres entre compagnies du quartier.');
      await page.getByTestId('answer-consent').check();
      // Its partners in the network are proposed first: take the first one.
      await page.getByTestId('answer-add-proposed').first().click();
      const partner = page.getByTestId('answer-partner').first();
      await partner.waitFor();
      for (const field of ['frequency', 'openness', 'reliability', 'sharedMission', 'influence', 'resources', 'involvement']) {
        await page.getByTestId(`a-p0-${field}-3`).check();
      }
      expect(await fitsWidth(page)).toBe(true);
      await shot(page, 'answer-form-fr-390');
      await page.getByTestId('answer-submit').click();
      await page.waitForURL(/\/evaluation$/);
      const after = page.locator('[data-testid="wave"]', { hasText: TITLE });
      await expect.poll(async () => after.getByTestId('wave-own-status').textContent()).toBe('Envoyée');
      await shot(page, 'waves-fr-390');
    } finally {
      await context.close();
    }
    const respondents = (await leadership.inject(`/api/evaluation/waves/${wave.id}/respondents`)).json() as Respondent[];
    expect(respondents.find((r) => r.id === representative.organisationId)?.status).toBe('submitted');
  });
});

describe('the privacy threshold in the results', () => {
  for (const width of [1280, 390]) {
    it(`hides every figure of fewer than three answers at ${width} px, as the API does`, { timeout: 300_000 }, async () => {
      const { context, page } = await contextAs('leadership', { locale: 'en-GB', width, height: width === 390 ? 844 : 900 });
      try {
        // The new wave has one answer: every score is withheld.
        await page.goto(`${server.url}/evaluation/${wave.id}`);
        await page.getByTestId('eval-scores').waitFor();
        expect(await page.getByTestId('privacy-note').textContent()).toContain('at least 3');
        for (const score of ['satisfaction', 'trust', 'value']) {
          const cell = page.getByTestId(`eval-figure-${score}`);
          expect(await cell.getAttribute('data-withheld')).toBe('true');
          expect(await cell.textContent()).toBe('Too few answers (fewer than 3)');
        }
        expect(await page.getByTestId('eval-scores').textContent()).not.toMatch(/\d\.\d\d \//);
        expect(await fitsWidth(page)).toBe(true);
        await shot(page, `results-new-wave-${width}`);

        // A demo wave: figures where three or more answered, "too few answers" exactly where the API withholds.
        const demo = ((await leadership.inject('/api/evaluation/waves')).json() as Wave[]).find((w) => w.state === 'closed')!;
        const api = (await leadership.inject(`/api/evaluation/waves/${demo.id}/results`)).json() as WaveResults;
        await page.goto(`${server.url}/evaluation/${demo.id}`);
        await page.getByTestId('eval-by-organisation').waitFor();
        expect(await page.getByTestId('eval-figure-satisfaction').getAttribute('data-withheld')).toBeNull();
        const rows = page.getByTestId('eval-about');
        expect(await rows.count()).toBe(api.organisations.length);
        const withheld = api.organisations.filter((o) => o.trust.withheld).length;
        expect(withheld).toBeGreaterThan(0);
        expect(withheld).toBeLessThan(api.organisations.length);
        expect(await page.locator('[data-testid="eval-about"] td:nth-child(2) [data-withheld="true"]').count()).toBe(withheld);
        expect(await fitsWidth(page)).toBe(true);
        await shot(page, `results-demo-wave-${width}`);
      } finally {
        await context.close();
      }
    });
  }
});
