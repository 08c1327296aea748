// The form toolkit in Chromium, on the organisation form: number inputs (founding year,
// coordinates) save, a web address without its scheme is completed, and every problem the browser
// can see is shown at once, beside its field and in the summary.
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser-suite.ts';

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  website: string | null;
  email: string | null;
  founded: number | null;
  lat: number | null;
  lon: number | null;
}

const suite = browserSuite('coordinator');
const { api, openPage } = suite;

describe('the organisation edit form', () => {
  it('saves a founding year and coordinates typed into its number inputs, and completes a web address', async () => {
    const { items } = await api<{ items: OrganisationSummary[] }>('/organisations?pageSize=10');
    const target = items[2]!;
    const founded = target.founded === 1998 ? 1999 : 1998;
    const page = await openPage(`/organisations/${target.slug}/edit`);
    await page.getByTestId('input-name').waitFor();

    await page.locator('#f-founded').fill(String(founded));
    await page.locator('#f-lat').fill('50.8467');
    await page.locator('#f-lon').fill('4.3525');
    await page.locator('#f-website').fill('www.example.org');
    await page.getByTestId('save-organisation').click();
    await page.waitForURL(`**/organisations/${target.slug}`);

    const saved = await api<OrganisationSummary>(`/organisations/${target.id}`);
    expect([saved.founded, saved.lat, saved.lon, saved.website]).toEqual([founded, 50.8467, 4.3525, 'https://www.example.org']);
    await page.close();
  });

  it('shows three messages at once for three bad fields, and saves nothing', async () => {
    const { items } = await api<{ items: OrganisationSummary[] }>('/organisations?pageSize=10');
    const target = items[4]!;
    const page = await openPage(`/organisations/${target.slug}/edit`);
    await page.getByTestId('input-name').waitFor();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') requests.push(request.url());
    });

    await page.getByTestId('input-name').fill('');
    await page.getByTestId('input-email').fill('not an e-mail address');
    await page.locator('#f-website').fill('not a web address');
    await page.getByTestId('save-organisation').click();

    const summary = page.getByTestId('form-errors');
    await summary.waitFor();
    expect(await summary.locator('li').count()).toBe(3);
    // One message per field: the web address is not refused twice in other words.
    const messages: Record<string, string> = {
      name: 'This is required.',
      email: 'Enter an e-mail address such as info@example.be.',
      website: 'Enter a web address starting with https://.',
    };
    for (const [field, message] of Object.entries(messages)) {
      const error = page.getByTestId(`error-${field}`);
      expect(await error.isVisible()).toBe(true);
      expect((await error.innerText()).trim()).toBe(message);
      expect(await page.locator(`#f-${field}`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`#f-${field}`).getAttribute('aria-describedby')).toContain(`f-${field}-error`);
    }
    expect(await page.getByTestId('problem').count()).toBe(0);
    expect(requests).toEqual([]);
    expect((await api<OrganisationSummary>(`/organisations/${target.id}`)).name).toBe(target.name);
    await page.close();
  });
});
