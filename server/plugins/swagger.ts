// The OpenAPI document at /api/openapi.json and Swagger UI at /api/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { ProblemDetailsSchema } from '../schemas/common.ts';

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
        ],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
