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
          description: 'The collaboration graph of the Brussels city culture council. Errors are RFC 9457 problem details.',
          version: '0.1.0',
        },
        tags: [
          { name: 'health' },
          { name: 'reference', description: 'Disciplines and communes' },
          { name: 'organisations', description: 'The member inventory' },
          { name: 'projects', description: 'Joint projects' },
          { name: 'network', description: 'The collaboration network' },
        ],
      },
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    });
    await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    fastify.get('/api/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());
  },
  { name: 'swagger' },
);
