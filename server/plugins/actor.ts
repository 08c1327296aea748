// Every request carries an actor: the signed-in user of its session cookie, or the anonymous public.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PUBLIC_ACTOR, type Actor, type ChangeContext } from '../domain/actor.ts';
import { isWellFormedToken, needsTouch, SESSION_COOKIE, sessionIdOf, sessionStatus, type SessionLimits } from '../domain/session.ts';
import type { User } from '../schemas/user.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The session the request came with, when it is valid; null for the public. */
    userSession: { id: string; user: User } | null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function changeContext(request: FastifyRequest): ChangeContext {
  const key = request.headers['idempotency-key'];
  return { actor: request.actor, requestId: String(request.id), idempotencyKey: typeof key === 'string' && UUID.test(key) ? key.toLowerCase() : undefined };
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: user.role === 'representative' ? user.organisationId : null,
  };
}

/** The session cookie: never readable by scripts, not sent by cross-site sub-requests, Secure over HTTPS. */
export function sessionCookieOptions(request: FastifyRequest) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
}

export default fp(
  async (fastify) => {
    const limits: SessionLimits = { idleMinutes: fastify.config.sessionIdleMinutes, absoluteHours: fastify.config.sessionAbsoluteHours };
    fastify.decorateRequest('actor', null as unknown as Actor);
    fastify.decorateRequest('userSession', null);

    fastify.addHook('onRequest', async (request, reply) => {
      request.actor = PUBLIC_ACTOR;
      request.userSession = null;
      // The dashboard's files need no one's identity; only the API looks the session up.
      if (!request.url.startsWith('/api/')) return;
      const token = request.cookies[SESSION_COOKIE];
      if (token === undefined) return;
      const found = isWellFormedToken(token) ? await fastify.sessions.find(sessionIdOf(token)) : null;
      const now = new Date();
      const status = found ? sessionStatus(found.session, now, limits) : 'expired';
      if (!found || status !== 'active' || found.user.disabled) {
        // Ended, revoked or never ours: the visitor continues as the public, and the browser forgets it.
        if (found) await fastify.sessions.end(found.session.id);
        clearSessionCookie(request, reply);
        return;
      }
      if (needsTouch(found.session, now)) await fastify.sessions.touch(found.session.id, now);
      request.actor = actorOf(found.user);
      request.userSession = { id: found.session.id, user: found.user };
    });
  },
  { name: 'actor', dependencies: ['repositories', 'security'] },
);
