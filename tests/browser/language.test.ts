// Interface languages in Chromium: the switcher changes every label, is remembered, and the
// browser's language picks the first one. As the public sees it: no sign-in needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('language switcher', () => {
  it('changes the navigation, the page and <html lang>, and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/organisations`);
    const nav = page.getByTestId('nav-organisations');
    expect(await nav.innerText()).toBe('Organisations');
    expect(await page.getByTestId('sign-in-link').innerText()).toBe('Sign in');

    await page.getByTestId('language-switcher').selectOption('nl');
    await nav.filter({ hasText: 'Organisaties' }).waitFor();
    await page.getByTestId('sign-in-link').filter({ hasText: 'Aanmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { name: 'Organisaties' }).waitFor();

    await page.getByTestId('language-switcher').selectOption('de');
    await nav.filter({ hasText: 'Organisationen' }).waitFor();

    await page.reload();
    await nav.filter({ hasText: 'Organisationen' }).waitFor();
    expect(await page.getByTestId('language-switcher').inputValue()).toBe('de');
    await context.close();
  });

  it('starts in the browser’s language when nothing was chosen', async () => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/`);

    await page.getByTestId('sign-in-link').filter({ hasText: 'Se connecter' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await context.close();
  });
});
