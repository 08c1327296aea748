// Concurrent delete, update and restore of one entity, on every entity kind (issue 8, defects 1
// and 2): the short run; `npm run test:reliability` runs more rounds with more contenders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { raceEverything } from '../helpers/races.ts';

let app: FastifyInstance;
let admin: BrowserAgent;

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
});
afterAll(() => app.close());

describe('concurrent changes of one entity', () => {
  it('let exactly one request win, answer the others 404 or 409, and leave the entity whole', async () => {
    const figure = await raceEverything(admin, 1, 3);
    expect(figure.serverErrors).toBe(0);
  }, 180_000);
});
