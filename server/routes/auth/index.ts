// Signing in and out, the current session with its CSRF token, and changing one's password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { authenticate, prepareSignIn } from '../../accounts.ts';
import { assertValid, InvalidInputError } from '../../domain/errors.ts';
import { hashPassword, newPasswordProblems, verifyPassword } from '../../domain/password.ts';
import { isWellFormedToken, newSessionTimes, newSessionToken, SESSION_COOKIE, sessionIdOf, type SessionLimits } from '../../domain/session.ts';
import { changeContext, clearSessionCookie, sessionCookieOptions } from '../../plugins/actor.ts';
import { csrfTokenFor } from '../../plugins/security.ts';
import { problemRef } from '../../schemas/common.ts';
import { PasswordChangeSchema, SessionStateSchema, SignInSchema, UserSchema } from '../../schemas/user.ts';
import { noStore } from '../route-shapes.ts';

const tags = ['auth'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const limits: SessionLimits = { idleMinutes: fastify.config.sessionIdleMinutes, absoluteHours: fastify.config.sessionAbsoluteHours };
  await prepareSignIn();

  // Nothing here may be kept by a browser or proxy cache: user data, tokens.
  noStore(fastify);

  fastify.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in (null for the public), and the CSRF token for unsafe requests',
        response: { 200: SessionStateSchema },
      },
    },
    async (request, reply) => ({ user: request.userSession?.user ?? null, csrfToken: csrfTokenFor(request, reply) }),
  );

  fastify.post(
    '/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; starts a new session',
        description:
          'Any session cookie sent along ends: the signed-in session always has a new id. Every failure is the same 401 ' +
          '(invalid-credentials); five wrong passwords in a row lock the account for 15 minutes, and each address may try ' +
          'a limited number of times per minute (429 too-many-attempts). Fetch GET /api/auth/session afterwards for the new CSRF token.',
        body: SignInSchema,
        response: { 200: Type.Object({ user: UserSchema }), 401: problemRef, 429: problemRef },
      },
    },
    async (request, reply) => {
      await fastify.countSignInAttempt(request);
      const now = new Date();
      const user = await authenticate(fastify.users, request.body.email, request.body.password, now);
      const presented = request.cookies[SESSION_COOKIE];
      const token = newSessionToken();
      await fastify.sessions.start(user.id, sessionIdOf(token), newSessionTimes(now, limits), {
        replacing: isWellFormedToken(presented) ? sessionIdOf(presented) : null,
        idleSince: new Date(now.getTime() - limits.idleMinutes * 60_000),
      });
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request));
      csrfTokenFor(request, reply, { fresh: true });
      return { user };
    },
  );

  fastify.post(
    '/auth/sign-out',
    { schema: { tags, summary: 'Sign out: the session ends on the server at once', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const presented = request.cookies[SESSION_COOKIE];
      if (isWellFormedToken(presented)) await fastify.sessions.end(sessionIdOf(presented));
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  fastify.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your password',
        description:
          'At least 12 characters, not the e-mail address, not the current password. Every other session of the account ends, ' +
          'and this one continues under a new id.',
        body: PasswordChangeSchema,
        response: { 204: Type.Null(), 400: problemRef, 429: problemRef },
      },
    },
    async (request, reply) => {
      // The session proves who it is, not that they know the password: guessing it is limited like a sign-in.
      await fastify.countSignInAttempt(request);
      const user = request.userSession!.user;
      const { currentPassword, newPassword } = request.body;
      const storedHash = await fastify.users.passwordHashOf(user.id);
      if (!(await verifyPassword(storedHash, currentPassword))) {
        throw new InvalidInputError('wrong-password', 'The current password is wrong.', [
          { field: 'currentPassword', code: 'wrong-password', message: 'currentPassword is not your current password.' },
        ]);
      }
      const problems = newPasswordProblems(newPassword, user.email);
      if (problems.length === 0 && (await verifyPassword(storedHash, newPassword))) {
        problems.push({ field: 'newPassword', code: 'same-as-current', message: 'newPassword must differ from the current one.' });
      }
      assertValid(problems);
      const token = newSessionToken();
      await fastify.users.setPassword(user.id, await hashPassword(newPassword), {
        mustChangePassword: false,
        newSession: { id: sessionIdOf(token), times: newSessionTimes(new Date(), limits) },
      }, changeContext(request));
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request));
      return reply.status(204).send(null);
    },
  );
};
export default routes;
