// Past capacity the server answers 503 with Retry-After at once, instead of queueing requests for
// seconds: when the event loop lags (@fastify/under-pressure) or too many API requests are already
// in progress (each waits on a Neo4j connection). The health routes are never shed.
import fp from 'fastify-plugin';
import underPressure from '@fastify/under-pressure';
import type { FastifyRequest } from 'fastify';
import { UnavailableError } from '../domain/errors.ts';

/** Requests in progress before new ones are turned away: a little above the driver's pool of 50. */
export const MAX_REQUESTS_IN_PROGRESS = 64;
/**
 * Mean event-loop delay over a second past which new requests are turned away. High on purpose:
 * the app's own start-up and a shared, busy machine lag by hundreds of milliseconds without being
 * overloaded; the cap on requests in progress does the everyday shedding.
 */
const MAX_EVENT_LOOP_DELAY_MS = 2_000;

const PROBE = /^\/api\/(health|ready)(\?|$)/;
export const isProbe = (url: string) => PROBE.test(url);

const busy = () => new UnavailableError('The server is busy; try again in a moment.');

declare module 'fastify' {
  interface FastifyRequest {
    countedInProgress?: boolean;
  }
}

export default fp(
  async (fastify) => {
    await fastify.register(underPressure, {
      maxEventLoopDelay: MAX_EVENT_LOOP_DELAY_MS,
      retryAfter: 1,
      // A rejected promise goes to the error handler, which answers problem details with Retry-After.
      pressureHandler: async (request: FastifyRequest) => {
        if (!isProbe(request.url)) throw busy();
      },
    });

    let inProgress = 0;
    fastify.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/') || isProbe(request.url)) return;
      if (inProgress >= MAX_REQUESTS_IN_PROGRESS) throw busy();
      inProgress += 1;
      request.countedInProgress = true;
    });
    fastify.addHook('onResponse', async (request) => {
      if (request.countedInProgress) inProgress -= 1;
    });
  },
  { name: 'load-shedding' },
);
