// GET /api/network packed, compressed and cached: an ETag from the data's version, 304 while the
// data holds, a new tag after any write (through the API, a restore, a generated load).
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type Agent } from '../helpers/auth.ts';
import { createOrganisation, createProject, organisationInput } from '../helpers/factories.ts';
import type { Organisation } from '../../server/schemas/organisation.ts';
import type { PackedNetwork } from '../../server/schemas/network.ts';
import { unpackNetwork } from '../../server/domain/network-wire.ts';
import { generateCity } from '../../seed/generate.ts';
import { loadCity } from '../../seed/load.ts';

let app: FastifyInstance;
let admin: Agent;
let coordinator: Agent;
let leadership: Agent;
let theatre: Organisation, dance: Organisation, music: Organisation;

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
  coordinator = await asRole(app, 'coordinator');
  leadership = await asRole(app, 'leadership');
  theatre = await createOrganisation(coordinator, { name: 'Theatre A', disciplines: ['theatre'] });
  dance = await createOrganisation(coordinator, { name: 'Dance B', disciplines: ['dance'] });
  music = await createOrganisation(coordinator, { name: 'Music C', disciplines: ['music'] });
  await createProject(coordinator, [theatre, dance], { title: 'Duet', startDate: '2024-03-01', endDate: '2024-05-01' });
});
afterAll(async () => app?.close());

const read = (url = '/api/network', headers: Record<string, string> = {}) => leadership.inject({ url, headers });
const tagOf = async (url = '/api/network') => {
  const response = await read(url);
  expect(response.statusCode, response.body).toBe(200);
  return String(response.headers.etag);
};

describe('GET /api/network packed', () => {
  it('names each organisation once and each tie by index pairs, and unpacks to the same ties', async () => {
    const response = await read();
    const packed = response.json() as PackedNetwork;
    expect(packed.nodes.map((n) => n.name).sort()).toEqual(['Dance B', 'Music C', 'Theatre A']);
    expect(packed.ties.source).toHaveLength(1);
    const ids = [theatre.id, dance.id].sort();
    expect([packed.nodes[packed.ties.source[0]!]!.id, packed.nodes[packed.ties.target[0]!]!.id].sort()).toEqual(ids);
    for (const { id } of packed.nodes) expect(response.body.split(id).length - 1).toBe(1);
    const { edges } = unpackNetwork(packed);
    expect(edges).toEqual([
      { source: ids[0], target: ids[1], weight: 1, count: 1, kinds: { project: 1 }, first: '2024-03-01', last: '2024-05-01' },
    ]);
  });

  it('carries the metrics per organisation with metrics=true', async () => {
    const packed = (await read('/api/network?metrics=true')).json() as PackedNetwork;
    expect(packed.nodes.every((n) => n.metrics !== undefined)).toBe(true);
    expect(packed.nodes.find((n) => n.id === theatre.id)!.metrics).toMatchObject({ degree: 1, weightedDegree: 1 });
  });
});

describe('GET /api/network cached', () => {
  it('answers 304 without a body to the tag of the unchanged network, privately and revalidated', async () => {
    const first = await read();
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await read('/api/network', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await read('/api/network', { 'if-none-match': 'W/"something-else"' })).statusCode).toBe(200);
  });

  it('tags each filter apart: another query is another answer', async () => {
    const whole = await tagOf();
    expect(await tagOf('/api/network?discipline=theatre')).not.toBe(whole);
    expect(await tagOf('/api/network?metrics=true')).not.toBe(whole);
    expect((await read('/api/network?discipline=theatre', { 'if-none-match': whole })).statusCode).toBe(200);
  });

  it('gives a new tag after a write through the API, and the new answer has the change', async () => {
    const before = await tagOf();
    await createProject(coordinator, [music, dance], { title: 'Concert', startDate: '2025-01-10', endDate: '2025-01-12' });
    const after = await read('/api/network', { 'if-none-match': before });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before);
    expect(unpackNetwork(after.json() as PackedNetwork).edges).toHaveLength(2);
    // A write elsewhere in the graph counts too (a renamed organisation is on the map by name).
    const renamedFrom = String(after.headers.etag);
    const { version } = (await coordinator.inject(`/api/organisations/${music.id}`)).json() as Organisation;
    const payload = { ...organisationInput({ name: 'Music C renamed', disciplines: ['music'] }), slug: music.slug, version };
    const renamed = await coordinator.inject({ method: 'PUT', url: `/api/organisations/${music.id}`, payload });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await tagOf()).not.toBe(renamedFrom);
  });

  it('gives a new tag after a restore, even of a backup taken just now, and after a generated load', async () => {
    const backup = (await admin.inject('/api/admin/backup')).body;
    const before = await tagOf();
    const restored = await admin.inject({ method: 'POST', url: '/api/admin/restore?replace=true', headers: { 'content-type': 'application/json' }, payload: backup });
    expect(restored.statusCode, restored.body).toBe(200);
    // Everyone signs in again after a restore.
    leadership = await asRole(app, 'leadership');
    const afterRestore = await tagOf();
    expect(afterRestore).not.toBe(before);
    await loadCity(app.db, generateCity({ organisations: 20 }));
    const loaded = await read('/api/network', { 'if-none-match': afterRestore });
    expect(loaded.statusCode).toBe(200);
    expect((loaded.json() as PackedNetwork).nodes.length).toBeGreaterThan(3);
  });
});

describe('GET /api/network compressed', () => {
  it('sends brotli or gzip to clients that accept it, the same answer as uncompressed', async () => {
    // Above the 1 KB below which nothing is compressed: the generated city loaded by the test before.
    const plain = await read();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await read('/api/network', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    const gzip = await read('/api/network', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });
});
