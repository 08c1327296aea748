// The real app with the demo city, listening on a free loopback port, for browser tests.
import type { FastifyInstance } from 'fastify';
import { generateCity } from '../../seed/generate.ts';
import { loadCity } from '../../seed/load.ts';
import { loadDemoAccounts } from '../../seed/demo-accounts.ts';
import { buildTestApp } from './app.ts';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const app = await buildTestApp();
  const city = generateCity();
  await loadCity(app.db, city);
  // The demo accounts (seed/demo-accounts.ts), as `npm start` makes them: one per role.
  await loadDemoAccounts(app.users, city.organisations[0]!.id);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, app, close: () => app.close() };
}
