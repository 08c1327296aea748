// The network map in Chromium: the worker lays out the demo city and the canvas draws it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
/** The network is for members: the map is looked at by the council leadership. */
let leadership: BrowserAgent;

async function networkSize(query = ''): Promise<{ nodes: number; edges: number }> {
  const network = (await leadership.inject(`/api/network${query}`)).json() as { nodes: unknown[]; edges: unknown[] };
  return { nodes: network.nodes.length, edges: network.edges.length };
}

async function openMap(path = '/network'): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.url}${path}`);
  return page;
}

const drawnNodes = (page: Page) =>
  page.waitForFunction(() => Number(document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-node-count')) > 0);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  leadership = await asRole(server.app, 'leadership');
  const page = await context.newPage();
  await signIn(page, server.url, 'leadership');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/network', () => {
  it('draws the nodes of the network on the canvas and counts them', async () => {
    const size = await networkSize();
    expect(size.nodes).toBeGreaterThan(0);
    const page = await openMap();

    await drawnNodes(page);
    const drawn = Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'));
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(size.nodes);
    expect(Number(await page.getByTestId('node-count').getAttribute('data-value'))).toBe(size.nodes);
    expect(Number(await page.getByTestId('edge-count').getAttribute('data-value'))).toBe(size.edges);
    await page.close();
  });

  it('lists the most connected organisations as a text alternative, linked to their profiles', async () => {
    const page = await openMap();
    const links = page.getByTestId('network-top').locator('tbody a');
    await links.first().waitFor();

    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^\/organisations\/[a-z0-9-]+$/);
    await page.close();
  });

  it('filters by discipline from the legend and keeps the filter in the URL', async () => {
    const page = await openMap();
    await drawnNodes(page);

    await page.getByRole('button', { name: /^Theatre/ }).click();
    await page.waitForURL((url) => url.searchParams.get('discipline') === 'theatre');
    const size = await networkSize('?discipline=theatre');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.getAttribute('data-value') === String(n),
      size.nodes,
    );
    if (size.nodes > 0) await drawnNodes(page);
    await page.close();
  });
  it('lists the kinds of tie with the weights the server gives, and draws only the kinds ticked in the URL', async () => {
    const model = (await leadership.inject('/api/tie-kinds')).json() as { kinds: { id: string; weight: number }[] };
    const page = await openMap('/network?tie=project');
    const weights = page.getByTestId('network-weights').locator('dt');
    await weights.first().waitFor();
    expect(await weights.allInnerTexts()).toEqual(['Joint projects', 'Working groups', 'Meetings']);
    const perActivity = await page.getByTestId('network-weights').locator('dd:not(.muted)').allInnerTexts();
    expect(perActivity).toEqual(model.kinds.map((k) => `${k.weight} per shared activity`));

    expect(await page.getByTestId('network-tie-project').isChecked()).toBe(true);
    expect(await page.getByTestId('network-tie-group').isChecked()).toBe(false);
    const size = await networkSize('?tie=project');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="edge-count"]')?.getAttribute('data-value') === String(n),
      size.edges,
    );
    await page.close();
  });

  it('shows on a profile as many partners as the map gives it ties, and says which kinds count', async () => {
    const network = (await leadership.inject('/api/network')).json() as { nodes: { slug: string; degree: number }[] };
    const hub = network.nodes.reduce((best, n) => (n.degree > best.degree ? n : best));
    expect(hub.degree).toBeGreaterThan(0);
    const page = await openMap(`/organisations/${hub.slug}`);
    await page.getByTestId('partner-row').first().waitFor();
    expect(await page.getByTestId('partner-row').count()).toBe(hub.degree);
    expect(await page.getByTestId('partner-kinds').innerText()).toMatch(/Joint projects 1 · Working groups 0\.5 · Meetings 0\.1/);
    await page.close();
  });
});
