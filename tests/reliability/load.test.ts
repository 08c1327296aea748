// The load test of issue 8, only in `npm run test:reliability` (it takes the machine for minutes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { runLoad } from '../helpers/load.ts';

let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  app = await buildTestApp();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => app.close());

describe('the server under load', () => {
  it('holds a fixed rate of 80 % reads and 20 % writes within its latency bounds, sheds past capacity and recovers', async () => {
    const figures = await runLoad(app, url, { rates: [10, 20, 40, 80, 160, 320], seconds: 5 });
    expect(figures.highestRate).toBeGreaterThan(0);
    expect(figures.overload.otherServerErrors).toBe(0);
    expect(figures.overload.shed503).toBeGreaterThan(0);
    expect(figures.overload.withRetryAfter).toBe(true);
    expect(figures.recovered.held).toBe(true);
  }, 600_000);
});
