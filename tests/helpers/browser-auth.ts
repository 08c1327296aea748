// Signing in from a browser test: through the dashboard's own sign-in page, with the demo
// accounts that the test server loads (seed/demo-accounts.ts), one per role.
import type { BrowserContext, Page } from 'playwright-core';
import type { UserRole } from '../../server/domain/actor.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seed/demo-accounts.ts';
import type { User } from '../../web/src/lib/types.ts';

/** The account as the dashboard's session holds it. */
export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'organisationId' | 'organisationName' | 'mustChangePassword'>;

export function demoAccount(role: UserRole): { email: string; name: string; password: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for the role ${role}`);
  return { email: account.email, name: account.name, password: DEMO_PASSWORD };
}

/** Fills the sign-in form and waits until the dashboard shows the account menu. */
export async function signInWith(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  if (!page.url().startsWith(baseUrl) || !new URL(page.url()).pathname.startsWith('/sign-in')) await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('account-menu').waitFor();
}

/** Signs the page's browser context in as the demo account of `role`; returns who the server says is signed in. */
export async function signIn(page: Page, baseUrl: string, role: UserRole): Promise<SessionUser> {
  const account = demoAccount(role);
  await signInWith(page, baseUrl, account.email, account.password);
  const user = await sessionUser(page);
  if (!user || user.role !== role) throw new Error(`signIn(${role}): the session says ${JSON.stringify(user)}`);
  return user;
}

/** The signed-in user as the API tells the page (same cookies), or null. */
export async function sessionUser(page: Page): Promise<SessionUser | null> {
  return page.evaluate(async () => {
    const response = await fetch('/api/auth/session');
    return ((await response.json()) as { user: SessionUser | null }).user;
  });
}

/** A new browser context (own cookies) signed in as `role`, with one open page. */
export async function signedInPage(
  context: () => Promise<BrowserContext>,
  baseUrl: string,
  role: UserRole | 'public',
): Promise<{ page: Page; user: SessionUser | null }> {
  const page = await (await context()).newPage();
  page.setDefaultTimeout(15_000);
  if (role === 'public') {
    await page.goto(`${baseUrl}/`);
    return { page, user: null };
  }
  return { page, user: await signIn(page, baseUrl, role) };
}
