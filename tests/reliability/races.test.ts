// The full race run of issue 8: every entity kind × every race kind, ten rounds of ten contenders.
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

describe('concurrent changes of one entity, full run', () => {
  it('let exactly one request win in every race, answer the others 404 or 409, and leave the entity whole', async () => {
    const figure = await raceEverything(admin, 10, 10);
    expect(figure.serverErrors).toBe(0);
    expect(figure.racesWithOneWinner).toBe(figure.races);
  }, 1_800_000);
});
