// Account administration: invitations, changes with optimistic concurrency, resets (admins only).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { User } from '../../server/schemas/user.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation } from '../helpers/factories.ts';

let app: FastifyInstance;
let admin: BrowserAgent;
let organisation: Organisation;

const email = (name: string) => `${name}-${randomUUID().slice(0, 6)}@test.kulturrat.example`;

async function invite(payload: Record<string, unknown>) {
  return admin.inject({ method: 'POST', url: '/api/users', payload });
}

async function invited(payload: Record<string, unknown>): Promise<User> {
  const response = await invite(payload);
  if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json().user;
}

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
  organisation = await createOrganisation(await asRole(app, 'coordinator'), { name: 'Kunstenhuis Noord' });
});
afterAll(async () => app?.close());

describe('POST /api/users', () => {
  it('invites with a one-time password, stores the e-mail lower-cased and never shows the hash', async () => {
    const response = await invite({ email: 'Marie.Dubois@Example.ORG', name: 'Marie Dubois', role: 'representative', organisationId: organisation.id });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const { user, oneTimePassword } = response.json();
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(user).toEqual({
      id: expect.any(String),
      email: 'marie.dubois@example.org',
      name: 'Marie Dubois',
      role: 'representative',
      organisationId: organisation.id,
      organisationName: 'Kunstenhuis Noord',
      mustChangePassword: true,
      disabled: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect(response.body).not.toMatch(/argon2|passwordHash|failedSignIns/);
  });

  it.each([
    [{ role: 'representative' }, 'organisationId', 'required'],
    [{ role: 'coordinator', organisationId: 'ORG' }, 'organisationId', 'not-allowed'],
    [{ role: 'representative', organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId', 'unknown-organisation'],
    [{ role: 'chief' }, 'role', 'enum'],
    [{ role: 'strategist', email: 'not-an-email' }, 'email', 'format'],
  ])('refuses %j with 400 naming %s (%s), creating nothing', async (change, field, code) => {
    const before = await app.users.count();
    const payload: Record<string, unknown> = { email: email('bad'), name: 'Bad', ...change };
    if (payload.organisationId === 'ORG') payload.organisationId = organisation.id;
    const response = await invite(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
    expect(await app.users.count()).toBe(before);
  });

  it('refuses a second account with the same e-mail, in any case, with 409 email-taken', async () => {
    const address = email('twice');
    await invited({ email: address, name: 'Once', role: 'strategist' });
    const response = await invite({ email: address.toUpperCase(), name: 'Twice', role: 'strategist' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('email-taken');
    expect(response.body).not.toMatch(/Neo\.|constraint|Cypher/i);
  });
});

describe('GET /api/users', () => {
  it('searches name and e-mail, filters by role and state, and pages', async () => {
    const tag = randomUUID().slice(0, 6);
    const a = await invited({ email: email(`zoe-${tag}`), name: `Zoë Janssens ${tag}`, role: 'coordinator' });
    await invited({ email: email(`yann-${tag}`), name: `Yann Peeters ${tag}`, role: 'strategist' });
    const found = (await admin.inject(`/api/users?q=zoe%20janssens%20${tag}`)).json();
    expect(found.items.map((u: User) => u.id)).toEqual([a.id]);
    expect((await admin.inject(`/api/users?q=${tag}&role=strategist`)).json().items.map((u: User) => u.name)).toEqual([`Yann Peeters ${tag}`]);
    const page = (await admin.inject(`/api/users?q=${tag}&pageSize=1&page=2`)).json();
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items[0].name).toBe(`Zoë Janssens ${tag}`);
    await admin.inject({ method: 'PUT', url: `/api/users/${a.id}`, payload: { name: a.name, role: a.role, organisationId: null, disabled: true, version: a.version } });
    expect((await admin.inject(`/api/users?q=${tag}&disabled=true`)).json().items.map((u: User) => u.id)).toEqual([a.id]);
    expect((await admin.inject(`/api/users?q=${tag}&disabled=false`)).json().total).toBe(1);
  });
});

describe('GET /api/users/:id', () => {
  it('reads one account, and 404 for none', async () => {
    const user = await invited({ email: email('one'), name: 'One', role: 'leadership' });
    expect((await admin.inject(`/api/users/${user.id}`)).json()).toEqual(user);
    const missing = await admin.inject(`/api/users/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not-found');
  });
});

describe('PUT /api/users/:id', () => {
  it('changes role and organisation with the current version, and 409 with a stale one', async () => {
    const user = await invited({ email: email('mover'), name: 'Mover', role: 'strategist' });
    const update = { name: 'Mover', role: 'representative', organisationId: organisation.id, disabled: false, version: 1 };
    const first = await admin.inject({ method: 'PUT', url: `/api/users/${user.id}`, payload: update });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ role: 'representative', organisationId: organisation.id, version: 2 });
    const stale = await admin.inject({ method: 'PUT', url: `/api/users/${user.id}`, payload: { ...update, name: 'Late', role: 'admin', organisationId: null } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version-conflict');
    expect(await app.users.get(user.id)).toMatchObject({ name: 'Mover', role: 'representative', version: 2 });
  });

  it('keeps the organisation rule: a representative needs one, the others take none', async () => {
    const user = await invited({ email: email('rule'), name: 'Rule', role: 'strategist' });
    const response = await admin.inject({
      method: 'PUT',
      url: `/api/users/${user.id}`,
      payload: { name: 'Rule', role: 'representative', organisationId: null, disabled: false, version: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'organisationId', code: 'required' });
  });

  it('will not disable or demote the last enabled admin', async () => {
    // This file's admin is its only one (nobody here is invited as an admin).
    const me = (await admin.refresh())!;
    for (const change of [{ disabled: true }, { role: 'coordinator' }]) {
      const response = await admin.inject({
        method: 'PUT',
        url: `/api/users/${me.id}`,
        payload: { name: me.name, role: 'admin', organisationId: null, disabled: false, version: me.version, ...change },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('last-admin');
    }
    expect(await app.users.get(me.id)).toMatchObject({ role: 'admin', disabled: false, version: me.version });
    // With a second admin, the first may step down.
    await invited({ email: email('second-admin'), name: 'Second Admin', role: 'admin' });
    const stepDown = await admin.inject({
      method: 'PUT',
      url: `/api/users/${me.id}`,
      payload: { name: me.name, role: 'coordinator', organisationId: null, disabled: false, version: me.version },
    });
    expect(stepDown.statusCode).toBe(200);
    admin = await asRole(app, 'admin');
  });
});

describe('POST /api/users/:id/reset-password', () => {
  it('gives a new one-time password; the old one no longer works', async () => {
    const invitation = (await invite({ email: email('reset'), name: 'Reset', role: 'strategist' })).json();
    const response = await admin.inject({ method: 'POST', url: `/api/users/${invitation.user.id}/reset-password` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { oneTimePassword } = response.json();
    expect(oneTimePassword).not.toBe(invitation.oneTimePassword);
    const person = await asRole(app, 'public');
    expect((await person.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: invitation.user.email, password: invitation.oneTimePassword } })).statusCode).toBe(401);
    expect((await person.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: invitation.user.email, password: oneTimePassword } })).statusCode).toBe(200);
  });

  it('answers 404 for an unknown account', async () => {
    expect((await admin.inject({ method: 'POST', url: `/api/users/${randomUUID()}/reset-password` })).statusCode).toBe(404);
  });
});

describe('audit of account changes', () => {
  it('records the invitation, the change and the password reset, with who did it and never a password', async () => {
    const user = await invited({ email: email('audited'), name: 'Audited Person', role: 'strategist' });
    const changed = await admin.inject({ method: 'PUT', url: `/api/users/${user.id}`, payload: { name: 'Audited Person', role: 'leadership', organisationId: null, disabled: false, version: user.version } });
    expect(changed.statusCode).toBe(200);
    expect((await admin.inject({ method: 'POST', url: `/api/users/${user.id}/reset-password` })).statusCode).toBe(200);

    const history = (await admin.inject(`/api/audit?entityType=user&entityId=${user.id}`)).json();
    const events = [...history.items].reverse();
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'update']);
    expect(events[1]).toMatchObject({ before: { role: 'strategist' }, after: { role: 'leadership' }, actor: { email: admin.user!.email } });
    expect(events[2]).toMatchObject({ after: { mustChangePassword: true } });
    expect(JSON.stringify(history)).not.toMatch(/argon2|passwordHash/);
  });

  it('records nothing for a refused change', async () => {
    const user = await invited({ email: email('refused'), name: 'Refused Change', role: 'strategist' });
    const stale = await admin.inject({ method: 'PUT', url: `/api/users/${user.id}`, payload: { name: 'X Y', role: 'leadership', organisationId: null, disabled: false, version: user.version + 5 } });
    expect(stale.statusCode).toBe(409);
    const history = (await admin.inject(`/api/audit?entityType=user&entityId=${user.id}`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });
});
