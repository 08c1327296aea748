// The network map in Chromium: the worker lays out the demo city and the canvas draws it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser-suite.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

/** The network is for members: the map is looked at by the council leadership. */
const suite = browserSuite('leadership', { timeout: 20_000 });

async function networkSize(query = ''): Promise<{ nodes: number; edges: number }> {
  const network = unpackNetwork((await suite.agent.inject(`/api/network${query}`)).json());
  return { nodes: network.nodes.length, edges: network.edges.length };
}

const openMap = (path = '/network'): Promise<Page> => suite.openPage(path);

interface MapAnswer {
  nodes: { id: string; slug: string; name: string; mainDiscipline: string | null; degree: number; metrics: { community: number; betweennessRank: number } }[];
  edges: { source: string; target: string; first: string | null; last: string | null }[];
}
const fullNetwork = async () => unpackNetwork((await suite.agent.inject('/api/network?metrics=true')).json()) as MapAnswer;

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];
/** The organisations and ties of a quarter (2024-Q3): ties whose first day is before its end and last day after its start. */
function tiedIn(network: MapAnswer, key: string): { nodes: number; edges: number } {
  const [year, q] = [key.slice(0, 4), Number(key.slice(-1))];
  const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const to = `${year}-${QUARTER_ENDS[q - 1]}`;
  const edges = network.edges.filter((e) => e.first !== null && e.last !== null && e.first <= to && e.last >= from);
  return { nodes: new Set(edges.flatMap((e) => [e.source, e.target])).size, edges: edges.length };
}

const waitForCount = (page: Page, testId: string, value: number) =>
  page.waitForFunction(
    ([id, n]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === String(n),
    [testId, value] as const,
  );

const drawnNodes = (page: Page) =>
  page.waitForFunction(() => Number(document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-node-count')) > 0);

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

  it('filters by discipline from the list and keeps the filter in the URL', async () => {
    const page = await openMap();
    await drawnNodes(page);

    await page.getByTestId('network-discipline').selectOption('theatre');
    await page.waitForURL((url) => url.searchParams.get('discipline') === 'theatre');
    const size = await networkSize('?discipline=theatre');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.getAttribute('data-value') === String(n),
      size.nodes,
    );
    if (size.nodes > 0) await drawnNodes(page);
    await page.close();
  });

  it('hides a discipline from the legend and keeps every legend entry, in the URL', async () => {
    const network = await fullNetwork();
    const theatre = network.nodes.filter((n) => n.mainDiscipline === 'theatre').length;
    expect(theatre).toBeGreaterThan(0);
    const page = await openMap();
    await drawnNodes(page);
    const entries = page.getByTestId('network-legend').getByRole('button');
    const before = await entries.allInnerTexts();

    await page.getByTestId('network-legend').getByRole('button', { name: /^Theatre/ }).click();
    await page.waitForURL((url) => url.searchParams.get('hide') === 'theatre');
    await waitForCount(page, 'node-count', network.nodes.length - theatre);
    expect(await entries.allInnerTexts()).toEqual(before);
    expect(await page.getByTestId('network-legend').getByRole('button', { name: /^Theatre/ }).getAttribute('aria-pressed')).toBe('false');

    await page.getByTestId('network-legend').getByRole('button', { name: /^Theatre/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('hide'));
    await waitForCount(page, 'node-count', network.nodes.length);
    await page.close();
  });

  it('colours by community: the legend lists the communities the server found', async () => {
    const network = await fullNetwork();
    const sizes = new Map<number, number>();
    for (const n of network.nodes) sizes.set(n.metrics.community, (sizes.get(n.metrics.community) ?? 0) + 1);
    const communities = [...sizes.values()].filter((size) => size > 1).length;
    expect(communities).toBeGreaterThan(1);

    const page = await openMap();
    await drawnNodes(page);
    await page.getByTestId('network-colour').selectOption('community');
    await page.waitForURL((url) => url.searchParams.get('colour') === 'community');
    await page.getByRole('heading', { name: 'Communities' }).waitFor();
    const names = await page.getByTestId('network-legend').getByRole('button').allInnerTexts();
    expect(names.filter((name) => /^Community \d+/.test(name))).toHaveLength(communities);
    await page.close();
  });

  it('replays the network quarter by quarter, drawing only the organisations tied in the quarter, with play and pause', async () => {
    const network = await fullNetwork();
    const page = await openMap();
    await drawnNodes(page);
    // Replaying changes what is drawn, not the network: no new request, no new layout.
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/network') fetched.push(request.url());
    });
    const slider = page.getByTestId('network-period');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL((url) => url.searchParams.has('period'));
    const first = new URL(page.url()).searchParams.get('period')!;
    expect(first).toMatch(/^\d{4}-Q[1-4]$/);

    const seen = new Set<number>();
    let key = first;
    for (let step = 0; step < 6; step += 1) {
      const expected = tiedIn(network, key);
      await waitForCount(page, 'node-count', expected.nodes);
      await waitForCount(page, 'edge-count', expected.edges);
      seen.add(expected.nodes);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((url) => url.searchParams.get('period') !== key);
      key = new URL(page.url()).searchParams.get('period') ?? '';
      if (!key) break;
    }
    // The network grew: the quarters do not all hold the same organisations.
    expect(seen.size).toBeGreaterThan(1);

    await page.keyboard.press('Home');
    await page.waitForURL((url) => url.searchParams.get('period') === first);
    const play = page.getByTestId('network-play');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await page.waitForURL((url) => url.searchParams.get('period') !== first, { timeout: 5000 });
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = new URL(page.url()).searchParams.get('period')!;
    const value = await slider.inputValue();
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).searchParams.get('period')).toBe(paused);
    expect(await slider.inputValue()).toBe(value);
    await waitForCount(page, 'node-count', tiedIn(network, paused).nodes);
    expect(fetched).toEqual([]);
    await page.close();
  });

  it('draws no idle organisations when a period is asked for', async () => {
    const query = '?from=2025-01-01&to=2025-03-31';
    const answer = (await suite.agent.inject(`/api/network${query}`)).json() as { nodes: { degree: number }[] };
    const tied = answer.nodes.filter((n) => n.degree > 0).length;
    expect(tied).toBeLessThan(answer.nodes.length);
    const page = await openMap(`/network${query}`);
    await waitForCount(page, 'node-count', tied);
    if (tied > 0) await drawnNodes(page);
    expect(Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBeLessThanOrEqual(tied);
    await page.close();
  });

  it('finds an organisation, opens its essentials beside the map and highlights its partners', async () => {
    const network = await fullNetwork();
    const hub = network.nodes.reduce((best, n) => (n.degree > best.degree ? n : best));
    const page = await openMap();
    await drawnNodes(page);
    await page.getByTestId('network-search').fill(hub.name);
    await page.getByTestId('network-search').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('focus') === hub.slug);
    const panel = page.getByTestId('network-panel');
    await panel.getByRole('heading', { name: hub.name }).waitFor();
    expect(await panel.getByTestId('panel-degree').innerText()).toBe(String(hub.degree));
    expect(await panel.getByTestId('panel-partners').locator('li').count()).toBe(hub.degree);
    expect(await panel.getByTestId('panel-profile').getAttribute('href')).toBe(`/organisations/${hub.slug}`);
    expect(await panel.innerText()).toContain(`${hub.metrics.betweennessRank} of ${network.nodes.length}`);
    // The page stays: the panel closes with its button.
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL((url) => !url.searchParams.has('focus'));
    expect(await panel.count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/network');
    await page.close();
  });

  it('downloads the view as PNG and SVG and links the graph files with the filters in force', async () => {
    const page = await openMap('/network?tie=project,group');
    await drawnNodes(page);
    await page.waitForFunction(() => !document.querySelector('[data-testid="export-png"]')?.hasAttribute('disabled'));

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/^kulturrat-network-\d{4}-\d{2}-\d{2}\.png$/);
    const pngBytes = await readFile((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const drawn = Number(await page.getByTestId('node-count').getAttribute('data-value'));
    expect(svgText.match(/<circle /g)?.length).toBe(drawn);
    expect(svgText.match(/<line /g)?.length).toBe(Number(await page.getByTestId('edge-count').getAttribute('data-value')));

    expect(await page.getByTestId('export-gexf').getAttribute('href')).toBe('/api/network/export.gexf?tie=project%2Cgroup');
    expect(await page.getByTestId('export-graphml').getAttribute('href')).toBe('/api/network/export.graphml?tie=project%2Cgroup');
    await page.close();
  });

  it('lists the kinds of tie with the weights the server gives, and draws only the kinds ticked in the URL', async () => {
    const model = (await suite.agent.inject('/api/tie-kinds')).json() as { kinds: { id: string; weight: number }[] };
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
    const network = (await suite.agent.inject('/api/network')).json() as { nodes: { slug: string; degree: number }[] };
    const hub = network.nodes.reduce((best, n) => (n.degree > best.degree ? n : best));
    expect(hub.degree).toBeGreaterThan(0);
    const page = await openMap(`/organisations/${hub.slug}`);
    await page.getByTestId('partner-row').first().waitFor();
    expect(await page.getByTestId('partner-row').count()).toBe(hub.degree);
    expect(await page.getByTestId('partner-kinds').innerText()).toMatch(/Joint projects 1 · Working groups 0\.5 · Meetings 0\.1/);
    await page.close();
  });
});
