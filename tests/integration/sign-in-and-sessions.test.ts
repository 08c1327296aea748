// Sign-in, sessions from start to end, passwords, lock-out, the first admin and Argon2 rehashing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL, SIGN_IN_LOCK } from '../../server/accounts.ts';
import { PUBLIC_ACTOR, type ChangeContext, type UserRole } from '../../server/domain/actor.ts';
import { ARGON2_PARAMETERS, hashPassword, verifyPassword } from '../../server/domain/password.ts';
import { SESSION_COOKIE, sessionIdOf } from '../../server/domain/session.ts';
import type { User } from '../../server/schemas/user.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, BrowserAgent, TEST_PASSWORD, visitor } from '../helpers/auth.ts';

const SETUP: ChangeContext = { actor: PUBLIC_ACTOR, requestId: 'test-setup' };
let app: FastifyInstance;
let passwordHash: string;

/** A fresh account with TEST_PASSWORD (or the given hash). */
async function account(role: UserRole = 'strategist', options: { hash?: string; mustChangePassword?: boolean } = {}): Promise<User> {
  return app.users.create(
    {
      email: `${role}-${randomUUID().slice(0, 8)}@Test.Kulturrat.example`,
      name: `Someone ${role}`,
      role,
      organisationId: null,
      passwordHash: options.hash ?? passwordHash,
      mustChangePassword: options.mustChangePassword ?? false,
    },
    SETUP,
  );
}

async function signedIn(user: User, password = TEST_PASSWORD): Promise<BrowserAgent> {
  const agent = await visitor(app);
  const response = await agent.signIn(user.email, password);
  expect(response.statusCode).toBe(200);
  return agent;
}

/** The session a browser holds, as stored (null when it is gone). */
const storedSession = async (agent: BrowserAgent) => {
  const token = agent.cookies.get(SESSION_COOKIE);
  return token ? ((await app.sessions.find(sessionIdOf(token)))?.session ?? null) : null;
};

const isMember = async (agent: BrowserAgent) => (await agent.inject('/api/network')).statusCode === 200;

function setCookie(response: LightMyRequestResponse, name: string): string | undefined {
  const header = response.headers['set-cookie'];
  return [header ?? []].flat().find((c) => c.startsWith(`${name}=`));
}

beforeAll(async () => {
  app = await buildTestApp();
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(async () => app?.close());

// First, while the graph is still empty of accounts.
describe('the first admin', () => {
  it('is created on a council without admins with a one-time password that must be changed first', async () => {
    const lines: string[] = [];
    await ensureFirstAdmin(app.users, null, (line) => lines.push(line));
    const printed = lines.join('\n');
    const oneTimePassword = /^\s+(\S+)$/m.exec(printed)?.[1];
    expect(printed).toContain(FIRST_ADMIN_EMAIL);
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const admin = await visitor(app);
    const signIn = await admin.signIn(FIRST_ADMIN_EMAIL, oneTimePassword!);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user).toMatchObject({ email: FIRST_ADMIN_EMAIL, role: 'admin', mustChangePassword: true });

    // Everything but the session, sign-out and the password change waits for a new password.
    const blocked = await admin.inject('/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password-change-required');
    expect((await admin.inject({ method: 'POST', url: '/api/organisations', payload: {} })).json().code).toBe('password-change-required');
    expect((await admin.inject('/api/auth/session')).statusCode).toBe(200);

    const change = (newPassword: string) =>
      admin.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: oneTimePassword, newPassword } });
    expect((await change(oneTimePassword!)).json().errors[0].code).toBe('same-as-current');
    expect((await change('too short')).json().errors[0].code).toBe('too-short');
    expect((await change(FIRST_ADMIN_EMAIL.toUpperCase())).json().errors.map((e: { code: string }) => e.code)).toContain('equals-email');
    expect((await change('the council’s own new password')).statusCode).toBe(204);

    expect((await admin.inject('/api/users')).statusCode).toBe(200);
    expect((await admin.refresh())?.mustChangePassword).toBe(false);
  });

  it('is not made again once the council has an admin, and nothing is printed', async () => {
    const lines: string[] = [];
    await ensureFirstAdmin(app.users, null, (line) => lines.push(line));
    expect(lines).toEqual([]);
    expect(await app.users.countAdmins()).toBe(1);
  });

  it('comes from ADMIN_EMAIL and ADMIN_PASSWORD: created, then kept enabled, admin and with that password', async () => {
    const email = `boss-${randomUUID().slice(0, 6)}@test.kulturrat.example`;
    const say = () => {};
    await ensureFirstAdmin(app.users, { email, password: 'first configured password' }, say);
    const admin = (await app.users.findByEmail(email))!;
    expect(admin).toMatchObject({ role: 'admin', disabled: false, mustChangePassword: false });
    await signedIn(admin, 'first configured password');

    await app.users.update(admin.id, { name: admin.name, role: 'coordinator', organisationId: null, disabled: true, version: admin.version }, SETUP);
    await ensureFirstAdmin(app.users, { email, password: 'second configured password' }, say);
    expect(await app.users.findByEmail(email)).toMatchObject({ role: 'admin', disabled: false });
    const agent = await visitor(app);
    expect((await agent.signIn(email, 'first configured password')).statusCode).toBe(401);
    expect((await agent.signIn(email, 'second configured password')).statusCode).toBe(200);
  });
});

describe('POST /api/auth/sign-in', () => {
  it('starts a session in an HttpOnly, SameSite=Lax cookie, not Secure over plain HTTP', async () => {
    const user = await account();
    const agent = await visitor(app);
    const response = await agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toEqual({ ...user, email: user.email.toLowerCase(), updatedAt: expect.any(String) });
    expect(response.body).not.toMatch(/argon2|passwordHash/);
    const cookie = setCookie(response, SESSION_COOKIE)!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
    expect(response.headers['cache-control']).toBe('no-store');
    // Only the hash of the token is stored.
    const token = agent.cookies.get(SESSION_COOKIE)!;
    expect(await app.sessions.find(token)).toBeNull();
    expect(await app.sessions.find(sessionIdOf(token))).not.toBeNull();
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const behindProxy = await buildTestApp({ TRUST_PROXY: 'true' }, { keepData: true });
    try {
      const user = await account();
      const agent = await visitor(behindProxy);
      const response = await agent.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      expect(setCookie(response, SESSION_COOKIE)).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('gives a new session id at every sign-in and ends the one the browser came with', async () => {
    const user = await account();
    const agent = await signedIn(user);
    const first = agent.cookies.get(SESSION_COOKIE)!;
    const again = await agent.signIn(user.email, TEST_PASSWORD);
    const second = agent.cookies.get(SESSION_COOKIE)!;
    expect(again.statusCode).toBe(200);
    expect(second).not.toBe(first);
    expect(await app.sessions.find(sessionIdOf(first))).toBeNull();
    expect(await app.sessions.countOf(user.id)).toBe(1);
  });

  it('does not let a session id planted before sign-in become the signed-in one', async () => {
    const attacker = await signedIn(await account());
    const planted = attacker.cookies.get(SESSION_COOKIE)!;
    const victim = await account('admin');
    const browser = await visitor(app);
    browser.cookies.set(SESSION_COOKIE, planted);
    expect((await browser.signIn(victim.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(browser.cookies.get(SESSION_COOKIE)).not.toBe(planted);
    expect((await attacker.refresh())).toBeNull();
  });

  it('answers an unknown e-mail, a wrong password and a disabled account with the same problem', async () => {
    const user = await account();
    const disabled = await account();
    await app.users.update(disabled.id, { name: disabled.name, role: disabled.role, organisationId: null, disabled: true, version: disabled.version }, SETUP);
    const agent = await visitor(app);
    const attempt = async (email: string, password: string) => {
      const response = await agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
      expect(response.statusCode).toBe(401);
      expect(setCookie(response, SESSION_COOKIE)).toBeUndefined();
      return response.json();
    };
    const unknown = await attempt('nobody@test.kulturrat.example', TEST_PASSWORD);
    expect(unknown).toMatchObject({ status: 401, code: 'invalid-credentials' });
    expect(await attempt(user.email, 'wrong password, sorry')).toEqual(unknown);
    expect(await attempt(disabled.email, TEST_PASSWORD)).toEqual(unknown);
  });

  it('checks a password hash even for an unknown e-mail, so that it is not answered faster', async () => {
    const agent = await visitor(app);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const verifying: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      let started = performance.now();
      await verifyPassword(passwordHash, 'wrong password, sorry');
      verifying.push(performance.now() - started);
      started = performance.now();
      await agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: `nobody-${i}@test.kulturrat.example`, password: 'wrong password, sorry' } });
      unknown.push(performance.now() - started);
    }
    // Without the dummy hash an unknown e-mail costs one index look-up: a few milliseconds, far
    // below one Argon2 check. (A known one also records the failure, a write on top.)
    expect(median(unknown)).toBeGreaterThan(median(verifying) * 0.8);
  });

  it(`locks an account for ${SIGN_IN_LOCK.minutes} minutes after ${SIGN_IN_LOCK.maxFailures} wrong passwords, with the same generic answer`, async () => {
    const user = await account();
    const agent = await visitor(app);
    const attempt = (password: string) => agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
    const generic = (await attempt('wrong 1')).json();
    for (let i = 2; i <= SIGN_IN_LOCK.maxFailures; i += 1) expect((await attempt(`wrong ${i}`)).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json()).toEqual(generic);
    const { lockedUntil } = (await app.users.findForSignIn(user.email))!;
    expect(Date.parse(lockedUntil!) - Date.now()).toBeGreaterThan((SIGN_IN_LOCK.minutes - 1) * 60_000);
    expect(Date.parse(lockedUntil!) - Date.now()).toBeLessThanOrEqual(SIGN_IN_LOCK.minutes * 60_000);
    // An admin's password reset lifts the lock.
    await app.users.setPassword(user.id, passwordHash, { mustChangePassword: false }, { actor: PUBLIC_ACTOR, requestId: 'test' });
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts failures in a row only: a success starts the count again', async () => {
    const user = await account();
    const agent = await visitor(app);
    const attempt = (password: string) => agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
    for (let i = 1; i < SIGN_IN_LOCK.maxFailures; i += 1) await attempt('wrong');
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    await agent.refresh(); // sign-in changes the CSRF token along with the session
    for (let i = 1; i < SIGN_IN_LOCK.maxFailures; i += 1) expect((await attempt('wrong')).statusCode).toBe(401);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits the attempts per address with 429 too-many-attempts', async () => {
    const strict = await buildTestApp({ SIGN_IN_ATTEMPTS_PER_MINUTE: '3' }, { keepData: true });
    try {
      const user = await account();
      const agent = await visitor(strict);
      const attempt = () => agent.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'wrong' } });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(limited.json()).toMatchObject({ status: 429, code: 'too-many-attempts' });
      // Another address is not held back.
      const elsewhere = await strict.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '192.0.2.7',
        cookies: Object.fromEntries(agent.cookies),
        headers: { 'x-csrf-token': agent.csrfToken },
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('rehashes a password made with other Argon2 parameters, keeping it valid', async () => {
    const oldHash = await hashPassword(TEST_PASSWORD, { ...ARGON2_PARAMETERS, memoryCost: 8192, timeCost: 1 });
    const user = await account('strategist', { hash: oldHash });
    await signedIn(user);
    const stored = await app.users.passwordHashOf(user.id);
    expect(stored).not.toBe(oldHash);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, TEST_PASSWORD)).toBe(true);
    // Not a change anyone made: the version an admin edits against stays.
    expect((await app.users.get(user.id)).version).toBe(user.version);
    await signedIn(user);
    expect(await app.users.passwordHashOf(user.id)).toBe(stored);
  });
});

describe('GET /api/auth/session', () => {
  it('answers the public with no user and a CSRF token', async () => {
    const response = await app.inject('/api/auth/session');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ user: null, csrfToken: expect.any(String) });
  });

  it('answers a signed-in user with the account, never its hash', async () => {
    const user = await account('leadership');
    const agent = await signedIn(user);
    const response = await agent.inject('/api/auth/session');
    expect(response.json().user).toMatchObject({ id: user.id, role: 'leadership' });
    expect(response.body).not.toMatch(/argon2|passwordHash/);
  });
});

describe('the end of a session', () => {
  it('comes with sign-out: the session is deleted on the server and the cookie cleared', async () => {
    const user = await account();
    const agent = await signedIn(user);
    const token = agent.cookies.get(SESSION_COOKIE)!;
    const response = await agent.inject({ method: 'POST', url: '/api/auth/sign-out' });
    expect(response.statusCode).toBe(204);
    expect(setCookie(response, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await app.sessions.find(sessionIdOf(token))).toBeNull();
    // Replaying the old cookie gets nowhere.
    const replay = await app.inject({ url: '/api/network', cookies: { [SESSION_COOKIE]: token } });
    expect(replay.statusCode).toBe(401);
  });

  it('comes with a password change for every other session; this one goes on under a new id', async () => {
    const user = await account();
    const laptop = await signedIn(user);
    const phone = await signedIn(user);
    const before = laptop.cookies.get(SESSION_COOKIE)!;
    const response = await laptop.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another good passphrase' },
    });
    expect(response.statusCode).toBe(204);
    expect(laptop.cookies.get(SESSION_COOKIE)).not.toBe(before);
    expect(await isMember(laptop)).toBe(true);
    expect(await isMember(phone)).toBe(false);
    expect(await app.sessions.countOf(user.id)).toBe(1);
    expect((await visitor(app).then((v) => v.signIn(user.email, TEST_PASSWORD))).statusCode).toBe(401);
  });

  it('refuses a password change with a wrong current password, changing nothing', async () => {
    const user = await account();
    const agent = await signedIn(user);
    const response = await agent.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'not it', newPassword: 'another good passphrase' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'currentPassword', code: 'wrong-password' });
    expect(await verifyPassword(await app.users.passwordHashOf(user.id), TEST_PASSWORD)).toBe(true);
    expect(await isMember(agent)).toBe(true);
  });

  it('comes at once when an admin disables the account', async () => {
    const admin = await asRole(app, 'admin');
    const user = await account('coordinator');
    const agent = await signedIn(user);
    expect(await isMember(agent)).toBe(true);
    const response = await admin.inject({
      method: 'PUT',
      url: `/api/users/${user.id}`,
      payload: { name: user.name, role: user.role, organisationId: null, disabled: true, version: user.version },
    });
    expect(response.statusCode).toBe(200);
    expect(await app.sessions.countOf(user.id)).toBe(0);
    const next = await agent.inject('/api/network');
    expect(next.statusCode).toBe(401);
    expect(next.json().code).toBe('unauthenticated');
  });

  it('comes with an admin’s password reset', async () => {
    const admin = await asRole(app, 'admin');
    const user = await account();
    const agent = await signedIn(user);
    const response = await admin.inject({ method: 'POST', url: `/api/users/${user.id}/reset-password` });
    expect(response.statusCode).toBe(200);
    expect(await isMember(agent)).toBe(false);
    const again = await visitor(app);
    expect((await again.signIn(user.email, response.json().oneTimePassword)).json().user.mustChangePassword).toBe(true);
  });

  it(`comes after SESSION_IDLE_MINUTES without a request: the visitor is the public again and the cookie is cleared`, async () => {
    const user = await account();
    const agent = await signedIn(user);
    const session = (await storedSession(agent))!;
    // Default 120 minutes: 119 minutes of quiet are fine…
    await app.sessions.setTimes(session.id, { lastSeenAt: new Date(Date.now() - 119 * 60_000) });
    expect(await isMember(agent)).toBe(true);
    // …and the request just made counts as use.
    expect(Date.now() - Date.parse((await storedSession(agent))!.lastSeenAt)).toBeLessThan(60_000);
    await app.sessions.setTimes(session.id, { lastSeenAt: new Date(Date.now() - 121 * 60_000) });
    const response = await agent.inject('/api/network');
    expect(response.statusCode).toBe(401);
    expect(setCookie(response, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await app.sessions.find(session.id)).toBeNull();
  });

  it('follows SESSION_IDLE_MINUTES from the configuration', async () => {
    const short = await buildTestApp({ SESSION_IDLE_MINUTES: '30' }, { keepData: true });
    try {
      const user = await account();
      const agent = await visitor(short);
      await agent.signIn(user.email, TEST_PASSWORD);
      const session = (await storedSession(agent))!;
      await short.sessions.setTimes(session.id, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
      expect((await agent.inject('/api/network')).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('comes SESSION_ABSOLUTE_HOURS after sign-in however busy the session is', async () => {
    const user = await account();
    const agent = await signedIn(user);
    const session = (await storedSession(agent))!;
    expect(Date.parse(session.expiresAt) - Date.parse(session.createdAt)).toBe(12 * 3_600_000);
    await app.sessions.setTimes(session.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await isMember(agent)).toBe(false);
    expect(await app.sessions.find(session.id)).toBeNull();
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const agent = await signedIn(await account());
    const first = (await storedSession(agent))!.lastSeenAt;
    await agent.inject('/api/network');
    expect((await storedSession(agent))!.lastSeenAt).toBe(first);
  });

  it('treats a malformed or unknown session cookie as the public and clears it', async () => {
    for (const token of ['garbage', 'A'.repeat(43)]) {
      const response = await app.inject({ url: '/api/network', cookies: { [SESSION_COOKIE]: token } });
      expect(response.statusCode).toBe(401);
      expect(setCookie(response, SESSION_COOKIE)).toMatch(/Expires=Thu, 01 Jan 1970/);
    }
  });
});

describe('an invitation', () => {
  it('lets the invited person in with the one-time password, to choose their own first', async () => {
    const admin = await asRole(app, 'admin');
    const created = await admin.inject({ method: 'POST', url: '/api/users', payload: { email: `New.Person-${randomUUID().slice(0, 6)}@Test.Kulturrat.example`, name: 'New Person', role: 'leadership' } });
    expect(created.statusCode).toBe(201);
    const { user, oneTimePassword } = created.json();
    expect(user).toMatchObject({ mustChangePassword: true, email: user.email.toLowerCase() });
    const person = await visitor(app);
    await person.signIn(user.email, oneTimePassword);
    expect((await person.inject('/api/network')).json().code).toBe('password-change-required');
    await person.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: oneTimePassword, newPassword: 'my very own passphrase' } });
    expect(await isMember(person)).toBe(true);
  });
});
