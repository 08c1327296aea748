// The administrator's pages in Chromium: inviting a user (one-time password, forced change at the
// first sign-in), deleting and restoring an organisation through the trash, and the audit log
// and history that record it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { launchChromium } from '../helpers/browser.ts';
import { signIn, signInWith } from '../helpers/browser-auth.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  version: number;
}

let server: TestServer;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
/** The API as an administrator sees it. */
let api: BrowserAgent;

const newContext = () => browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });

async function organisations(pageSize: number): Promise<OrganisationSummary[]> {
  return ((await api.inject(`/api/organisations?pageSize=${pageSize}&sort=name`)).json() as { items: OrganisationSummary[] }).items;
}

const status = async (path: string) => (await api.inject(path)).statusCode;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  api = await asRole(server.app, 'admin');
  adminContext = await newContext();
  admin = await adminContext.newPage();
  admin.setDefaultTimeout(15_000);
  await signIn(admin, server.url, 'admin');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/admin/users', () => {
  const email = `new-representative-${randomUUID().slice(0, 8)}@example.org`;
  let oneTimePassword = '';
  let represented: OrganisationSummary;

  it('invites a representative for an organisation and shows the one-time password once', async () => {
    represented = (await organisations(30))[7]!;
    await admin.goto(`${server.url}/admin/users`);
    await admin.getByTestId('user-row').first().waitFor();
    await admin.getByTestId('invite-user').click();
    const dialog = admin.getByTestId('user-dialog');
    await dialog.getByTestId('user-email').fill(email);
    await dialog.getByTestId('user-name').fill('Nieuwe Vertegenwoordiger');
    await dialog.getByTestId('user-role').selectOption('representative');

    // A representative needs an organisation: refused before it is chosen.
    await dialog.getByTestId('user-submit').click();
    await dialog.getByTestId('user-error-organisation').waitFor();

    await dialog.getByTestId('organisation-picker').fill(represented.name.slice(0, 12));
    await dialog.getByTestId('organisation-option').filter({ hasText: represented.name }).first().click();
    expect(await dialog.getByTestId('picked-organisation').innerText()).toContain(represented.name);
    await dialog.getByTestId('user-submit').click();

    const secret = admin.getByTestId('one-time-password');
    await secret.waitFor();
    oneTimePassword = await secret.getByTestId('one-time-password-value').inputValue();
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
    expect(await secret.innerText()).toContain('shown only now');
    await secret.getByTestId('one-time-password-done').click();
    await secret.waitFor({ state: 'hidden' });
    // Shown once: nothing on the page holds it any more.
    expect(await admin.locator('body').innerText()).not.toContain(oneTimePassword);

    const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(represented.name);
    expect(await row.innerText()).toContain('Still has a one-time password');
  });

  it('makes the new user choose a password before anything else, then lets them in', async () => {
    expect(oneTimePassword).not.toBe('');
    const context = await newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/sign-in`);
    await signInWith(page, server.url, email, oneTimePassword);

    await page.waitForURL((url) => url.pathname === '/account/password');
    await page.getByTestId('password-forced').waitFor();
    expect(await page.getByTestId('nav-organisations').count()).toBe(0);

    // No way around it: any other page leads back here.
    await page.goto(`${server.url}/organisations/${represented.slug}`);
    await page.waitForURL((url) => url.pathname === '/account/password');

    const newPassword = 'a long sentence nobody else knows';
    await page.getByTestId('password-current').fill(oneTimePassword);
    await page.getByTestId('password-new').fill(newPassword);
    await page.getByTestId('password-repeat').fill('a different sentence entirely');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-errors').filter({ hasText: 'not the same' }).waitFor();

    await page.getByTestId('password-repeat').fill(newPassword);
    await page.getByTestId('password-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('nav-organisations').waitFor();

    // The representative now keeps its organisation's profile.
    await page.goto(`${server.url}/organisations/${represented.slug}`);
    await page.getByTestId('edit-organisation').waitFor();

    // Signed out and in again, the new password is the one that works.
    await page.getByTestId('account-menu').locator('summary').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-link').waitFor();
    await signInWith(page, server.url, email, newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();
  });

  it('resets a password and shows the new one-time password', async () => {
    await admin.goto(`${server.url}/admin/users?q=${encodeURIComponent(email)}`);
    const row = admin.locator(`[data-testid="user-row"][data-email="${email}"]`);
    await row.waitFor();
    expect(await admin.getByTestId('user-row').count()).toBe(1);
    await row.getByTestId('reset-password').click();
    await admin.getByTestId('confirm-reset-button').click();
    const secret = admin.getByTestId('one-time-password');
    await secret.waitFor();
    expect((await secret.getByTestId('one-time-password-value').inputValue()).length).toBeGreaterThanOrEqual(12);
    await secret.getByTestId('one-time-password-done').click();
    await row.filter({ hasText: 'Still has a one-time password' }).waitFor();
  });
});

describe('deleting and restoring an organisation', () => {
  let target: OrganisationSummary;

  beforeAll(async () => {
    target = (await organisations(30))[11]!;
  });

  it('deletes it from its profile and it leaves the inventory', async () => {
    await admin.goto(`${server.url}/organisations/${target.slug}`);
    await admin.getByTestId('delete-organisation').click();
    await admin.getByTestId('confirm-delete-button').click();
    await admin.waitForURL((url) => url.pathname === '/organisations');
    expect(await status(`/api/organisations/${target.id}`)).toBe(404);
  });

  it('lists it in the trash and restores it after a confirmation', async () => {
    await admin.goto(`${server.url}/admin/trash?entityType=organisation`);
    const row = admin.locator(`[data-testid="trash-row"][data-id="${target.id}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(target.name);
    expect(await row.innerText()).toContain('Demo Admin');

    await row.getByTestId('trash-restore').click();
    await admin.getByTestId('confirm-restore').waitFor();
    await admin.getByTestId('confirm-restore-button').click();
    await admin.getByTestId('trash-restored').filter({ hasText: target.name }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await status(`/api/organisations/${target.id}`)).toBe(200);
  });

  it('shows both changes in the audit log, filtered to that organisation', async () => {
    await admin.goto(`${server.url}/admin/audit?entityType=organisation&entityId=${target.id}`);
    await admin.getByTestId('audit-row').first().waitFor();
    const actions = await admin.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
    const text = await admin.getByTestId('audit-table').innerText();
    expect(text).toContain('Demo Admin');
    expect(text).toContain(target.name);
    expect(await admin.getByTestId('audit-export').getAttribute('href')).toBe(
      `/api/audit/export.csv?entityType=organisation&entityId=${target.id}`,
    );
  });

  it('says a restore brought the item back instead of listing every field as new', async () => {
    await admin.goto(`${server.url}/admin/audit?entityType=organisation&entityId=${target.id}&action=restore`);
    const row = admin.getByTestId('audit-row').first();
    await row.getByTestId('audit-show-changes').click();
    await row.getByTestId('audit-restored').waitFor();
    expect(await row.getByTestId('audit-changes').count()).toBe(0);
  });

  it('shows them in the organisation’s history too', async () => {
    await admin.goto(`${server.url}/organisations/${target.slug}?tab=history`);
    await admin.getByTestId('history-event').first().waitFor();
    const actions = await admin.getByTestId('history-event').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')));
    expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
  });

  it('explains a restore that would collide with a newer organisation', async () => {
    const victim = (await organisations(30))[13]!;
    expect((await api.inject({ method: 'DELETE', url: `/api/organisations/${victim.id}?version=${victim.version}` })).statusCode).toBe(204);
    const taken = await api.inject({
      method: 'POST',
      url: '/api/organisations',
      payload: { name: `${victim.name} (new)`, slug: victim.slug, kind: 'theatre', commune: 'ixelles', disciplines: ['theatre'] },
    });
    expect(taken.statusCode).toBe(201);

    await admin.goto(`${server.url}/admin/trash`);
    const row = admin.locator(`[data-testid="trash-row"][data-id="${victim.id}"]`);
    await row.getByTestId('trash-restore').click();
    await admin.getByTestId('confirm-restore-button').click();
    const conflict = admin.getByTestId('trash-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(victim.name);
    await row.waitFor(); // still in the trash
    expect(await status(`/api/organisations/${victim.id}`)).toBe(404);
  });
});

describe('/admin/audit', () => {
  it('lists an edit with the changed field before and after', async () => {
    const target = (await organisations(30))[16]!;
    const newName = `${target.name} (audited)`;
    await admin.goto(`${server.url}/organisations/${target.slug}/edit`);
    await admin.getByTestId('input-name').fill(newName);
    await admin.getByTestId('save-organisation').click();
    await admin.waitForURL(`**/organisations/${target.slug}`);

    await admin.goto(`${server.url}/admin/audit`);
    await admin.getByTestId('audit-actor').fill('admin@demo.kulturrat.example');
    await admin.getByTestId('audit-action').selectOption('update');
    await admin.getByTestId('audit-apply').click();
    await admin.waitForURL((url) => url.searchParams.get('actor') === 'admin@demo.kulturrat.example' && url.searchParams.get('action') === 'update');
    const row = admin.locator(`[data-testid="audit-row"][data-entity-id="${target.id}"]`).first();
    await row.waitFor();
    await row.getByTestId('audit-show-changes').click();
    const name = row.locator('[data-field="name"]');
    await name.waitFor();
    expect(await name.locator('.before').innerText()).toBe(target.name);
    expect(await name.locator('.after').innerText()).toBe(newName);
  });
});

describe('editing a user', () => {
  it('disables an account from the edit dialog', async () => {
    const strategist = 'strategist@demo.kulturrat.example';
    await admin.goto(`${server.url}/admin/users?role=strategist`);
    const row = admin.locator(`[data-testid="user-row"][data-email="${strategist}"]`);
    await row.waitFor();
    await row.getByTestId('edit-user').click();
    const dialog = admin.getByTestId('user-dialog');
    expect(await dialog.getByTestId('user-role').inputValue()).toBe('strategist');
    await dialog.getByTestId('user-disabled').check();
    await dialog.getByTestId('user-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.filter({ hasText: 'Disabled' }).waitFor();

    await admin.goto(`${server.url}/admin/users?disabled=true`);
    await admin.locator(`[data-testid="user-row"][data-email="${strategist}"]`).waitFor();
    expect(await admin.getByTestId('user-row').count()).toBe(1);
  });
});

describe('the details of a change in the audit log', () => {
  it('open across the table at 1440 px, with fields and values in words', async () => {
    const target = (await organisations(30))[19]!;
    const communes = (await api.inject('/api/communes')).json() as { id: string; name: { nl: string; fr: string } }[];
    await admin.setViewportSize({ width: 1440, height: 900 });
    try {
      await admin.goto(`${server.url}/organisations/${target.slug}/edit`);
      const commune = admin.getByRole('combobox', { name: /^Commune/ });
      const was = ((await api.inject(`/api/organisations/${target.id}`)).json() as { commune: string }).commune;
      await admin.locator(`select option[value="${was}"]`).first().waitFor({ state: 'attached' });
      await admin.waitForFunction((id) => [...document.querySelectorAll('select')].some((s) => s.value === id), was);
      const next = communes.find((c) => c.id !== was)!;
      await commune.selectOption(next.id);
      await admin.getByTestId('save-organisation').click();
      await admin.waitForURL(`**/organisations/${target.slug}`);

      await admin.goto(`${server.url}/admin/audit?entityType=organisation&entityId=${target.id}&action=update`);
      const row = admin.getByTestId('audit-row').first();
      await row.getByTestId('audit-show-changes').click();
      const changes = row.getByTestId('audit-changes');
      await changes.waitFor();
      expect((await changes.boundingBox())!.width).toBeGreaterThan(400);

      const field = changes.locator('[data-field="commune"]');
      expect(await field.locator('th').innerText()).toBe('Commune');
      expect(await field.locator('.before').innerText()).toBe(communes.find((c) => c.id === was)!.name.fr);
      expect(await field.locator('.after').innerText()).toBe(next.name.fr);
      // Every field label is words, never a code broken letter by letter: one line each.
      for (const label of await changes.locator('tbody th').all()) {
        const box = (await label.boundingBox())!;
        expect(await label.innerText()).toMatch(/^[\p{Lu}][\p{L} ()-]+$/u);
        expect(box.height).toBeLessThan(40);
      }
    } finally {
      await admin.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
