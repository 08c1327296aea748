// The partner finder in Chromium: a coordinator finds partners for a project, reads the reasons,
// accepts one (the project idea exists afterwards) and dismisses another by keyboard (it does not
// come back); the page fits a 390 px phone. PARTNER_SHOTS_DIR=<folder> keeps screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn } from '../helpers/browser-auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import type { Project } from '../../server/schemas/project.ts';

let server: TestServer;
let browser: Browser;
let coordinator: BrowserAgent;
let project: Project;
const SHOTS = process.env.PARTNER_SHOTS_DIR;

async function coordinatorPage(width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await signIn(page, server.url, 'coordinator');
  return page;
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const cardIds = (page: Page) => page.getByTestId('suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-organisation')!));

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  coordinator = await asRole(server.app, 'coordinator');
  const lead = await createOrganisation(coordinator, { name: 'Lumen Theatre', disciplines: ['theatre'], commune: 'ixelles' });
  const partner = await createOrganisation(coordinator, { name: 'Echo Dance', disciplines: ['dance'], commune: 'ixelles', needs: ['equipment'] });
  project = await createProject(coordinator, [lead, partner], { title: 'Festival of Light', status: 'idea', startDate: null, endDate: null, needsPartnersIn: ['music'] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the partner finder', () => {
  it('lets a coordinator find partners for a project, read why, accept one and dismiss another for good', async () => {
    const page = await coordinatorPage(1440);
    await page.goto(`${server.url}/partners?project=${project.id}`);
    await page.getByTestId('suggestion').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Suggestions for Festival of Light' }).count()).toBe(1);
    const before = await cardIds(page);
    expect(before.length).toBe(10);
    // The first suggestion brings the discipline the project needs, and says so in words.
    const first = page.getByTestId('suggestion').first();
    expect(await first.getByTestId('suggestion-reasons').innerText()).toContain('Brings Music, which the project needs');
    await shot(page, 'partners-desktop');

    // Accept the first: a project idea with the project's partners and the candidate.
    await first.getByTestId('accept-idea').click();
    await page.getByTestId('partners-message').getByRole('link', { name: 'Open the project idea' }).waitFor();
    const ideas = (await coordinator.inject(`/api/projects?organisation=${before[0]}&status=idea`)).json() as { items: Project[] };
    const idea = ideas.items.find((p) => p.title.startsWith('Festival of Light'));
    expect(idea?.partners.map((p) => p.organisationId).sort()).toEqual([...project.partners.map((p) => p.organisationId), before[0]!].sort());

    // Dismiss another with the keyboard: focus its name, D, a reason, Enter.
    await page.waitForFunction((id) => !document.querySelector(`[data-organisation="${id}"]`), before[0]);
    const afterAccept = await cardIds(page);
    expect(afterAccept).not.toContain(before[0]);
    const target = afterAccept[0]!;
    await page.locator(`[data-organisation="${target}"] a`).first().focus();
    await page.keyboard.press('d');
    await page.locator(`#dismiss-reason-${target}`).waitFor();
    await page.keyboard.type('Too far from our audience');
    await page.keyboard.press('Enter');
    await page.getByTestId('partners-message').getByText('not suggested here again').waitFor();
    await page.reload();
    await page.getByTestId('suggestion').first().waitFor();
    expect(await cardIds(page)).not.toContain(target);
    expect(await cardIds(page)).not.toContain(before[0]);

    // The rates per reason kind show the two decisions.
    expect(await page.getByTestId('partners-feedback').innerText()).toContain('1 accepted, 1 dismissed');
    await page.context().close();
  }, 240_000);

  it('fits a 390 px phone and shows the panel on the project page', async () => {
    const page = await coordinatorPage(390);
    await page.goto(`${server.url}/partners?project=${project.id}`);
    await page.getByTestId('suggestion').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'partners-390');
    await page.goto(`${server.url}/projects/${project.id}`);
    await page.getByTestId('suggested-partners').locator('li').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'project-panel-390');
    await page.context().close();
  }, 180_000);
});
