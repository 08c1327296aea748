// Issue 8's probes of bad input: paging past Neo4j's integers, whitespace-only and invisible text,
// huge amounts, calendar feeds, sign-in timing and limits, foreign origins, framework errors, and
// problem answers as the API documents them.
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PUBLIC_ACTOR } from '../../server/domain/actor.ts';
import { hashPassword } from '../../server/domain/password.ts';
import { policyFor } from '../../server/policy.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createMeeting, createGroup } from '../helpers/collaboration.ts';
import { createOrganisation, createProject, organisationInput, projectInput } from '../helpers/factories.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';

const PUBLIC_URL = 'https://kulturrat.example.org';
const SETUP = { actor: PUBLIC_ACTOR, requestId: 'test-setup' };

let app: FastifyInstance;
let admin: BrowserAgent, coordinator: BrowserAgent, anonymous: BrowserAgent;
let theatre: Organisation, dance: Organisation;

beforeAll(async () => {
  app = await buildTestApp({ PUBLIC_URL });
  admin = await asRole(app, 'admin');
  coordinator = await asRole(app, 'coordinator');
  anonymous = await visitor(app);
  theatre = await createOrganisation(coordinator, { name: 'Théâtre Aurore' });
  dance = await createOrganisation(coordinator, { name: 'Dansgezelschap Beweging', disciplines: ['dance'] });
});
afterAll(async () => app?.close());

const fields = (response: LightMyRequestResponse) => ((response.json().errors ?? []) as { field?: string; code: string }[]).map((e) => `${e.field}:${e.code}`);

describe('paging', () => {
  const LISTS = ['/api/organisations', '/api/projects', '/api/meetings', '/api/users', '/api/insights', '/api/audit'];

  it.each(LISTS)('%s refuses a page beyond the bounds with a 400 naming the field, never a 500', async (list) => {
    for (const page of ['85899346', 'Infinity', '-Infinity', 'NaN', '1e309', '1e300', '-1', '0', '0x10']) {
      const response = await admin.inject(`${list}?page=${page}`);
      expect(response.statusCode, `${list}?page=${page}`).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fields(response).some((f) => f.startsWith('page:'))).toBe(true);
    }
    const tooBig = await admin.inject(`${list}?pageSize=201`);
    expect(tooBig.statusCode).toBe(400);
    expect(fields(tooBig).some((f) => f.startsWith('pageSize:'))).toBe(true);
  });

  it.each(LISTS)('%s answers the last allowed page, far past the end, as an empty page', async (list) => {
    const response = await admin.inject(`${list}?page=1000000&pageSize=200`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ items: [], page: 1000000, pageSize: 200 });
  });

  it('refuses the huge page of an anonymous visitor too', async () => {
    const response = await anonymous.inject('/api/organisations?page=85899346');
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toContain('page:maximum');
  });
});

describe('text as it comes in', () => {
  it('refuses a name of no-break spaces as empty, and "a " as shorter than 2', async () => {
    for (const name of ['\u00a0\u00a0\u00a0', 'a ', ' \u200b\u202e ', '\t\n']) {
      const before = await app.organisations.count();
      const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput({ name }) });
      expect(response.statusCode, JSON.stringify(name)).toBe(400);
      expect(fields(response)).toContain('name:minLength');
      expect(await app.organisations.count()).toBe(before);
    }
  });

  it('stores text trimmed, in NFC, without controls or bidi overrides', async () => {
    const created = await createOrganisation(coordinator, {
      name: '  The\u0301a\u0302tre\u202e du\u0007 Parc\u00a0',
      address: '\u2066Rue Haute 1\u2069\r\n1000 Bruxelles ',
      mission: { fr: '\ufeffNous jouons.\u200b  ' },
    });
    expect(created.name).toBe('Théâtre du Parc');
    expect(created.name).toBe(created.name.normalize('NFC'));
    expect(created.slug).toBe('theatre-du-parc');
    expect(created.address).toBe('Rue Haute 1\n1000 Bruxelles');
    expect(created.mission.fr).toBe('Nous jouons.');
  });

  it('normalises query strings the same way', async () => {
    const found = await coordinator.inject(`/api/organisations?q=${encodeURIComponent('  The\u0301a\u0302tre Aurore\u202e ')}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((o: Organisation) => o.id)).toContain(theatre.id);
  });

  it('checks passwords exactly as typed', async () => {
    const email = `spaces-${randomUUID().slice(0, 8)}@test.kulturrat.example`;
    const password = '  spaced out password  ';
    await app.users.create({ email, name: 'Spaces', role: 'strategist', organisationId: null, passwordHash: await hashPassword(password), mustChangePassword: false }, SETUP);
    const signIn = async (p: string) => (await visitor(app)).inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: ` ${email.toUpperCase()} `, password: p } });
    expect((await signIn(password.trim())).statusCode).toBe(401);
    expect((await signIn(password)).statusCode).toBe(200);
  });

  it('normalises CSV cells, refuses a blank name cell, and re-imports its own export untouched', async () => {
    const csv = (rows: string[][]) => Papa.unparse({ fields: ['name', 'kind', 'commune', 'disciplines'], data: rows });
    const blank = await coordinator.inject({
      method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' },
      payload: csv([['\u00a0\u00a0\u00a0', 'theatre', 'ixelles', 'theatre']]),
    });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().errors).toContainEqual(expect.objectContaining({ row: 2, column: 'name', code: 'required' }));

    const odd = await coordinator.inject({
      method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' },
      payload: csv([[' Zo\u0308e Collectief\u202e ', 'theatre', 'ixelles', 'theatre ; dance ']]),
    });
    expect(odd.statusCode, odd.body).toBe(200);
    const stored = (await coordinator.inject('/api/organisations?q=Collectief')).json().items as Organisation[];
    expect(stored.map((o) => o.name)).toContain('Zöe Collectief');

    const exported = (await coordinator.inject('/api/organisations/export.csv')).body;
    const again = await coordinator.inject({ method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' }, payload: exported });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
  });
});

describe('amounts', () => {
  it('refuses a budget of 1e19 and one past a trillion euros', async () => {
    for (const budget of [1e19, 1e12 + 1, -1]) {
      const response = await coordinator.inject({ method: 'POST', url: '/api/projects', payload: projectInput([theatre, dance], { budget }) });
      expect(response.statusCode, String(budget)).toBe(400);
      expect(fields(response).some((f) => f.startsWith('budget:'))).toBe(true);
    }
  });

  it('refuses fractions of a cent', async () => {
    const response = await coordinator.inject({ method: 'POST', url: '/api/projects', payload: projectInput([theatre, dance], { budget: 10.005 }) });
    expect(response.statusCode).toBe(400);
    expect(fields(response)).toContain('budget:cents');
  });

  it('reads back exactly the amount it was given, up to a trillion euros in cents', async () => {
    for (const budget of [1e12, 999_999_999_999.99, 1_234_567.89, 0.29, 0]) {
      const project = await createProject(coordinator, [theatre, dance], { budget });
      const read = await coordinator.inject(`/api/projects/${project.id}`);
      expect(read.json().budget).toBe(budget);
      expect(JSON.parse(read.body).budget.toString()).toBe(String(budget));
    }
  });
});

describe('calendar feeds', () => {
  it('leave online links to members and link to PUBLIC_URL whatever Host the request names', async () => {
    const group = await createGroup(coordinator, { name: 'Feed links', slug: 'feed-links' });
    const year = new Date().getFullYear() + 1;
    const meeting = await createMeeting(coordinator, {
      workingGroupId: group.id, title: 'Online session', onlineUrl: 'https://meet.example.org/secret-room', startsAt: `${year}-05-04T18:00`, endsAt: `${year}-05-04T20:00`,
    });
    for (const url of [`/api/working-groups/${group.id}/calendar.ics`, '/api/meetings/calendar.ics']) {
      const response = await app.inject({ url, headers: { host: 'evil.example' } });
      expect(response.statusCode).toBe(200);
      expect(response.body.replace(/\r\n[ \t]/g, '')).not.toContain('secret-room');
      expect(response.body.replace(/\r\n[ \t]/g, '')).not.toContain('evil.example');
    }
    const feed = await app.inject({ url: `/api/working-groups/${group.id}/calendar.ics`, headers: { host: 'evil.example' } });
    const [event] = new ICAL.Component(ICAL.parse(feed.body) as unknown[]).getAllSubcomponents('vevent');
    expect(event!.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/meetings/${meeting.id}`);

    const forMembers = await coordinator.inject({ url: `/api/meetings/${meeting.id}/calendar.ics`, headers: { host: 'evil.example' } });
    const [memberEvent] = new ICAL.Component(ICAL.parse(forMembers.body) as unknown[]).getAllSubcomponents('vevent');
    expect(String(memberEvent!.getFirstPropertyValue('description'))).toContain('https://meet.example.org/secret-room');
    expect(forMembers.body.replace(/\r\n[ \t]/g, '')).not.toContain('evil.example');
  }, 90_000);
});

describe('POST /api/auth/sign-in', () => {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

  it('takes as long for an unknown e-mail as for a known one with a wrong password', async () => {
    // Four wrong passwords per account: the fifth would lock it, and a lock is another path.
    const accounts: string[] = [];
    const hash = await hashPassword('the right password, unused');
    for (let i = 0; i < 5; i++) {
      const email = `timing-${i}-${randomUUID().slice(0, 8)}@test.kulturrat.example`;
      await app.users.create({ email, name: 'Timing', role: 'strategist', organisationId: null, passwordHash: hash, mustChangePassword: false }, SETUP);
      accounts.push(email);
    }
    const client = await visitor(app);
    const attempt = async (email: string) => {
      const started = performance.now();
      const response = await client.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: 'a wrong password' } });
      expect(response.statusCode).toBe(401);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const email of accounts) {
        // Interleaved, so that a busy moment of the machine falls on both alike.
        known.push(await attempt(email));
        unknown.push(await attempt(`nobody-${randomUUID().slice(0, 8)}@test.kulturrat.example`));
      }
    }
    const ratio = median(known) / median(unknown);
    console.log(JSON.stringify({ signInTiming: { knownMedianMs: +median(known).toFixed(1), unknownMedianMs: +median(unknown).toFixed(1), ratio: +ratio.toFixed(2), samples: known.length } }));
    expect(ratio).toBeLessThan(1.5);
    expect(ratio).toBeGreaterThan(1 / 1.5);
  });

  it('answers too many attempts with 429 and Retry-After', async () => {
    const limited = await buildTestApp({ SIGN_IN_ATTEMPTS_PER_MINUTE: '2', PUBLIC_URL }, { keepData: true });
    try {
      const client = await visitor(limited);
      const attempt = () => client.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@test.kulturrat.example', password: 'wrong' } });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'too-many-attempts' });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    } finally {
      await limited.close();
    }
  });
});

describe('Origin of writes', () => {
  it('refuses a write from a foreign origin with 403 origin, and writes nothing', async () => {
    const before = await app.organisations.count();
    for (const origin of ['https://evil.example', 'null', 'https://kulturrat.example.org.evil.example']) {
      const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', headers: { origin }, payload: organisationInput() });
      expect(response.statusCode, origin).toBe(403);
      expect(response.json()).toMatchObject({ code: 'origin' });
    }
    expect(await app.organisations.count()).toBe(before);
  });

  it('accepts a write from PUBLIC_URL, from the server itself, or without Origin', async () => {
    for (const headers of [{ origin: PUBLIC_URL }, { origin: 'http://localhost:80' }, {}]) {
      const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', headers, payload: organisationInput() });
      expect(response.statusCode, JSON.stringify(headers)).toBe(201);
    }
  });

  it('leaves reads alone', async () => {
    expect((await coordinator.inject({ url: '/api/organisations', headers: { origin: 'https://evil.example' } })).statusCode).toBe(200);
  });
});

describe('framework errors', () => {
  const post = (headers: Record<string, string>, payload: string) => coordinator.inject({ method: 'POST', url: '/api/organisations', headers, payload });

  it('answers JSON sent as text/plain with 415', async () => {
    const response = await post({ 'content-type': 'text/plain' }, JSON.stringify(organisationInput()));
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ status: 415, code: 'unsupported-media-type' });
  });

  it('never shows Fastify error codes to clients', async () => {
    const probes = [
      await post({ 'content-type': 'text/plain' }, '{}'),
      await post({ 'content-type': 'application/json' }, '{"name": '),
      await post({ 'content-type': 'application/json' }, ''),
      await post({ 'content-type': 'application/json' }, JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) })),
      await post({ 'content-type': 'application/xml' }, '<a/>'),
      await app.inject('/api/organisations/%E0%A4%A'),
    ];
    expect(probes.map((r) => r.statusCode)).toEqual([415, 400, 400, 413, 415, 400]);
    for (const response of probes) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).not.toMatch(/FST_/);
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('documents problems as application/problem+json, and 401 and 403 wherever they can be answered', async () => {
    const document = (await app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    let operations = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        operations += 1;
        const name = `${method.toUpperCase()} ${path}`;
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) expect(Object.keys(response.content ?? {}), `${name} ${status}`).toEqual(['application/problem+json']);
        }
        const entry = policyFor(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1'))!;
        if (entry.access.public === 'deny') expect(operation.responses, name).toHaveProperty('401');
        if (method !== 'get' || Object.values(entry.access).some((rule) => rule !== 'allow')) expect(operation.responses, name).toHaveProperty('403');
      }
    }
    expect(operations).toBeGreaterThan(60);
  });
});
