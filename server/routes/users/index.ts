// Account administration (admins only, see server/policy.ts): list, read, invite, change, reset a password.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { checkOrganisationRule, invite, resetPassword } from '../../accounts.ts';
import { changeContext } from '../../plugins/actor.ts';
import { IdParams, PageSchema, problemRef } from '../../schemas/common.ts';
import { CreatedUserSchema, OneTimePasswordSchema, UserInputSchema, UserListQuerySchema, UserSchema, UserUpdateSchema } from '../../schemas/user.ts';
import { noStore, recordReadRoutes } from '../route-shapes.ts';

const tags = ['users'];

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  // One-time passwords and personal data: never cached.
  noStore(fastify);

  recordReadRoutes(fastify, { path: '/users', tags, records: fastify.users }, {
    list: { summary: 'List accounts, by name; search in name and e-mail, filter by role and state', query: UserListQuerySchema, answer: PageSchema(UserSchema) },
    get: { summary: 'One account', answer: UserSchema },
  });

  fastify.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Invite someone: a new account with a one-time password to hand over',
        description: 'A representative needs the organisation it speaks for; the other roles take none. The password must be changed at first sign-in.',
        body: UserInputSchema,
        response: { 201: CreatedUserSchema, 400: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => reply.status(201).send(await invite(fastify.users, request.body, changeContext(request))),
  );

  fastify.put(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role, organisation or disabled; send the version you read (409 when someone saved first)',
        description: 'Disabling ends every session of the account at once. The last enabled admin can be neither disabled nor demoted (409 last-admin).',
        params: IdParams,
        body: UserUpdateSchema,
        response: { 200: UserSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => {
      checkOrganisationRule(request.body.role, request.body.organisationId);
      return fastify.users.update(request.params.id, request.body, changeContext(request));
    },
  );

  fastify.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'A new one-time password for an account; its sessions end',
        params: IdParams,
        response: { 200: Type.Object({ oneTimePassword: OneTimePasswordSchema }), 404: problemRef },
      },
    },
    async (request) => ({ oneTimePassword: await resetPassword(fastify.users, request.params.id, changeContext(request)) }),
  );
};
export default routes;
