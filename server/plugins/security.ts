// Web defences every response shares: security headers with a strict CSP, cookies, an Origin check
// and CSRF on every unsafe request, and the per-address rate limit of the API.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { isProbe } from './load-shedding.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, TooManyRequestsError } from '../domain/errors.ts';
import { CSRF_COOKIE, CSRF_HEADER } from '../domain/session.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts a sign-in attempt (or a password check) against the client address; throws 429 past the limit. */
    countSignInAttempt(request: FastifyRequest): Promise<void>;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The sha256 source expressions of the inline scripts of a page (SvelteKit's SPA bootstrap). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The CSP of every response. Scripts only from this origin plus the dashboard's own inline bootstrap
 * (by hash, computed from the build at start-up); inline styles are allowed because Svelte sets
 * style attributes; the network map's worker may be a blob.
 */
export function contentSecurityPolicy(scriptHashes: string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}

/** Cookies of this app follow the request: Secure when it came over HTTPS (directly or, with TRUST_PROXY, via a proxy). */
export const isHttps = (request: FastifyRequest): boolean => request.protocol === 'https';

/** A CSRF token for this browser; a new secret when `fresh` (after sign-in, so the token changes with the session). */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, options: { fresh?: boolean } = {}): string {
  if (options.fresh) delete request.cookies[CSRF_COOKIE];
  return reply.generateCsrf({ secure: isHttps(request) });
}

export default fp(
  async (fastify) => {
    const { config } = fastify;
    const index = join(config.webDir, 'index.html');
    const scriptHashes = existsSync(index) ? inlineScriptHashes(readFileSync(index, 'utf8')) : [];

    await fastify.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(scriptHashes) },
      // The same as frame-ancestors 'none', for browsers that only know the older header.
      xFrameOptions: { action: 'deny' },
    });

    await fastify.register(cookie);
    await fastify.register(csrf, {
      cookieKey: CSRF_COOKIE,
      // The secret's cookie is only needed by this site's own fetches: never sent cross-site.
      cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
      // Only the header: a token in a form field or query string could come from another site's form.
      getToken: (request) => {
        const token = request.headers[CSRF_HEADER];
        return typeof token === 'string' ? token : undefined;
      },
    });

    await fastify.register(rateLimit, {
      global: false,
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new TooManyRequestsError('rate-limited', `Too many requests from your address; try again in ${context.after}.`, context.ttl / 1000),
    });

    // Hooks run in the order added: rate limit, then Origin and CSRF, then (plugins/actor.ts) the session
    // look-up, so a flood or a forged request is refused before it costs a database query.
    const apiLimit = fastify.rateLimit();
    fastify.addHook('onRequest', async (request, reply) => {
      // The health routes are polled by load balancers and monitors: never rate-limited.
      if (isProbe(request.url)) return;
      if (request.url.startsWith('/api/') || request.url === '/api') await apiLimit.call(fastify, request, reply);
    });
    // Defence in depth beside CSRF: a browser names the page that sent a write in Origin, and only
    // this app's own pages may send one. Clients that send no Origin (scripts, curl) rely on CSRF alone.
    const publicOrigin = new URL(config.publicUrl).origin;
    fastify.addHook('onRequest', async (request) => {
      if (!UNSAFE_METHODS.has(request.method)) return;
      const origin = request.headers.origin;
      if (origin === undefined || origin === publicOrigin || origin === `${request.protocol}://${request.host}`) return;
      throw new ForbiddenError('origin', `Writes are accepted only from this app's own pages (${publicOrigin}), not from ${origin}.`);
    });
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!UNSAFE_METHODS.has(request.method)) return done();
      fastify.csrfProtection(request, reply, done);
    });

    const signInLimit = fastify.createRateLimit({ max: config.signInAttemptsPerMinute, timeWindow: 60_000 });
    fastify.decorate('countSignInAttempt', async (request: FastifyRequest) => {
      const result = await signInLimit(request);
      if (!result.isAllowed && result.isExceeded) {
        throw new TooManyRequestsError(
          'too-many-attempts',
          `Too many sign-in attempts from your address; try again in ${result.ttlInSeconds} s.`,
          result.ttlInSeconds,
        );
      }
    });
  },
  { name: 'security' },
);
