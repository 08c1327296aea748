// The set-up most browser test files share: the app against its throwaway Neo4j, Debian's
// Chromium, one English context at 1280×900 signed in as one role, and the API as that role to
// compare the pages with. Call it at the top of a file; it registers its own beforeAll/afterAll.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { UserRole } from '../../server/domain/actor.ts';
import { asRole, type BrowserAgent } from './auth.ts';
import { launchChromium } from './browser.ts';
import { signIn } from './browser-auth.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** The API as the suite's role sees it. */
  readonly agent: BrowserAgent;
  /** GET an API path (without `/api`) as the suite's role; anything but 200 fails the test. */
  api<T>(path: string): Promise<T>;
  /** A new tab of the signed-in context at this path of the app. */
  openPage(path: string): Promise<Page>;
}

export function browserSuite(role: UserRole, options: { timeout?: number } = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let agent: BrowserAgent | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('browserSuite: used before its beforeAll ran');
    return value;
  };

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    agent = await asRole(server.app, role);
    const page = await context.newPage();
    await signIn(page, server.url, role);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      return ready(server);
    },
    get browser() {
      return ready(browser);
    },
    get context() {
      return ready(context);
    },
    get agent() {
      return ready(agent);
    },
    async api<T>(path: string): Promise<T> {
      const response = await ready(agent).inject(`/api${path}`);
      if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode}`);
      return response.json() as T;
    },
    async openPage(path: string): Promise<Page> {
      const page = await ready(context).newPage();
      page.setDefaultTimeout(options.timeout ?? 10_000);
      await page.goto(`${ready(server).url}${path}`);
      return page;
    },
  };
}
