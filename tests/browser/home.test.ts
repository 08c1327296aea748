// Each role's home in Chromium: its own tasks, the public directory search, and the board saying why
// a dateless idea cannot be planned. HOME_SHOTS_DIR=<folder> also saves screenshots of every home.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { UserRole } from '../../server/domain/actor.ts';
import { brusselsWallClock } from '../../server/domain/council-time.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { sessionUser, signIn } from '../helpers/browser-auth.ts';
import { addMember, createGroup, createMeeting } from '../helpers/collaboration.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let coordinator: BrowserAgent;
let admin: BrowserAgent;
const SHOTS = process.env.HOME_SHOTS_DIR;

const wallClock = (days: number, hours = 0) => brusselsWallClock(new Date(Date.now() + days * 86_400_000 + hours * 3_600_000)).slice(0, 16);

async function pageAs(role: UserRole | 'public', options: { locale?: string; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  if (role === 'public') await page.goto(`${server.url}/`);
  else await signIn(page, server.url, role);
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  coordinator = await asRole(server.app, 'coordinator');
  admin = await asRole(server.app, 'admin');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the home page', () => {
  let meetingTitle = '';

  it("shows a representative its organisation and a meeting waiting for its confirmation", async () => {
    const page = await pageAs('representative');
    const user = (await sessionUser(page))!;
    // A meeting of one of its groups, three days ago, that nobody recorded.
    const group = await createGroup(coordinator, { name: 'Werkgroep Ochtendlicht' });
    await addMember(coordinator, group.id, user.organisationId!, { joinedOn: '2024-01-01' });
    meetingTitle = 'Terugblik op het voorjaar';
    await createMeeting(coordinator, { workingGroupId: group.id, title: meetingTitle, startsAt: wallClock(-3), endsAt: wallClock(-3, 2) });

    await page.goto(`${server.url}/`);
    const organisation = page.getByTestId('home-organisation');
    await organisation.waitFor();
    expect(await organisation.locator('h2').innerText()).toBe(user.organisationName);
    expect(await organisation.locator('progress').count()).toBe(1);
    await page.getByTestId('home-pending').getByText(meetingTitle).waitFor();
    expect(await page.getByTestId('home-figures').count()).toBe(0);
    await page.context().close();
  });

  it('shows a coordinator the meeting without minutes', async () => {
    const page = await pageAs('coordinator');
    const block = page.getByTestId('home-missing-records');
    await block.getByText(meetingTitle).waitFor();
    expect(await block.innerText()).toContain('no minutes');
    await page.getByTestId('home-stuck-projects').waitFor();
    await page.getByTestId('home-new-members').waitFor();
    await page.context().close();
  });

  it('shows leadership the headline figures of the network', async () => {
    const page = await pageAs('leadership');
    const figures = page.getByTestId('home-figures');
    await figures.waitFor();
    const total = ((await coordinator.inject('/api/organisations?pageSize=1')).json() as { total: number }).total;
    expect(await figures.getByTestId('figure-organisations').locator('.value').innerText()).toBe(total.toLocaleString('en-GB'));
    expect(Number((await figures.getByTestId('figure-ties').locator('.value').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows the admin the accounts and the last backup', async () => {
    expect((await admin.inject('/api/admin/backup')).statusCode).toBe(200);
    const page = await pageAs('admin');
    const accounts = page.getByTestId('home-accounts');
    await accounts.waitFor();
    expect(await accounts.innerText()).toContain('Coordinator');
    const backup = page.getByTestId('home-backup');
    await backup.waitFor();
    expect(await backup.getByTestId('home-backup-none').count()).toBe(0);
    expect(await backup.innerText()).toMatch(/nodes/);
    await page.context().close();
  });

  it('offers the anonymous public the directory search, which goes to the list', async () => {
    const page = await pageAs('public');
    const search = page.getByTestId('home-search');
    await search.locator('input').fill('theatre');
    await search.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/organisations' && url.searchParams.get('q') === 'theatre');
    await page.context().close();
  });
});

describe('the project board', () => {
  it('says why a dateless idea cannot be planned, before any click', async () => {
    const partner = await createOrganisation(coordinator, { name: 'Collectif Sans Date' });
    const project = await createProject(coordinator, [partner], { title: 'Idee zonder data', status: 'idea', startDate: null, endDate: null });
    const page = await pageAs('coordinator');
    await page.goto(`${server.url}/projects?organisation=${partner.id}`);
    const card = page.locator(`[data-testid="project-card"][data-project-id="${project.id}"]`);
    await card.waitFor();
    expect(await card.getByTestId('move-on').isDisabled()).toBe(true);
    expect(await card.getByTestId('move-blocked').innerText()).toContain('start date');
    await page.context().close();
  });
});

describe.runIf(SHOTS)('screenshots', () => {
  it('saves each home at 390 and 1440 px in German and French', async () => {
    mkdirSync(SHOTS!, { recursive: true });
    for (const role of ['public', 'representative', 'coordinator', 'leadership', 'admin'] as const) {
      for (const locale of ['de-DE', 'fr-BE']) {
        for (const width of [390, 1440]) {
          const page = await pageAs(role, { locale, width });
          await page.goto(`${server.url}/`);
          await page.getByTestId('home-search').waitFor();
          if (role !== 'public') await page.getByTestId(`home-${role}`).waitFor();
          // The home's own parts stay within the screen (the header is the layout's business).
          const outside = await page.evaluate(() =>
            [...document.querySelectorAll('[data-testid^="home-"], [data-testid^="home-"] *')]
              .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
          );
          expect(outside, `${role} ${locale} ${width}`).toEqual([]);
          await page.screenshot({ path: join(SHOTS!, `home-${role}-${locale}-${width}.png`), fullPage: true });
          await page.context().close();
        }
      }
    }
  }, 600_000);
});
