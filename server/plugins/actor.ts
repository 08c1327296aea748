// Every request carries an actor; the anonymous public until the sign-in plugin says otherwise.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PUBLIC_ACTOR, type Actor, type ChangeContext } from '../domain/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export function changeContext(request: FastifyRequest): ChangeContext {
  return { actor: request.actor, requestId: String(request.id) };
}

export default fp(
  async (fastify) => {
    fastify.decorateRequest('actor', null as unknown as Actor);
    fastify.addHook('onRequest', async (request) => {
      request.actor = PUBLIC_ACTOR;
    });
  },
  { name: 'actor' },
);
