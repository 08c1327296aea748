// Route shapes several domains share: the "move to the trash" route (DELETE /<things>/:id with an
// optional ?version: 204 when done, 404 when there is no such thing, 409 when someone changed it
// since), and answers no cache may keep.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type TSchema } from '@sinclair/typebox';
import { CreateHeaders, IdParams, problemRef, VersionQuery } from '../schemas/common.ts';

/** The schema of a trash route; the summary says what is moved and who may bring it back. */
export const trashRouteSchema = (tags: string[], summary: string) => ({
  tags,
  summary,
  params: IdParams,
  querystring: VersionQuery,
  response: { 204: Type.Null(), 404: problemRef, 409: problemRef },
});

/**
 * The schema of PUT /<things>/:id: the whole thing again with the version that was read; 400 for
 * bad input, 404 when there is no such thing, 409 when someone saved a newer version first.
 */
export const replaceRouteSchema = <Body extends TSchema, Answer extends TSchema>(tags: string[], summary: string, body: Body, answer: Answer) => ({
  tags,
  summary,
  params: IdParams,
  body,
  response: { 200: answer, 400: problemRef, 404: problemRef, 409: problemRef },
});

/**
 * The schema of POST /<things>: 201 with the new thing (or, for a repeated Idempotency-Key, the one
 * made the first time), or a problem for each refusal the route names; 409 for a reused key.
 */
export const createRouteSchema = <Body extends TSchema, Answer extends TSchema>(
  tags: string[],
  summary: string,
  body: Body,
  answer: Answer,
  refusals: readonly (400 | 404 | 409)[],
) => ({
  tags,
  summary,
  headers: CreateHeaders,
  body,
  response: { 201: answer, ...Object.fromEntries([...new Set([...refusals, 409])].map((status) => [status, problemRef])) },
});

/** Answers 201 with what `making` made. */
export async function created<Made>(reply: FastifyReply, making: Promise<Made>): Promise<FastifyReply> {
  return reply.status(201).send(await making);
}

/** Answers 204 once `done` has moved the thing to the trash. */
export async function trashed(reply: FastifyReply, done: Promise<void>): Promise<FastifyReply> {
  await done;
  return reply.status(204).send(null);
}

/** Every answer of this route plugin carries personal data or tokens: no browser or proxy may keep it. */
export function noStore(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
}
