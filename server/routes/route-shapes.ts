// Route shapes several domains share: the read routes (a page of things, one thing), the write
// routes (create, replace with the version read, move to the trash: DELETE /<things>/:id with an
// optional ?version, 204 when done, 404 when there is no such thing, 409 when someone changed it
// since), and answers no cache may keep.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyTypeProviderDefault } from 'fastify';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ChangeContext } from '../domain/actor.ts';
import { changeContext } from '../plugins/actor.ts';
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

type TypeBoxFastify = Parameters<FastifyPluginAsyncTypebox>[0];

/** What the text of one route says in the API documentation. */
export interface RouteText {
  summary: string;
  description?: string;
}

const described = (text: RouteText) => ({ summary: text.summary, ...(text.description ? { description: text.description } : {}) });

/** The reads a domain's repository answers for GET /<things> and GET /<things>/:id. */
export interface RecordReads<Query, Listed, One> {
  list(query: Query): Promise<Listed>;
  get(id: string): Promise<One>;
}

/**
 * Registers GET /<things> (a page of them, filtered by `query`: 400 for a bad filter) and
 * GET /<things>/:id (404 when there is no such thing) on `fastify`, answered by `records`.
 * The schemas validate every request before the handlers see it.
 */
export function recordReadRoutes<Query extends TSchema, Listed extends TSchema, One extends TSchema>(
  fastify: TypeBoxFastify,
  domain: { path: `/${string}`; tags: string[]; records: RecordReads<Static<Query>, Static<Listed>, Static<One>> },
  routes: { list: RouteText & { query: Query; answer: Listed }; get: RouteText & { answer: One } },
): void {
  const { path, tags, records } = domain;
  const { list, get } = routes;
  const plain = fastify.withTypeProvider<FastifyTypeProviderDefault>();
  plain.get<{ Querystring: Static<Query> }>(
    path,
    { schema: { tags, ...described(list), querystring: list.query, response: { 200: list.answer, 400: problemRef } } },
    async (request) => records.list(request.query),
  );
  plain.get<{ Params: Static<typeof IdParams> }>(
    `${path}/:id`,
    { schema: { tags, ...described(get), params: IdParams, response: { 200: get.answer, 404: problemRef } } },
    async (request) => records.get(request.params.id),
  );
}

/** The writes a domain's repository makes for the create, replace and trash routes. */
export interface RecordWrites<Input, Stored> {
  create(input: Input, context: ChangeContext): Promise<Stored>;
  update(id: string, version: number, input: Input, context: ChangeContext, onlyOf?: string | null): Promise<Stored>;
  delete(id: string, version: number | undefined, context: ChangeContext, onlyOf?: string | null): Promise<void>;
}

/**
 * Registers POST /<things> (201 with the new thing), PUT /<things>/:id (the whole thing again with
 * the version that was read) and DELETE /<things>/:id (to the trash) on `fastify`, made by
 * `records`. `check` refuses an input the schema cannot (a rule across fields) before anything is
 * written; `onlyOf` names the organisation whose things alone the actor may replace or trash (null:
 * any), for routes the policy grants as `own`. The schemas validate every request before the
 * handlers see it.
 */
export function recordWriteRoutes<Input extends TSchema, Answer extends TSchema>(
  fastify: TypeBoxFastify,
  domain: { path: `/${string}`; tags: string[]; records: RecordWrites<Static<Input>, Static<Answer>>; answer: Answer },
  routes: {
    create: RouteText & { body: Input; refusals: readonly (400 | 404 | 409)[] };
    /** The create body with the `version` that was read. */
    replace: RouteText & { body: TSchema };
    trash: RouteText;
    check?: (input: Static<Input>) => void;
    onlyOf?: (request: FastifyRequest) => string | null;
  },
): void {
  const { path, tags, records, answer } = domain;
  const { create, replace, trash, check, onlyOf } = routes;
  const plain = fastify.withTypeProvider<FastifyTypeProviderDefault>();
  plain.post<{ Body: Static<Input> }>(
    path,
    { schema: { ...createRouteSchema(tags, create.summary, create.body, answer, create.refusals), ...described(create) } },
    async (request, reply) => {
      check?.(request.body);
      return created(reply, records.create(request.body, changeContext(request)));
    },
  );
  plain.put<{ Params: Static<typeof IdParams>; Body: { version: number } & Record<string, unknown> }>(
    `${path}/:id`,
    { schema: { ...replaceRouteSchema(tags, replace.summary, replace.body, answer), ...described(replace) } },
    async (request) => {
      const { version, ...input } = request.body;
      check?.(input as Static<Input>);
      return records.update(request.params.id, version, input as Static<Input>, changeContext(request), onlyOf?.(request) ?? null);
    },
  );
  plain.delete<{ Params: Static<typeof IdParams>; Querystring: Static<typeof VersionQuery> }>(
    `${path}/:id`,
    { schema: { ...trashRouteSchema(tags, trash.summary), ...described(trash) } },
    async (request, reply) => trashed(reply, records.delete(request.params.id, request.query.version, changeContext(request), onlyOf?.(request) ?? null)),
  );
}
