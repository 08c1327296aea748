// The real app with the demo (city, collaboration life, one account per role), listening on a free
// loopback port, for browser tests.
import type { FastifyInstance } from 'fastify';
import { loadDemo } from '../../seed/demo.ts';
import { buildTestApp } from './app.ts';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const app = await buildTestApp();
  await loadDemo(app.db, app.users);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: address, app, close: () => app.close() };
}
