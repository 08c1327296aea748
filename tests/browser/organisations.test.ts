// The inventory in Chromium: list, search, profile and editing, against the demo city, as a
// coordinator (who may edit every organisation).
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser-suite.ts';

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
}

const suite = browserSuite('coordinator');
const { api, openPage } = suite;

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
    await page.getByRole('heading', { name: 'Partners', exact: true }).waitFor();
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
    await suite.context.clearCookies({ name: 'kulturrat_csrf' });
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
