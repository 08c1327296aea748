// Applies the permission policy (server/policy.ts) to every route in one place, and keeps the list
// of registered routes so a test can check that each has a policy entry. One onRequest hook decides
// every request; only where the policy names the organisation in the body (`targetInBody`) is that
// last question put off to preValidation, once the body has been read.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../domain/errors.ts';
import { decide, policyFor, type PolicyEntry, type Verdict } from '../policy.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered (HEAD routes included), in registration order. */
    registeredRoutes: { method: string; url: string }[];
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class SignInRequiredError extends UnauthenticatedError {
  constructor() {
    super('unauthenticated', 'Sign in first: this is for members of the council.');
  }
}

export class RoleForbiddenError extends ForbiddenError {
  constructor() {
    super('forbidden', 'Your role does not allow this.');
  }
}

export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super('password-change-required', 'Choose a new password first (POST /api/auth/password).');
  }
}

export default fp(
  async (fastify) => {
    const routes: { method: string; url: string }[] = [];
    /** Requests whose `own` check waits for the body (see the preValidation hook). */
    const pendingBodyTarget = new WeakSet<FastifyRequest>();
    fastify.decorate('registeredRoutes', routes);
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
    fastify.addHook('onReady', async () => {
      const missing = routes.filter((r) => !policyFor(r.method, r.url));
      for (const r of missing) fastify.log.error(`No policy entry for ${r.method} ${r.url}: it will answer 500. Add it to server/policy.ts.`);
    });

    /** The id of the organisation a route acts on: slugs are looked up, so `own` compares ids. */
    async function targetOrganisation(entry: PolicyEntry, request: FastifyRequest): Promise<string | null> {
      const ref = entry.target?.(request) ?? null;
      if (ref === null || UUID.test(ref)) return ref;
      try {
        return (await fastify.organisations.get(ref)).id;
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError('Organisation');
        throw error;
      }
    }

    function enforce(verdict: Verdict): void {
      switch (verdict) {
        case 'allow':
          return;
        case 'unauthenticated':
          throw new SignInRequiredError();
        case 'forbidden':
          throw new RoleForbiddenError();
        case 'password-change-required':
          throw new PasswordChangeRequiredError();
        case 'hidden':
          // The very problem a missing organisation gets, so nothing tells the two apart.
          throw new NotFoundError('Organisation');
      }
    }

    // onRequest, not later: a refused request is answered before its body is even read. The
    // router has already parsed the params and the query string, which is all `own` needs, except
    // on the few routes that name the organisation in the body (`targetInBody`).
    fastify.addHook('onRequest', async (request) => {
      const url = request.routeOptions.url;
      if (url === undefined) return; // the 404 handler: no route, nothing to allow
      const entry = policyFor(request.method, url);
      // A plain error: logged with the route, answered as an anonymous 500.
      if (!entry) throw new Error(`No policy entry for ${request.method} ${url}; add it to server/policy.ts.`);
      const ownRule = entry.access[request.actor.role] === 'own';
      const mustChangePassword = request.userSession?.user.mustChangePassword === true;
      if (ownRule && entry.targetInBody) {
        // Everything that does not depend on the organisation is decided now (as if it were the
        // actor's own); the organisation itself once the body is read.
        enforce(decide(entry, request.actor, { target: request.actor.organisationId, mustChangePassword }));
        pendingBodyTarget.add(request);
        return;
      }
      enforce(decide(entry, request.actor, { target: ownRule ? await targetOrganisation(entry, request) : null, mustChangePassword }));
    });

    // After the body is parsed, before it is validated: a malformed body is then still refused as
    // "not yours", never described field by field to someone it does not belong to.
    fastify.addHook('preValidation', async (request) => {
      if (!pendingBodyTarget.delete(request)) return;
      const entry = policyFor(request.method, request.routeOptions.url!)!;
      enforce(decide(entry, request.actor, { target: await targetOrganisation(entry, request), mustChangePassword: false }));
    });
  },
  { name: 'access', dependencies: ['actor', 'repositories'] },
);
