// Each role signs in and sees what it may use, and not more: navigation, the inventory's buttons,
// a profile's Edit/Delete/History and contact details, and the administration pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROLES, type Role } from '../../server/domain/actor.ts';
import { ruleFor } from '../../server/policy.ts';
import { allows, type Permission } from '../../web/src/lib/permissions.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signedInPage, type SessionUser } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  email: string | null;
  public: boolean;
}

let server: TestServer;
let browser: Browser;
let coordinator: BrowserAgent;
/** A public organisation with an e-mail address, which no demo account represents. */
let other: OrganisationSummary;

const newContext = () => browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  coordinator = await asRole(server.app, 'coordinator');
  const { items } = (await coordinator.inject('/api/organisations?pageSize=50&sort=name')).json() as { items: OrganisationSummary[] };
  const admin = await asRole(server.app, 'admin');
  const representatives = (await admin.inject('/api/users?role=representative')).json() as { items: { organisationId: string | null }[] };
  const represented = new Set(representatives.items.map((u) => u.organisationId));
  other = items.find((o) => o.public && o.email && !represented.has(o.id))!;
  expect(other).toBeDefined();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How many elements with this test id the page shows (0 when hidden or absent). */
const shown = (page: Page, testId: string) => page.getByTestId(testId).count();

describe('the dashboard’s permission table', () => {
  // Each thing the dashboard offers, and the route the server's policy guards it with. The third
  // value says whether that route can name the actor's own organisation (where `own` may allow a
  // representative); a route that names none gives `own` nothing to allow.
  const ROUTES: Record<Permission, [string, string, 'organisation' | 'none']> = {
    'network.view': ['GET', '/api/network', 'none'],
    'organisation.create': ['POST', '/api/organisations', 'organisation'],
    'organisation.edit': ['PUT', '/api/organisations/:id', 'organisation'],
    'organisation.delete': ['DELETE', '/api/organisations/:id', 'organisation'],
    'organisation.import': ['POST', '/api/organisations/import', 'organisation'],
    'organisation.export': ['GET', '/api/organisations/export.csv', 'organisation'],
    'organisation.partners': ['GET', '/api/organisations/:id/partners', 'organisation'],
    'organisation.history': ['GET', '/api/audit', 'organisation'],
    'organisation.attendance': ['GET', '/api/organisations/:id/attendance', 'organisation'],
    'collaboration.view': ['GET', '/api/working-groups', 'none'],
    'group.manage': ['POST', '/api/working-groups', 'none'],
    'group.members': ['POST', '/api/working-groups/:id/members', 'none'],
    'group.import': ['POST', '/api/working-groups/:id/members/import', 'none'],
    'meeting.manage': ['POST', '/api/meetings', 'none'],
    'attendance.record': ['PUT', '/api/meetings/:id/attendance', 'none'],
    'attendance.confirm': ['POST', '/api/meetings/:id/attendance/confirm', 'organisation'],
    'insight.create': ['POST', '/api/insights', 'organisation'],
    'insight.edit': ['PUT', '/api/insights/:id', 'organisation'],
    'insight.delete': ['DELETE', '/api/insights/:id', 'none'],
    'event.edit': ['PUT', '/api/events/:id', 'organisation'],
    'event.publish': ['POST', '/api/events/:id/status', 'none'],
    'project.create': ['POST', '/api/projects', 'none'],
    'project.edit': ['PUT', '/api/projects/:id', 'none'],
    'project.status': ['POST', '/api/projects/:id/status', 'none'],
    'project.delete': ['DELETE', '/api/projects/:id', 'none'],
    'project.import': ['POST', '/api/projects/import', 'none'],
    'project.export': ['GET', '/api/projects/export.csv', 'none'],
    // A project's history is an audit query that names no organisation: `own` allows nothing there.
    'project.history': ['GET', '/api/audit', 'none'],
    'metrics.view': ['GET', '/api/metrics', 'none'],
    'metrics.recompute': ['POST', '/api/metrics/recompute', 'none'],
    'organisation.metrics': ['GET', '/api/organisations/:id/metrics', 'organisation'],
    'partners.find': ['GET', '/api/organisations/:id/partner-suggestions', 'organisation'],
    'partners.decide': ['POST', '/api/organisations/:id/partner-suggestions/accept', 'organisation'],
    'partners.projects': ['GET', '/api/projects/:id/partner-suggestions', 'none'],
    'evaluation.view': ['GET', '/api/evaluation/waves', 'none'],
    'evaluation.manage': ['POST', '/api/evaluation/waves', 'none'],
    'evaluation.results': ['GET', '/api/evaluation/waves/:id/results', 'none'],
    'evaluation.answer': ['PUT', '/api/evaluation/waves/:id/responses/:organisationId', 'organisation'],
    'strategy.view': ['GET', '/api/goals', 'none'],
    'goal.manage': ['POST', '/api/goals', 'none'],
    admin: ['GET', '/api/users', 'none'],
  };
  const roles: Role[] = ['public', ...ROLES];

  it.each(Object.entries(ROUTES))('offers %s to exactly the roles the server allows', (permission, [method, url, target]) => {
    for (const role of roles) {
      const rule = ruleFor(method, url, role);
      expect(rule, `${method} ${url} has a row in the policy`).toBeDefined();
      const own = allows(role, permission as Permission, { actorOrganisationId: 'mine', organisationId: 'mine' });
      const another = allows(role, permission as Permission, { actorOrganisationId: 'mine', organisationId: 'theirs' });
      const ownExpected = target === 'organisation' ? rule !== 'deny' : rule === 'allow';
      expect({ role, own, another }).toEqual({ role, own: ownExpected, another: rule === 'allow' });
    }
  });
});

interface Expected {
  network: boolean;
  import: boolean;
  admin: boolean;
  create: boolean;
  export: boolean;
  edit: boolean;
  remove: boolean;
  history: boolean;
  contact: boolean;
}

const reader = { network: true, import: false, admin: false, create: false, export: true, edit: false, remove: false, contact: true };
const EXPECTED: Record<Role, Expected> = {
  public: { network: false, import: false, admin: false, create: false, export: false, edit: false, remove: false, history: false, contact: false },
  representative: { ...reader, history: false },
  strategist: { ...reader, history: false },
  leadership: { ...reader, history: true },
  coordinator: { ...reader, import: true, create: true, edit: true, remove: true, history: true },
  admin: { network: true, import: true, admin: true, create: true, export: true, edit: true, remove: true, history: true, contact: true },
};

describe('what each role is offered', () => {
  it.each(Object.entries(EXPECTED))('%s sees what it may use and not more', async (role, expected) => {
    const { page } = await signedInPage(newContext, server.url, role as Role);

    await page.goto(`${server.url}/organisations`);
    await page.getByTestId('org-row').first().waitFor();
    expect({
      network: (await shown(page, 'nav-network')) > 0,
      import: (await shown(page, 'nav-import')) > 0,
      admin: (await shown(page, 'nav-admin')) > 0,
      create: (await shown(page, 'new-organisation')) > 0,
      export: (await shown(page, 'export-csv')) > 0,
    }).toEqual({ network: expected.network, import: expected.import, admin: expected.admin, create: expected.create, export: expected.export });
    expect(await shown(page, 'sign-in-link')).toBe(role === 'public' ? 1 : 0);
    // Groups, meetings, projects and the insight library are for every member, not the public.
    const collaboration = await Promise.all(['nav-groups', 'nav-meetings', 'nav-projects', 'nav-insights'].map((id) => shown(page, id)));
    expect(collaboration).toEqual(Array(4).fill(expected.network ? 1 : 0));

    await page.goto(`${server.url}/organisations/${other.slug}`);
    await page.getByTestId('org-name').waitFor();
    const text = await page.locator('main').innerText();
    expect({
      edit: (await shown(page, 'edit-organisation')) > 0,
      remove: (await shown(page, 'delete-organisation')) > 0,
      history: (await shown(page, 'tab-history')) > 0,
      contact: text.includes(other.email!),
    }).toEqual({ edit: expected.edit, remove: expected.remove, history: expected.history, contact: expected.contact });

    await page.goto(`${server.url}/admin/users`);
    if (expected.admin) {
      await page.getByTestId('user-table').waitFor();
    } else if (role === 'public') {
      await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/admin/users');
      await page.getByTestId('sign-in-form').waitFor();
    } else {
      await page.getByTestId('forbidden').waitFor();
      expect(await shown(page, 'user-table')).toBe(0);
    }
    await page.context().close();
  });

  it('sends the public to the sign-in page for the network map, and back to it after signing in', async () => {
    const { page } = await signedInPage(newContext, server.url, 'public');
    await page.goto(`${server.url}/network?discipline=music`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/network?discipline=music');

    await page.getByTestId('sign-in-email').fill('strategist@demo.kulturrat.example');
    await page.getByTestId('sign-in-password').fill('kulturrat-demo');
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((url) => url.pathname === '/network' && url.searchParams.get('discipline') === 'music');
    await page.getByTestId('account-menu').waitFor();
    await page.context().close();
  });

  it('gives one generic message for a wrong password and stays on the sign-in page', async () => {
    const { page } = await signedInPage(newContext, server.url, 'public');
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-in-email').fill('admin@demo.kulturrat.example');
    await page.getByTestId('sign-in-password').fill('not the password at all');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('is not right');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await shown(page, 'account-menu')).toBe(0);
    await page.context().close();
  });
});

describe('a representative', () => {
  let page: Page;
  let user: SessionUser;
  let own: OrganisationSummary;

  beforeAll(async () => {
    ({ page, user } = (await signedInPage(newContext, server.url, 'representative')) as { page: Page; user: SessionUser });
    own = (await coordinator.inject(`/api/organisations/${user.organisationId}`)).json() as OrganisationSummary;
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('shows its organisation in the account menu', async () => {
    await page.getByTestId('account-menu').locator('summary').click();
    expect(await page.getByTestId('account-organisation').innerText()).toBe(own.name);
    expect(await page.getByTestId('account-role').innerText()).toBe('Organisation representative');
  });

  it('is offered Edit and History on its own organisation, but not Delete', async () => {
    await page.goto(`${server.url}/organisations/${own.slug}`);
    await page.getByTestId('org-name').waitFor();
    expect(await shown(page, 'edit-organisation')).toBe(1);
    expect(await shown(page, 'delete-organisation')).toBe(0);

    await page.getByTestId('tab-history').click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'history');
    // The server lets it read its own organisation's history: events or "no changes", not a refusal.
    await page.getByTestId('history-event').or(page.getByTestId('history-empty')).first().waitFor();
    expect(await page.getByTestId('org-history').getByRole('alert').count()).toBe(0);

    await page.goto(`${server.url}/organisations/${own.slug}`);
    await page.getByTestId('edit-organisation').click();
    await page.getByTestId('organisation-form').waitFor();
  });

  it('is offered nothing to change on another organisation, and its edit page refuses', async () => {
    await page.goto(`${server.url}/organisations/${other.slug}`);
    await page.getByTestId('org-name').waitFor();
    expect(await shown(page, 'edit-organisation')).toBe(0);
    expect(await shown(page, 'tab-history')).toBe(0);

    await page.goto(`${server.url}/organisations/${other.slug}/edit`);
    await page.getByTestId('forbidden').waitFor();
    expect(await shown(page, 'organisation-form')).toBe(0);
  });
});
