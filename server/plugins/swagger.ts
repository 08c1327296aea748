// The OpenAPI document at /api/openapi.json and Swagger UI at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { policyFor, type PolicyEntry } from '../policy.ts';
import { ProblemDetailsSchema } from '../schemas/common.ts';

const PROBLEM_TYPE = 'application/problem+json';
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  '400': 'The request is invalid (validation: each field named in errors)',
  '401': 'Sign in first',
  '403': 'Not allowed: your role, a missing CSRF token, a foreign Origin, or a password to change first',
  '404': 'Not found',
  '413': 'The body is too large',
  '415': 'The body is not of a type this operation takes',
  '429': 'Too many requests: see Retry-After',
  '503': 'The database cannot be reached right now: see Retry-After',
};

type Operation = { parameters?: { in: string }[]; requestBody?: unknown; responses?: Record<string, { description?: string; content?: Record<string, unknown> }> };

/** The problem answers any operation may give, from what it takes and from the access policy. */
function possibleProblems(method: string, path: string, operation: Operation, entry: PolicyEntry | undefined): string[] {
  const statuses = ['429', '503'];
  const inputs = operation.parameters?.length || operation.requestBody;
  if (inputs) statuses.push('400');
  if (operation.requestBody) statuses.push('413', '415');
  if (path.includes('{')) statuses.push('404');
  if (entry?.access.public === 'deny') statuses.push('401');
  const anyRefused = entry ? Object.values(entry.access).some((rule) => rule !== 'allow') : true;
  if (UNSAFE.has(method) || anyRefused || !entry?.duringPasswordChange) statuses.push('403');
  return statuses;
}

/**
 * Problems documented as they are sent, in one place: every 4xx/5xx as application/problem+json
 * with the shared schema, and the statuses the app's hooks add to any operation (validation, the
 * policy's 401/403, CSRF and Origin, rate limits, outages) listed on each operation that can answer them.
 */
export function documentProblems<T extends { paths?: object }>(document: T): T {
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>)) {
    for (const [method, value] of Object.entries(item ?? {})) {
      if (!value || typeof value !== 'object' || !('responses' in value)) continue;
      const operation = value as Operation;
      const responses = (operation.responses ??= {});
      // A route that produces text/csv or text/calendar still answers its problems in JSON.
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400 || !response.content) continue;
        const [first] = Object.values(response.content);
        response.content = { [PROBLEM_TYPE]: first ?? { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
      }
      const entry = policyFor(method.toUpperCase(), path.replace(/\{(\w+)\}/g, ':$1'));
      for (const status of possibleProblems(method, path, operation, entry)) {
        responses[status] ??= {
          description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
          content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
        };
      }
    }
  }
  return document;
}

export default fp(
  async (fastify) => {
    fastify.addSchema(ProblemDetailsSchema);
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Kulturrat API',
          description:
            'The collaboration graph of the Brussels city culture council. Errors are RFC 9457 problem details. ' +
            'Sign in with POST /api/auth/sign-in (session cookie); every POST, PUT, PATCH and DELETE needs the CSRF token ' +
            'from GET /api/auth/session in the x-csrf-token header.',
          version: '0.1.0',
        },
        tags: [
          { name: 'health' },
          { name: 'auth', description: 'Sign-in, sessions and the CSRF token' },
          { name: 'users', description: 'Accounts (admins)' },
          { name: 'reference', description: 'Disciplines and communes' },
          { name: 'organisations', description: 'The member inventory' },
          { name: 'projects', description: 'Joint projects' },
          { name: 'network', description: 'The collaboration network' },
          { name: 'working-groups', description: 'Thematic working groups and their members' },
          { name: 'meetings', description: 'Meetings, attendance and calendar feeds (times in Europe/Brussels)' },
          { name: 'insights', description: 'The knowledge-exchange library' },
          { name: 'audit', description: 'Who changed what, when, before and after' },
          { name: 'trash', description: 'Deleted items (organisations, projects, working groups, meetings, insights) and their restore' },
          { name: 'backup', description: 'Full backup and restore of the graph (admins)' },
          { name: 'partner-finder', description: 'Suggested partners for an organisation or a project, with reasons, and what was made of them' },
        ],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
      transformObject: (documents) => ('openapiObject' in documents ? documentProblems(documents.openapiObject) : documents.swaggerObject),
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
