// CSRF on every unsafe request, security headers on every response, rate, size and time limits,
// and error responses that give nothing away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { app as kulturrat, JSON_BODY_LIMIT } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../server/domain/session.ts';
import { inlineScriptHashes } from '../../server/plugins/security.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createOrganisation, organisationInput } from '../helpers/factories.ts';

let app: FastifyInstance;
let coordinator: BrowserAgent;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
});
afterAll(async () => app?.close());

/** The coordinator's session, without the CSRF header its agent adds. */
const withoutToken = (headers: Record<string, string> = {}) => ({
  cookies: Object.fromEntries(coordinator.cookies),
  headers,
});

function expectCsrfRefusal(response: LightMyRequestResponse): void {
  expect(response.statusCode).toBe(403);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status: 403, code: 'csrf' });
}

describe('CSRF protection', () => {
  it('refuses a POST without the token, or with a wrong one, and writes nothing', async () => {
    const before = await app.organisations.count();
    expectCsrfRefusal(await app.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput(), ...withoutToken() }));
    expectCsrfRefusal(
      await app.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput(), ...withoutToken({ 'x-csrf-token': 'forged' }) }),
    );
    expect(await app.organisations.count()).toBe(before);
  });

  it('refuses a body-less DELETE and a PUT without the token, changing nothing', async () => {
    const target = await createOrganisation(coordinator);
    expectCsrfRefusal(await app.inject({ method: 'DELETE', url: `/api/organisations/${target.id}`, ...withoutToken() }));
    expectCsrfRefusal(
      await app.inject({ method: 'PUT', url: `/api/organisations/${target.id}`, payload: { ...organisationInput(), version: 1 }, ...withoutToken() }),
    );
    expect(await app.organisations.get(target.id)).toEqual(target);
  });

  it('refuses the CSV import (text/csv) without the token', async () => {
    const before = await app.organisations.count();
    const csv = 'slug,name,kind,commune,disciplines\nsneaky,Sneaky Import,theatre,ixelles,theatre\n';
    expectCsrfRefusal(
      await app.inject({ method: 'POST', url: '/api/organisations/import', payload: csv, ...withoutToken({ 'content-type': 'text/csv' }) }),
    );
    expect(await app.organisations.count()).toBe(before);
  });

  it('refuses a sign-in without the token (login CSRF), and a token of another browser', async () => {
    expectCsrfRefusal(await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@b.c', password: 'whatever it is' } }));
    const other = await visitor(app);
    expectCsrfRefusal(
      await app.inject({ method: 'POST', url: '/api/auth/sign-out', ...withoutToken({ 'x-csrf-token': other.csrfToken }) }),
    );
    expect((await coordinator.inject('/api/network')).statusCode).toBe(200);
  });

  it('takes the token from the header only, not from a body field or the query string', async () => {
    const payload = { ...organisationInput(), _csrf: coordinator.csrfToken };
    expectCsrfRefusal(await app.inject({ method: 'POST', url: `/api/organisations?_csrf=${coordinator.csrfToken}`, payload, ...withoutToken() }));
  });

  it('needs no token to read', async () => {
    expect((await app.inject({ url: '/api/network', ...withoutToken() })).statusCode).toBe(200);
  });

  it('keeps the secret in an HttpOnly, SameSite=Strict cookie', async () => {
    const response = await app.inject('/api/auth/session');
    const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith(`${CSRF_COOKIE}=`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
  });
});

describe('security headers', () => {
  const index = readFileSync(join(loadConfig({}).webDir, 'index.html'), 'utf8');

  function expectSecurityHeaders(response: LightMyRequestResponse, what: string): void {
    const csp = String(response.headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('object-src'), what).toEqual(["'none'"]);
    expect(directives.get('base-uri'), what).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
    expect(directives.get('default-src'), what).toEqual(["'self'"]);
    expect(directives.get('form-action'), what).toEqual(["'self'"]);
    expect(directives.get('script-src'), what).toEqual(["'self'", ...inlineScriptHashes(index)]);
    expect(directives.get('script-src'), what).not.toContain("'unsafe-inline'");
    expect(response.headers['x-content-type-options'], what).toBe('nosniff');
    expect(response.headers['x-frame-options'], what).toBe('DENY');
    expect(response.headers['referrer-policy'], what).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy'], what).toBe('same-origin');
    expect(response.headers['strict-transport-security'], what).toMatch(/max-age=\d+/);
    expect(response.headers['x-powered-by'], what).toBeUndefined();
  }

  it('allow the dashboard’s inline bootstrap script by its hash, and nothing else inline', () => {
    expect(inlineScriptHashes(index).length).toBeGreaterThan(0);
  });

  it('come with a success, with 4xx problems and with the dashboard', async () => {
    const cases: [string, LightMyRequestResponse, number][] = [
      ['health', await app.inject('/api/health'), 200],
      ['members-only, anonymous', await app.inject('/api/network'), 401],
      ['role refused', await (await asRole(app, 'strategist')).inject('/api/users'), 403],
      ['CSRF refused', await app.inject({ method: 'DELETE', url: '/api/projects/00000000-0000-4000-8000-000000000000' }), 403],
      ['unknown API path', await app.inject('/api/nothing-here'), 404],
      ['bad input', await coordinator.inject('/api/organisations?sort=colour'), 400],
      ['dashboard', await app.inject('/'), 200],
      ['dashboard deep link', await app.inject('/organisations/some-theatre'), 200],
    ];
    for (const [what, response, status] of cases) {
      expect(response.statusCode, what).toBe(status);
      expectSecurityHeaders(response, what);
    }
    expect(cases.find(([what]) => what === 'dashboard')![1].body).toContain('<script>');
  });

  it('come with a 429 too', async () => {
    const limited = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '1' }, { keepData: true });
    try {
      // Health and readiness are never limited (a load balancer asks them all the time): the reference lists are.
      await limited.inject('/api/disciplines');
      expect((await limited.inject('/api/health')).statusCode).toBe(200);
      const response = await limited.inject('/api/disciplines');
      expect(response.statusCode).toBe(429);
      expectSecurityHeaders(response, '429');
    } finally {
      await limited.close();
    }
  });
});

describe('rate limits', () => {
  let limited: FastifyInstance;
  beforeAll(async () => {
    limited = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '5' }, { keepData: true });
  });
  afterAll(async () => limited?.close());

  it('hold each address to RATE_LIMIT_PER_MINUTE API requests, answering 429 problem details', async () => {
    for (let i = 0; i < 5; i += 1) expect((await limited.inject({ url: '/api/disciplines', remoteAddress: '198.51.100.1' })).statusCode).toBe(200);
    const response = await limited.inject({ url: '/api/communes', remoteAddress: '198.51.100.1' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect((await limited.inject({ url: '/api/disciplines', remoteAddress: '198.51.100.2' })).statusCode).toBe(200);
  });

  it('cover unknown API paths and pages the 404 handler answers, so probing is limited as well', async () => {
    for (let i = 0; i < 5; i += 1) await limited.inject({ url: `/api/probe-${i}`, remoteAddress: '198.51.100.3' });
    expect((await limited.inject({ url: '/api/probe-6', remoteAddress: '198.51.100.3' })).statusCode).toBe(429);
    for (let i = 0; i < 5; i += 1) expect((await limited.inject({ url: `/wp-login-${i}.php`, remoteAddress: '198.51.100.4' })).statusCode).toBe(200);
    const probe = await limited.inject({ url: '/wp-admin/setup.php', remoteAddress: '198.51.100.4' });
    expect(probe.statusCode).toBe(429);
    expect(probe.json().code).toBe('rate-limited');
  });

  it('leave the dashboard’s own files alone', async () => {
    for (let i = 0; i < 8; i += 1) expect((await limited.inject({ url: '/favicon.svg', remoteAddress: '198.51.100.5' })).statusCode).toBe(200);
  });
});

describe('size and time limits', () => {
  it(`refuse a JSON body over ${JSON_BODY_LIMIT} bytes with 413 problem details`, async () => {
    const payload = JSON.stringify({ ...organisationInput(), address: 'x'.repeat(JSON_BODY_LIMIT) });
    const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('let a CSV import be larger than a JSON body, up to IMPORT_MAX_BYTES', async () => {
    const csv = `slug,name,kind,commune,disciplines,mission_nl\nbig,Big One,theatre,ixelles,theatre,${'x'.repeat(JSON_BODY_LIMIT + 1000)}\n`;
    const response = await coordinator.inject({ method: 'POST', url: '/api/organisations/import', headers: { 'content-type': 'text/csv' }, payload: csv });
    // Read and judged (the mission is too long), not refused for its size.
    expect(response.statusCode).toBe(422);
  });

  it('give a client a minute to send its request, and close idle connections', () => {
    expect(app.server.requestTimeout).toBe(60_000);
    expect(app.server.timeout).toBe(120_000);
  });
});

describe('error responses', () => {
  let bare: FastifyInstance;
  beforeAll(async () => {
    // The app with one extra route that fails the way a broken query would.
    bare = Fastify({ logger: false });
    await bare.register(kulturrat, { config: loadConfig({ LOG_LEVEL: 'silent' }), database: inject('neo4j') });
    bare.get('/broken', async () => {
      const error = new Neo4jError("Invalid input 'RETRUN': expected … (line 1) MATCH (o:Organisation {id: $id}) RETRUN o", 'Neo.ClientError.Statement.SyntaxError', 'gql', 'desc');
      throw error;
    });
    await bare.ready();
  });
  afterAll(async () => bare?.close());

  it('hide the driver message, the Cypher and the stack of a 5xx, and carry a request id', async () => {
    const response = await bare.inject('/broken');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Internal server error',
      status: 500,
      code: 'internal',
      detail: expect.any(String),
      instance: '/broken',
      requestId: expect.any(String),
    });
    expect(response.body).not.toMatch(/RETRUN|MATCH|Neo\.|Statement|at .*\.ts|stack/);
  });

  it('answer a malformed URL and an unsupported body type as problem details', async () => {
    const badUrl = await app.inject('/api/organisations/%E0%A4%A');
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.headers['content-type']).toContain('application/problem+json');
    const badType = await coordinator.inject({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(badType.statusCode).toBe(415);
    expect(badType.headers['content-type']).toContain('application/problem+json');
  });

  it('never tell a session cookie apart from no cookie in the error body', async () => {
    const anonymous = await app.inject('/api/network');
    const revoked = await app.inject({ url: '/api/network', cookies: { [SESSION_COOKIE]: 'A'.repeat(43) } });
    expect(revoked.json()).toEqual(anonymous.json());
  });
});
