// Two app instances over one Neo4j reached through a `neo4j://` URI, as behind a load balancer on a
// cluster or Aura: a browser's session and CSRF token from one instance are good on the other, a
// write on one is read on the other at once, and a background job runs on exactly one of them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOMPUTE_JOB } from '../../server/plugins/metrics.ts';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, BrowserAgent } from '../helpers/auth.ts';
import { organisationInput } from '../helpers/factories.ts';

let first: FastifyInstance;
let second: FastifyInstance;

beforeAll(async () => {
  first = await buildTestApp({}, { routing: true });
  second = await buildTestApp({}, { keepData: true, routing: true });
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** The same browser, its requests sent to the other instance (no sticky sessions). */
async function sameBrowserOn(app: FastifyInstance, browser: BrowserAgent): Promise<BrowserAgent> {
  const moved = new BrowserAgent(app);
  for (const [name, value] of browser.cookies) moved.cookies.set(name, value);
  moved.csrfToken = browser.csrfToken;
  expect(await moved.refresh()).toMatchObject({ id: browser.user!.id });
  return moved;
}

describe('two instances on one Neo4j through neo4j://', () => {
  it('a session from one instance is good on the other, and each reads the other’s writes at once', async () => {
    const onFirst = await asRole(first, 'coordinator');
    const onSecond = await sameBrowserOn(second, onFirst);

    for (let round = 0; round < 5; round++) {
      const [writer, reader] = round % 2 === 0 ? [onFirst, onSecond] : [onSecond, onFirst];
      const created = await writer.inject({ method: 'POST', url: '/api/organisations', payload: organisationInput() });
      expect(created.statusCode, created.body).toBe(201);
      const { id, name, slug, version } = created.json();
      const read = await reader.inject(`/api/organisations/${id}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ id, name });

      // The reader replaces it with the version it just read; the writer sees the change at once.
      const payload = { ...organisationInput({ name: `${name} (renamed)` }), slug, version };
      const renamed = await reader.inject({ method: 'PUT', url: `/api/organisations/${id}`, payload });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect((await writer.inject(`/api/organisations/${id}`)).json()).toMatchObject({ name: `${name} (renamed)`, version: version + 1 });
    }

    // Signing out on one instance ends the session on both.
    expect((await onSecond.inject({ method: 'POST', url: '/api/auth/sign-out', payload: {} })).statusCode).toBeLessThan(300);
    const after = await onFirst.inject('/api/auth/session');
    expect(after.json().user).toBeNull();
  });

  it('a recomputation asked of both instances at once runs on exactly one', async () => {
    const a = await asRole(first, 'leadership');
    const b = await asRole(second, 'leadership');
    const [fromA, fromB] = await Promise.all([
      a.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} }),
      b.inject({ method: 'POST', url: '/api/metrics/recompute', payload: {} }),
    ]);
    expect([fromA.statusCode, fromB.statusCode]).toEqual([202, 202]);
    const holders = new Set([fromA.json().holder, fromB.json().holder]);
    expect(holders.size).toBe(1);
    const [holder] = holders;
    expect([first.metrics.holder, second.metrics.holder]).toContain(holder);

    await Promise.all([first.metrics.idle(), second.metrics.idle()]);
    const status = (await b.inject('/api/metrics/status')).json();
    expect(status).toMatchObject({ running: false, holder, lastError: null });
    expect(status.done).toBe(status.total);
    expect((await a.inject('/api/metrics/status')).json()).toEqual(status);
    // The lease is free again: the other instance may take the next run.
    expect(await second.metrics.repository.acquireLease(RECOMPUTE_JOB, 'probe', 60, 0)).toBe(true);
    await second.metrics.repository.finishJob(RECOMPUTE_JOB, 'probe', 0, 0, null);
  });
});
