// Events in Chromium: a representative drafts one in Dutch, a coordinator publishes it, the public
// calendar shows it to a French visitor in Dutch (its main language), and the widget renders inside
// a page of another origin. EVENTS_SHOTS_DIR=<folder> keeps screenshots at 390 px and desktop.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { addDays, SPRING_FORWARD } from '../helpers/events.ts';

const SHOTS = process.env.EVENTS_SHOTS_DIR;
const TITLE = `Buitenvoorstelling op het plein ${Date.now() % 10000}`;
const DAY = addDays(SPRING_FORWARD, 21);

let server: TestServer;
let browser: Browser;
let other: Server;
let otherUrl = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
});

const newPage = async (locale: string, width = 1280) => {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
};

describe('an event from draft to the public calendar', () => {
  let eventId = '';

  it('lets a representative draft an event in Dutch', async () => {
    const page = await newPage('nl-BE');
    await signIn(page, server.url, 'representative');
    await page.goto(`${server.url}/events/new`);
    await page.getByTestId('event-title-nl').fill(TITLE);
    await page.getByTestId('event-description-nl').fill('Straattheater voor het hele gezin.');
    await page.getByTestId('event-date').fill(DAY);
    await page.getByTestId('event-start-time').fill('15:00');
    await page.getByTestId('event-end-time').fill('17:00');
    await page.getByTestId('event-venue').fill('Sint-Katelijneplein');
    await page.getByTestId('event-address').fill('Sint-Katelijneplein 1, 1000 Brussel');
    await page.getByTestId('event-commune').selectOption('bruxelles');
    await page.getByTestId('event-free').check();
    await page.getByTestId('event-discipline-theatre').check();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'event-form-1280.png'), fullPage: true });
    await page.getByTestId('save-event').click();
    await page.waitForURL('**/events?saved=*');
    eventId = new URL(page.url()).searchParams.get('saved')!;
    const stored = await server.app.events.get(eventId);
    expect(stored).toMatchObject({ status: 'draft', mainLanguage: 'nl', title: { nl: TITLE }, free: true });
    await page.context().close();
  });

  it('lets a coordinator publish it', async () => {
    const page = await newPage('en-GB');
    await signIn(page, server.url, 'coordinator');
    await page.goto(`${server.url}/events?status=draft`);
    const row = page.getByTestId('event-row').filter({ hasText: TITLE });
    await row.getByTestId('event-to-published').click();
    await expect.poll(async () => (await server.app.events.get(eventId)).status).toBe('published');
    await page.context().close();
  });

  it('shows it to a French visitor in Dutch, saying so, at desktop width and at 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await newPage('fr-BE', width);
      await page.goto(`${server.url}/calendar?date=${DAY}`);
      const card = page.getByTestId('calendar-event').filter({ hasText: TITLE });
      await card.waitFor();
      expect(await card.getByTestId('calendar-event-title').getAttribute('lang')).toBe('nl');
      expect(await card.getByTestId('calendar-event-fallback').innerText()).toMatch(/^Affiché en néerlandais/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `calendar-fr-${width}.png`), fullPage: true });
      await card.getByTestId('calendar-event-title').click();
      await page.getByTestId('event-page-title').waitFor();
      expect(await page.getByTestId('event-page-title').innerText()).toBe(TITLE);
      expect(await page.getByTestId('event-page-fallback').innerText()).toMatch(/néerlandais/);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `event-page-fr-${width}.png`), fullPage: true });
      await page.context().close();
    }
  });

  it('renders the widget inside a page of another origin', async () => {
    other = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<!doctype html><html><body><h1>Member website</h1><iframe id="widget" title="events" width="400" height="400" src="${server.url}/embed/events?lang=fr&limit=20"></iframe></body></html>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    otherUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
    const page = await newPage('fr-BE');
    await page.goto(otherUrl);
    const frame = page.frameLocator('#widget');
    await frame.locator('h1').waitFor();
    expect(await frame.locator('h1').innerText()).toBe('Prochainement');
    expect(await frame.locator('li').count()).toBeGreaterThan(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'widget-other-origin.png') });
    await page.context().close();
  });
});
