// The layout sweep: every page of the dashboard, on a phone (390 px) and a desktop (1440 px), is no
// wider than the screen and none of its cards, sections or columns lies over another. Each page is
// visited as the role that sees most of it, in German (the longest words), and the pages with the
// most text once more in French. One browser, one context per role, no fixed waits.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { de } from '../../web/src/lib/i18n/de.ts';
import { fr } from '../../web/src/lib/i18n/fr.ts';
import { asRole } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signedInPage, type SessionUser } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const WIDTHS = [390, 1440] as const;
/** Set to a folder to keep a screenshot of every page at every width (for a person to look at). */
const SHOTS = process.env.LAYOUT_SHOTS_DIR;
/** What a part of a page still loading says, in the languages swept. */
const LOADING = [de['state.loading'], fr['state.loading']];

interface Target {
  path: string;
  role: 'admin' | 'representative' | 'public';
  /** Visited once more in French: the pages with the most text. */
  french?: boolean;
}

interface Finding {
  page: string;
  width: number;
  scrollWidth: number;
  /** The header's height: one row, not a quarter of a phone's screen. */
  headerHeight: number;
  overlaps: string[];
  overflowing: string[];
}

let server: TestServer;
let browser: Browser;
let targets: Target[] = [];
const contexts: BrowserContext[] = [];
const pages = new Map<Target['role'], { page: Page; user: SessionUser | null }>();

/** Finds the demo city's ids and slugs for the detail pages through the API. */
async function detailPaths(): Promise<Target[]> {
  const admin = await asRole(server.app, 'admin');
  const get = async <T>(url: string): Promise<T> => {
    const response = await admin.inject(url);
    if (response.statusCode !== 200) throw new Error(`GET ${url}: ${response.statusCode}`);
    return response.json() as T;
  };
  const orgs = (await get<{ items: { slug: string; name: string }[] }>('/api/organisations?pageSize=40&sort=name')).items;
  // The profile with the longest name, and two others, stand for every profile.
  const longest = [...orgs].sort((a, b) => b.name.length - a.name.length)[0]!;
  const profiles = [...new Set([orgs[0]!.slug, orgs[1]!.slug, longest.slug])];
  const groups = await get<{ slug: string }[]>('/api/working-groups');
  const meetings = (await get<{ items: { id: string }[] }>('/api/meetings?sort=-date&pageSize=1')).items;
  const projects = (await get<{ items: { id: string }[] }>('/api/projects?pageSize=1&status=running')).items;
  const insights = (await get<{ items: { id: string }[] }>('/api/insights?pageSize=1')).items;
  const goals = (await get<{ items: { id: string }[] }>('/api/goals')).items;
  return [
    ...profiles.map((slug, i): Target => ({ path: `/organisations/${slug}`, role: 'admin', french: i === 0 })),
    { path: `/organisations/${profiles[0]}?tab=history`, role: 'admin' },
    { path: `/organisations/${profiles[0]}/edit`, role: 'admin', french: true },
    { path: `/organisations/${profiles[0]}`, role: 'public' },
    { path: `/groups/${groups[0]!.slug}`, role: 'admin', french: true },
    { path: `/groups/${groups[0]!.slug}/edit`, role: 'admin' },
    { path: `/meetings/${meetings[0]!.id}`, role: 'admin', french: true },
    { path: `/meetings/${meetings[0]!.id}/edit`, role: 'admin' },
    { path: `/projects/${projects[0]!.id}`, role: 'admin', french: true },
    { path: `/projects/${projects[0]!.id}/edit`, role: 'admin' },
    { path: `/insights/${insights[0]!.id}`, role: 'admin' },
    { path: `/insights/${insights[0]!.id}/edit`, role: 'admin' },
    ...goals.slice(0, 1).map((g): Target => ({ path: `/strategy/goals/${g.id}`, role: 'admin', french: true })),
  ];
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  const newContext = async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: WIDTHS[1], height: 900 } });
    contexts.push(context);
    return context;
  };
  for (const role of ['admin', 'representative', 'public'] as const) pages.set(role, await signedInPage(newContext, server.url, role));
  const own = pages.get('representative')!.user!.organisationId!;
  const ownSlug = ((await (await asRole(server.app, 'admin')).inject(`/api/organisations/${own}`)).json() as { slug: string }).slug;
  targets = [
    { path: '/', role: 'public' },
    { path: '/sign-in', role: 'public' },
    { path: '/organisations', role: 'public' },
    { path: '/', role: 'admin' },
    { path: '/organisations', role: 'admin', french: true },
    { path: '/organisations/new', role: 'admin' },
    { path: '/groups', role: 'admin' },
    { path: '/groups/new', role: 'admin' },
    { path: '/meetings', role: 'admin', french: true },
    { path: '/meetings/new', role: 'admin' },
    { path: '/projects', role: 'admin', french: true },
    { path: '/projects/new', role: 'admin' },
    { path: '/insights', role: 'admin', french: true },
    { path: '/insights/new', role: 'admin' },
    { path: '/network', role: 'admin' },
    { path: '/import', role: 'admin' },
    { path: '/account/password', role: 'admin' },
    { path: '/admin', role: 'admin' },
    { path: '/admin/users', role: 'admin' },
    { path: '/admin/audit', role: 'admin', french: true },
    { path: '/admin/trash', role: 'admin' },
    { path: '/admin/backup', role: 'admin' },
    { path: '/strategy', role: 'admin', french: true },
    { path: '/strategy/goals/new', role: 'admin' },
    { path: '/strategy/report', role: 'admin', french: true },
    { path: '/', role: 'representative' },
    { path: `/organisations/${ownSlug}`, role: 'representative' },
    { path: '/partners', role: 'representative' },
    ...(await detailPaths()),
  ];
}, 300_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until it and the data it loads are shown. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator('main h1').first().waitFor();
  // The streamed parts of a page show "Loading…" as a status line and lists say they are busy.
  await page.waitForFunction(
    (loading) =>
      ![...document.querySelectorAll('main [role="status"]')].some((el) => loading.includes(el.textContent?.trim() ?? '')) &&
      !document.querySelector('main [aria-busy="true"], .loading-bar'),
    LOADING,
    { timeout: 30_000 },
  );
}

/** Measures the page as laid out now: its width, overlapping boxes, and boxes whose content spills out. */
function measure(page: Page): Promise<Omit<Finding, 'page' | 'width'>> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const name = (el: Element) => {
      const heading = el.querySelector('h1, h2, h3, legend')?.textContent?.trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${heading ? ` "${heading}"` : ''}`;
    };
    const boxes = [...document.querySelectorAll('main .card, main section, main aside, .detail-layout > *, .detail-side > *')]
      .filter((el) => !el.closest('dialog:not([open]), details:not([open]) > :not(summary)'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) overlaps.push(`${name(a.el)} × ${name(b.el)}`);
      }
    }
    // A card whose content is wider than itself spills over its neighbours or is cut off.
    const overflowing = boxes
      .filter(({ el }) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      .map(({ el }) => `${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
    const headerHeight = Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height);
    return { scrollWidth: document.scrollingElement!.scrollWidth, headerHeight, overlaps, overflowing };
  });
}

async function sweep(role: Target['role'], list: Target[]): Promise<Finding[]> {
  const { page } = pages.get(role)!;
  const findings: Finding[] = [];
  for (const target of list) {
    await page.setViewportSize({ width: WIDTHS[1], height: 900 });
    await open(page, target.path);
    for (const width of [...WIDTHS].reverse()) {
      await page.setViewportSize({ width, height: 900 });
      const result = await measure(page);
      findings.push({ page: `${role} ${target.path}`, width, ...result });
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        const name = `${role}${target.path.replace(/[^a-z0-9]+/gi, '-')}-${await page.evaluate(() => document.documentElement.lang)}-${width}.png`;
        await page.screenshot({ path: join(SHOTS, name), fullPage: true });
      }
    }
  }
  return findings;
}

/** The header holds one row of 3.5rem (56 px) and its padding. */
const HEADER_MAX = 72;

const problems = (findings: Finding[]) =>
  findings.filter((f) => f.scrollWidth > f.width || f.headerHeight > HEADER_MAX || f.overlaps.length > 0 || f.overflowing.length > 0);

describe('the layout of every page', () => {
  it('fits the screen at 390 px and 1440 px in German, without overlapping cards', { timeout: 240_000 }, async () => {
    const findings: Finding[] = [];
    for (const role of ['public', 'representative', 'admin'] as const) findings.push(...(await sweep(role, targets.filter((t) => t.role === role))));
    expect(findings.length).toBe(targets.length * WIDTHS.length);
    expect(problems(findings)).toEqual([]);
  });

  it('fits the screen in French too, on the pages with the most text', { timeout: 120_000 }, async () => {
    const { page } = pages.get('admin')!;
    await page.getByTestId('language-switcher').selectOption('fr');
    await page.locator('html[lang="fr"]').waitFor();
    const french = targets.filter((t) => t.french);
    const findings = await sweep('admin', french);
    expect(findings.length).toBe(french.length * WIDTHS.length);
    expect(problems(findings)).toEqual([]);
  });
});

describe('an anonymous deep link to a members’ page', () => {
  it('goes to the sign-in page before asking the server for anything it would refuse', async () => {
    const { page } = pages.get('public')!;
    const meeting = targets.find((t) => t.path.startsWith('/meetings/') && !t.path.endsWith('/edit'))!;
    const refused: string[] = [];
    const onResponse = (response: { status(): number; url(): string }) => {
      if (response.status() === 401) refused.push(response.url());
    };
    page.on('response', onResponse);
    for (const path of [meeting.path, '/groups', '/meetings', '/insights', '/network']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByTestId('sign-in-email').waitFor();
    }
    page.off('response', onResponse);
    expect(refused).toEqual([]);
  });
});

describe('the header', () => {
  it('folds the navigation behind a menu button on a phone: it opens, closes on Escape and gives focus back', async () => {
    const { page } = pages.get('admin')!;
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '/organisations');
    const toggle = page.getByTestId('nav-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('nav-groups').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('nav-groups').waitFor();
    // The secondary pages are listed in the opened navigation, not behind a second drop-down.
    await page.getByTestId('nav-users').waitFor();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await toggle.click();
    await page.getByTestId('nav-meetings').click();
    await page.waitForURL((url) => url.pathname === '/meetings');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps an admin’s navigation in one row on a wide screen, the secondary pages in the More menu', async () => {
    const { page } = pages.get('admin')!;
    await page.setViewportSize({ width: 1920, height: 1000 });
    await open(page, '/organisations');
    expect(await page.getByTestId('nav-toggle').isVisible()).toBe(false);
    const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(HEADER_MAX);
    await page.getByTestId('nav-more').locator('summary').click();
    await page.getByTestId('nav-audit').waitFor();
    expect(await page.getByTestId('nav-import').isVisible()).toBe(true);
  });
});
