// Creates a client may repeat (issue 8): a POST sent again with the same Idempotency-Key, after a
// timeout or all at once, makes one record with one audit event; the key becomes the record's id, and
// the same key with another request is refused. On every kind of record that has a create route.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { createGroup, groupInput, insightInput, meetingInput } from '../helpers/collaboration.ts';
import { createOrganisation, organisationInput, projectInput } from '../helpers/factories.ts';

let app: FastifyInstance;
let admin: BrowserAgent;
let coordinator: BrowserAgent;
// Five kinds, each several requests: more than the default 30 s on a busy shared machine.
/** Per kind: where to POST, a fresh body (unique where the kind needs it), and the audit entity type. */
let kinds: { kind: string; url: string; body: () => Record<string, unknown>; entityType: string }[];

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
  coordinator = await asRole(app, 'coordinator');
  const a = await createOrganisation(admin, { name: 'Idem Théâtre' });
  const b = await createOrganisation(admin, { name: 'Idem Dans', disciplines: ['dance'] });
  const group = await createGroup(admin, { name: 'Idem group', slug: 'idem-group' });
  let n = 0;
  const unique = () => `${Date.now().toString(36)}-${(n += 1)}`;
  kinds = [
    { kind: 'organisation', url: '/api/organisations', entityType: 'organisation', body: () => ({ ...organisationInput({ name: `Idem ${unique()}` }) }) },
    { kind: 'project', url: '/api/projects', entityType: 'project', body: () => ({ ...projectInput([a, b], { title: `Idem ${unique()}` }) }) },
    { kind: 'working group', url: '/api/working-groups', entityType: 'working-group', body: () => ({ ...groupInput({ name: `Idem ${unique()}`, slug: `idem-${unique()}` }) }) },
    { kind: 'meeting', url: '/api/meetings', entityType: 'meeting', body: () => ({ ...meetingInput({ workingGroupId: group.id, title: `Idem ${unique()}` }) }) },
    { kind: 'insight', url: '/api/insights', entityType: 'insight', body: () => ({ ...insightInput(a.id, { title: `Idem ${unique()}` }) }) },
  ];
});
afterAll(() => app?.close());

const post = (client: BrowserAgent, url: string, payload: Record<string, unknown>, key?: string) =>
  client.inject({ method: 'POST', url, payload, headers: key ? { 'idempotency-key': key } : {} });

async function auditEvents(entityType: string, entityId: string): Promise<{ action: string }[]> {
  const response = await admin.inject(`/api/audit?entityType=${entityType}&entityId=${entityId}&pageSize=100`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('POST with an Idempotency-Key', () => {
  it('makes the record under the key, and a retry answers that record instead of a second one', async () => {
    for (const { kind, url, body, entityType } of kinds) {
      const key = randomUUID();
      const payload = body();
      const first = await post(admin, url, payload, key);
      expect(first.statusCode, `${kind}: ${first.body}`).toBe(201);
      expect(first.json().id, kind).toBe(key);
      const again = await post(admin, url, payload, key);
      expect(again.statusCode, `${kind}: ${again.body}`).toBe(201);
      expect(again.json(), kind).toEqual(first.json());
      const events = await auditEvents(entityType, key);
      expect(events.map((e) => e.action), kind).toEqual(['create']);
    }
  }, 120_000);

  it('lets ten concurrent copies of one request make exactly one record', async () => {
    for (const { kind, url, body, entityType } of kinds) {
      const key = randomUUID();
      const payload = body();
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(admin, url, payload, key)));
      expect(answers.map((r) => r.statusCode), `${kind}: ${answers.map((r) => r.body).join('\n')}`).toEqual(Array(10).fill(201));
      expect(new Set(answers.map((r) => r.json().id)), kind).toEqual(new Set([key]));
      expect((await auditEvents(entityType, key)).length, kind).toBe(1);
    }
  }, 120_000);

  it('refuses the key with another body, from another account, or of a record since moved to the trash', async () => {
    const key = randomUUID();
    const payload = organisationInput({ name: 'Idem keyed once' });
    expect((await post(admin, '/api/organisations', payload, key)).statusCode).toBe(201);

    const otherBody = await post(admin, '/api/organisations', organisationInput({ name: 'Idem something else' }), key);
    expect(otherBody.statusCode).toBe(409);
    expect(otherBody.json()).toMatchObject({ code: 'idempotency-key-reused' });

    const otherAccount = await post(coordinator, '/api/organisations', payload, key);
    expect(otherAccount.statusCode).toBe(409);
    expect(otherAccount.json()).toMatchObject({ code: 'idempotency-key-reused' });

    expect((await admin.inject({ method: 'DELETE', url: `/api/organisations/${key}` })).statusCode).toBe(204);
    const afterDelete = await post(admin, '/api/organisations', payload, key);
    expect(afterDelete.statusCode).toBe(409);
    expect(afterDelete.json()).toMatchObject({ code: 'idempotency-key-reused' });
    expect((await auditEvents('organisation', key)).map((e) => e.action).sort()).toEqual(['create', 'delete']);
  });

  it('refuses a key that is the id of a record made without one', async () => {
    const existing = await createOrganisation(admin, { name: 'Idem made without a key' });
    const response = await post(admin, '/api/organisations', organisationInput({ name: 'Idem same id' }), existing.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });

  it('refuses a key that is not a UUID with 400, and without a key every POST makes a new record', async () => {
    const bad = await post(admin, '/api/organisations', organisationInput({ name: 'Idem bad key' }), 'not-a-uuid');
    expect(bad.statusCode).toBe(400);
    const project = kinds.find((k) => k.kind === 'project')!.body();
    const one = await post(admin, '/api/projects', project);
    const two = await post(admin, '/api/projects', project);
    expect([one.statusCode, two.statusCode]).toEqual([201, 201]);
    expect(one.json().id).not.toBe(two.json().id);
  });
});
