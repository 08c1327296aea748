// Serves the built dashboard; client-side routes fall back to index.html, unknown API paths get 404 problems.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { sendProblem } from './errors.ts';

export default fp<{ webDir: string }>(
  async (fastify, { webDir }) => {
    const built = existsSync(join(webDir, 'index.html'));
    if (built) {
      await fastify.register(fastifyStatic, { root: webDir, wildcard: false, index: 'index.html' });
    } else {
      fastify.log.warn(`No dashboard build in ${webDir}; run "npm run build:web". The API works without it.`);
    }
    // Limited like the API: scanners probing for paths get 429 soon instead of a page each.
    fastify.setNotFoundHandler({ preHandler: fastify.rateLimit() }, (request, reply) => {
      const wantsPage = request.method === 'GET' && !request.url.startsWith('/api') && built;
      if (wantsPage) return reply.type('text/html').sendFile('index.html');
      return sendProblem(reply, { status: 404, code: 'not-found', detail: `No route ${request.method} ${request.url.split('?')[0]}.`, instance: request.url });
    });
  },
  { name: 'web', dependencies: ['security'] },
);
