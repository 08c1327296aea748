import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole } from '../helpers/auth.ts';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app?.close());

describe('health and readiness', () => {
  it('answers liveness and, with Neo4j reachable, readiness', async () => {
    expect((await app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/api/ready')).json()).toEqual({ status: 'ready' });
  });
});

describe('OpenAPI', () => {
  it('documents every API route', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.keys(doc.paths);
    for (const path of ['/api/organisations', '/api/organisations/{id}', '/api/organisations/import', '/api/projects', '/api/network', '/api/disciplines']) {
      expect(documented).toContain(path);
    }
    expect((await app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });
});

describe('errors', () => {
  it('answers an unknown API path with 404 problem details', async () => {
    const response = await app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'not-found' });
  });

  it('answers malformed JSON with 400 problem details', async () => {
    const coordinator = await asRole(app, 'coordinator');
    const response = await coordinator.inject({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'application/json' }, payload: '{"name":' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /api/disciplines', () => {
  it('lists the taxonomy with names in the four languages', async () => {
    const disciplines = (await app.inject('/api/disciplines')).json();
    expect(disciplines.length).toBe(12);
    expect(disciplines.find((d: { id: string }) => d.id === 'visual-arts').name).toEqual({
      nl: 'Beeldende kunst',
      fr: 'Arts visuels',
      en: 'Visual arts',
      de: 'Bildende Kunst',
    });
  });
});
