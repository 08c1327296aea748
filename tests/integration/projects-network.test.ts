import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type Agent } from '../helpers/auth.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { NetworkEdge } from '../../server/schemas/network.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';

let app: FastifyInstance;
// Managing the inventory is a coordinator's work (server/policy.ts).
let coordinator: Agent;
let theatre: Organisation, dance: Organisation, music: Organisation, loner: Organisation;

beforeAll(async () => {
  app = await buildTestApp();
  coordinator = await asRole(app, 'coordinator');
  theatre = await createOrganisation(coordinator, { name: 'Theatre A', disciplines: ['theatre'] });
  dance = await createOrganisation(coordinator, { name: 'Dance B', disciplines: ['dance', 'theatre'] });
  music = await createOrganisation(coordinator, { name: 'Music C', disciplines: ['music'] });
  loner = await createOrganisation(coordinator, { name: 'Loner D', disciplines: ['heritage'] });
  await createProject(coordinator, [theatre, dance], { title: 'Spring piece', startDate: '2023-03-01', endDate: '2023-05-01' });
  await createProject(coordinator, [dance, theatre], { title: 'Autumn piece', startDate: '2024-09-01', endDate: '2024-11-01' });
  await createProject(coordinator, [music, dance, theatre], { title: 'Festival', startDate: '2025-06-01', endDate: '2025-06-03', disciplines: ['music', 'dance'] });
  await createProject(coordinator, [music, loner], { title: 'Just an idea', status: 'idea', startDate: null, endDate: null });
});
afterAll(async () => app?.close());

const pair = (edges: NetworkEdge[], a: Organisation, b: Organisation) =>
  edges.find((e) => [e.source, e.target].sort().join() === [a.id, b.id].sort().join());

describe('POST /api/projects', () => {
  it('refuses an end before the start, two leads, a partner twice and an unknown partner', async () => {
    const base = {
      title: 'Bad',
      kind: 'workshop',
      status: 'planned',
      startDate: '2025-05-01',
      disciplines: ['theatre'],
      partners: [{ organisationId: theatre.id, role: 'lead' }],
    };
    const cases = [
      [{ ...base, endDate: '2025-04-01' }, 'end-before-start'],
      [{ ...base, partners: [{ organisationId: theatre.id, role: 'lead' }, { organisationId: dance.id, role: 'lead' }] }, 'one-lead'],
      [{ ...base, partners: [{ organisationId: theatre.id, role: 'lead' }, { organisationId: theatre.id, role: 'partner' }] }, 'duplicate'],
      [{ ...base, partners: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] }, 'unknown-organisation'],
      [{ ...base, startDate: '2025-02-30' }, 'format'],
    ] as const;
    const before = (await coordinator.inject('/api/projects')).json().total;
    for (const [payload, code] of cases) {
      const response = await coordinator.inject({ method: 'POST', url: '/api/projects', payload });
      expect(response.statusCode, code).toBe(400);
      expect(response.json().errors.map((e: { code: string }) => e.code)).toContain(code);
    }
    expect((await coordinator.inject('/api/projects')).json().total).toBe(before);
  });

  it('reads a project back with its partners, lead first', async () => {
    const created = await createProject(coordinator, [music, theatre], { title: 'Read back' });
    const project = (await coordinator.inject(`/api/projects/${created.id}`)).json();
    expect(project.partners.map((p: { name: string; role: string }) => `${p.role}:${p.name}`)).toEqual(['lead:Music C', 'partner:Theatre A']);
    await coordinator.inject({ method: 'DELETE', url: `/api/projects/${created.id}` });
  });
});

describe('GET /api/network', () => {
  it('derives weighted, dated ties from shared projects, without ideas', async () => {
    const { nodes, edges } = unpackNetwork((await coordinator.inject('/api/network')).json());
    expect(nodes).toHaveLength(4);
    const td = pair(edges, theatre, dance)!;
    expect(td).toMatchObject({ weight: 3, count: 3, kinds: { project: 3 }, first: '2023-03-01', last: '2025-06-03' });
    expect(pair(edges, music, loner)).toBeUndefined();
    expect(nodes.find((n: { id: string }) => n.id === loner.id)).toMatchObject({ degree: 0, strength: 0 });
    expect(nodes.find((n: { id: string }) => n.id === dance.id)).toMatchObject({ degree: 2, strength: 4 });
  });

  it('keeps only projects overlapping the period', async () => {
    const { edges } = unpackNetwork((await coordinator.inject('/api/network?from=2024-01-01&to=2024-12-31')).json());
    expect(edges).toHaveLength(1);
    expect(pair(edges, theatre, dance)).toMatchObject({ count: 1, first: '2024-09-01' });
  });

  it('keeps only organisations of a discipline and the ties among them', async () => {
    const { nodes, edges } = unpackNetwork<{ id: string; name: string }>((await coordinator.inject('/api/network?discipline=theatre')).json());
    expect(nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Dance B', 'Theatre A']);
    expect(edges).toHaveLength(1);
  });

  it('refuses a malformed date with 400', async () => {
    const response = await coordinator.inject('/api/network?from=last-year');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('from');
  });
});

describe('GET /api/organisations/:id/partners', () => {
  it('lists partners strongest first with the years they worked together', async () => {
    const partners = (await coordinator.inject(`/api/organisations/${theatre.id}/partners`)).json();
    expect(partners.map((p: { organisation: { name: string }; projects: number }) => `${p.organisation.name}:${p.projects}`)).toEqual([
      'Dance B:3',
      'Music C:1',
    ]);
  });
});
