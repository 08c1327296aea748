// Concurrent delete, update and restore of one entity, on every entity kind (issue 8, defects 1
// and 2): a short run in `npm test`; `npm run test:reliability` (RELIABILITY=full) runs ten rounds
// of ten contenders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, type BrowserAgent } from '../helpers/auth.ts';
import { raceEverything } from '../helpers/races.ts';

const full = process.env.RELIABILITY === 'full';

let app: FastifyInstance;
let admin: BrowserAgent;

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
});
afterAll(() => app.close());

describe('concurrent changes of one entity', () => {
  it('let exactly one request win, answer the others 404 or 409, and leave the entity whole', async () => {
    const figure = full ? await raceEverything(admin, 10, 10) : await raceEverything(admin, 1, 3);
    expect(figure.serverErrors).toBe(0);
    expect(figure.racesWithOneWinner).toBe(figure.races);
  }, 1_800_000);
});
