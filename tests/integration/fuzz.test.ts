// OpenAPI-driven fuzzing: every operation of /api/openapi.json, anonymous and signed in as admin,
// with requests fast-check makes from the operation's own schemas (valid ones, and hostile values at
// any position). No answer may be a server error, and every status must be one the operation
// documents. `npm test` runs a short version; `npm run test:fuzz` sets FUZZ_RUNS for the long one.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../helpers/app.ts';
import { asRole, visitor, type BrowserAgent } from '../helpers/auth.ts';
import { createGroup, createInsight, createMeeting } from '../helpers/collaboration.ts';
import { createOrganisation, createProject } from '../helpers/factories.ts';
import { operationsOf, requestFor, type OpenApiDocument, type OpenApiOperation } from '../helpers/openapi-requests.ts';

/** Requests per operation and per client (anonymous, admin). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

/**
 * Left out of the signed-in run only (the anonymous run sends them too): they would end the admin's
 * session or replace the whole graph, and every later request would test something else.
 */
const SESSION_ENDING = new Set(['POST /api/auth/sign-out', 'POST /api/auth/password', 'POST /api/admin/restore']);

let app: FastifyInstance;
let admin: BrowserAgent;
let anonymous: BrowserAgent;
let document: OpenApiDocument;
let ids: string[];

beforeAll(async () => {
  app = await buildTestApp();
  admin = await asRole(app, 'admin');
  anonymous = await visitor(app);
  const theatre = await createOrganisation(admin, { name: 'Fuzz Théâtre' });
  const dance = await createOrganisation(admin, { name: 'Fuzz Dans', disciplines: ['dance'] });
  const project = await createProject(admin, [theatre, dance]);
  const group = await createGroup(admin, { name: 'Fuzz group', slug: 'fuzz-group' });
  const meeting = await createMeeting(admin, { workingGroupId: group.id });
  const insight = await createInsight(admin, theatre.id);
  ids = [theatre.id, dance.id, project.id, group.id, meeting.id, insight.id];
  document = (await app.inject('/api/openapi.json')).json();
});
afterAll(async () => app?.close());

interface Finding {
  operation: string;
  client: string;
  status: number;
  request: string;
  body: string;
}

describe('every operation of the OpenAPI document', () => {
  it(
    'answers generated and hostile requests without a server error, with documented statuses only',
    async () => {
      const operations = operationsOf(document);
      const statuses: Record<string, number> = {};
      const findings: Finding[] = [];
      let requests = 0;
      for (const [client, agent] of [['anonymous', anonymous], ['admin', admin]] as const) {
        for (const [index, operation] of operations.entries()) {
          const name = `${operation.method} ${operation.path}`;
          if (client === 'admin' && SESSION_ENDING.has(name)) continue;
          const samples = fc.sample(requestFor(operation, document, { ids, hostileShare: 0.2 }), { numRuns: RUNS, seed: SEED + index });
          for (const request of samples) {
            const response = await agent.inject(request);
            requests += 1;
            statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
            if (response.statusCode >= 500 || !documented(operation, response.statusCode)) {
              findings.push({ operation: name, client, status: response.statusCode, request: `${request.method} ${request.url} ${String(request.payload ?? '').slice(0, 300)}`, body: response.body.slice(0, 300) });
            }
          }
        }
      }
      const serverErrors = findings.filter((f) => f.status >= 500).length;
      console.log(JSON.stringify({ fuzz: { operations: operations.length, runsPerOperationAndClient: RUNS, requests, statuses, serverErrors, undocumented: findings.length - serverErrors, seed: SEED } }));
      expect(findings.slice(0, 20)).toEqual([]);
    },
    Math.max(120_000, RUNS * 40_000),
  );
});

function documented(operation: OpenApiOperation, status: number): boolean {
  return String(status) in operation.responses || `${String(status)[0]}XX` in operation.responses;
}
