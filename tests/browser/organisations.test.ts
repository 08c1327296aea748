// The inventory in Chromium: list, search, profile and editing, against the demo city, as a
// coordinator (who may edit every organisation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
}

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
/** The API as a coordinator sees it, to compare the pages with. */
let coordinator: BrowserAgent;

async function api<T>(path: string): Promise<T> {
  const response = await coordinator.inject(`/api${path}`);
  if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode}`);
  return response.json() as T;
}

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}${path}`);
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  coordinator = await asRole(server.app, 'coordinator');
  const page = await context.newPage();
  await signIn(page, server.url, 'coordinator');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/organisations', () => {
  it('lists the first page of organisations with the total', async () => {
    const { total } = await api<{ total: number }>('/organisations?pageSize=1');
    const page = await openPage('/organisations');
    await page.getByTestId('org-row').first().waitFor();

    expect(await page.getByTestId('org-row').count()).toBe(Math.min(25, total));
    expect(await page.getByTestId('org-total').innerText()).toContain(`of ${total.toLocaleString('en')} organisations`);
    await page.close();
  });

  it('searches by name, puts the search in the URL and shows the matches', async () => {
    const { items } = await api<{ items: OrganisationSummary[] }>('/organisations?pageSize=60');
    // Beyond the first page, so the row can only appear through the search.
    const target = items[50]!;
    const word = target.name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    const { total: expected } = await api<{ total: number }>(`/organisations?pageSize=1&q=${encodeURIComponent(word)}`);
    const page = await openPage('/organisations');
    await page.getByTestId('org-row').first().waitFor();

    await page.getByTestId('org-search').fill(word);
    await page.waitForURL((url) => url.searchParams.get('q') === word);
    await page.getByTestId('org-total').filter({ hasText: ` of ${expected} organisation` }).waitFor();
    await page.locator(`[data-testid="org-row"][data-slug="${target.slug}"]`).waitFor();

    expect(await page.getByTestId('org-row').count()).toBe(Math.min(25, expected));
    await page.close();
  });

  it('shows nothing-found for a search without matches', async () => {
    const page = await openPage('/organisations?q=zzzqqqxxyy');
    await page.getByTestId('org-empty').waitFor();
    expect(await page.getByTestId('org-row').count()).toBe(0);
    await page.close();
  });
});

describe('/organisations/[slug]', () => {
  it('opens the profile from the list', async () => {
    const page = await openPage('/organisations');
    const row = page.getByTestId('org-row').nth(2);
    const slug = await row.getAttribute('data-slug');
    const name = await row.locator('a').innerText();

    await row.locator('a').click();
    await page.waitForURL(`**/organisations/${slug}`);

    expect(await page.getByTestId('org-name').innerText()).toBe(name);
    await page.getByRole('heading', { name: 'Joint projects' }).waitFor();
    await page.getByRole('heading', { name: 'Partners' }).waitFor();
    await page.close();
  });

  it('shows the not-found page for an unknown organisation', async () => {
    const page = await openPage('/organisations/no-such-organisation-here');
    await page.getByRole('heading', { name: /does not exist/ }).waitFor();
    await page.close();
  });
});

describe('/organisations/[slug]/edit', () => {
  it('saves a new name and shows it on the profile', async () => {
    const { items } = await api<{ items: OrganisationSummary[] }>('/organisations?pageSize=5');
    const target = items[3]!;
    const newName = `${target.name} (renamed in a browser test)`;
    const page = await openPage(`/organisations/${target.slug}/edit`);

    await page.getByTestId('input-name').fill(newName);
    await page.getByTestId('save-organisation').click();
    await page.waitForURL(`**/organisations/${target.slug}`);

    await page.getByTestId('org-name').filter({ hasText: newName }).waitFor();
    expect((await api<OrganisationSummary>(`/organisations/${target.id}`)).name).toBe(newName);
    await page.close();
  });

  it('shows the server’s field error next to the field and saves nothing', async () => {
    const { items } = await api<{ items: (OrganisationSummary & { email: string | null })[] }>('/organisations?pageSize=5');
    const target = items[1]!;
    const page = await openPage(`/organisations/${target.slug}/edit`);

    await page.getByTestId('input-email').fill('not an e-mail address');
    await page.getByTestId('save-organisation').click();

    const error = page.getByTestId('error-email');
    await error.waitFor();
    expect(await page.getByTestId('input-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('input-email').getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    expect(page.url()).toMatch(/\/edit$/);
    expect((await api<{ email: string | null }>(`/organisations/${target.id}`)).email).toBe(target.email);
    await page.close();
  });

  it('fetches a fresh CSRF token once when the session’s one went stale, and saves', async () => {
    const { items } = await api<{ items: OrganisationSummary[] }>('/organisations?pageSize=8');
    const target = items[6]!;
    const newName = `${target.name} (saved with a fresh token)`;
    const page = await openPage(`/organisations/${target.slug}/edit`);
    await page.getByTestId('input-name').waitFor();
    // The token the page holds no longer matches the browser's CSRF secret.
    await context.clearCookies({ name: 'kulturrat_csrf' });
    const refused: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'PUT' && response.status() === 403) refused.push(response.status());
    });

    await page.getByTestId('input-name').fill(newName);
    await page.getByTestId('save-organisation').click();
    await page.waitForURL(`**/organisations/${target.slug}`);

    expect(refused).toEqual([403]);
    expect((await api<OrganisationSummary>(`/organisations/${target.id}`)).name).toBe(newName);
    await page.close();
  });
});
