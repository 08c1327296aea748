// Builds the real app against the run's throwaway Neo4j, starting each test file from an empty graph;
// appSuite is the set-up most integration files share.
import { afterAll, beforeAll, inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Role } from '../../server/domain/actor.ts';
import { asRole, type Agent } from './auth.ts';

/**
 * Every test file comes from 127.0.0.1 and signs in many accounts within a minute, so the per-address
 * limits are lifted unless a test sets them (the tests of those limits do).
 */
const TEST_DEFAULTS = { LOG_LEVEL: 'silent', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000', SIGN_IN_ATTEMPTS_PER_MINUTE: '1000000' };

/**
 * `keepData`: a second app over the same graph (another configuration), leaving the first one's data and sessions alone.
 * `routing`: reach Neo4j through a `neo4j://` URI (routing tables, as against a cluster or Aura) instead of `bolt://`.
 */
export async function buildTestApp(env: Record<string, string> = {}, options: { keepData?: boolean; routing?: boolean } = {}): Promise<FastifyInstance> {
  const given = inject('neo4j');
  const neo4j = options.routing ? { ...given, uri: given.uri.replace(/^bolt:/, 'neo4j:') } : given;
  const config = loadConfig({ ...TEST_DEFAULTS, ...env });
  const app = await buildApp({ config, database: neo4j });
  if (!options.keepData) await app.schema.deleteAllData();
  return app;
}

export interface AppSuite<R extends Role> {
  /** The app the file's tests call; read it inside a test or hook. */
  readonly app: FastifyInstance;
  /** The agent signed in as `role` before the file's tests (one account per role, shared by the file). */
  agent(role: R): Agent;
}

/**
 * The set-up most integration test files share: the app built from an empty graph before the
 * file's tests and closed after them, and one signed-in agent for each role named. Call it at the
 * top of a file; it registers its own beforeAll/afterAll.
 */
export function appSuite<R extends Role>(...roles: R[]): AppSuite<R> {
  let app: FastifyInstance | undefined;
  const agents = new Map<R, Agent>();
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appSuite: used before its beforeAll ran');
    return value;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    for (const role of roles) agents.set(role, await asRole(app, role));
  });
  afterAll(async () => app?.close());

  return {
    get app() {
      return ready(app);
    },
    agent: (role) => ({
      role,
      get user() {
        return ready(agents.get(role)).user;
      },
      inject: (options) => ready(agents.get(role)).inject(options),
    }),
  };
}
