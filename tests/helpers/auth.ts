// A test client acting as one role: it signs in and sends the session cookie and CSRF token.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../server/domain/actor.ts';

export interface Agent {
  role: Role;
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
}

/**
 * Until sign-in exists every request is anonymous; the signature stays when it does, so tests
 * written against it keep working. `organisationId` binds a representative to its organisation.
 */
export async function asRole(app: FastifyInstance, role: Role, _options: { organisationId?: string } = {}): Promise<Agent> {
  return { role, inject: (options) => app.inject(options as InjectOptions) };
}
