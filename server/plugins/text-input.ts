// Request input before validation: bodies are JSON (or, on the CSV routes, text/csv); every text of
// the JSON body, the query string and the path parameters is made canonical (server/domain/text-input.ts),
// walked by the route's own schemas; numbers written as text must be finite decimals. A body that is
// one string (a CSV file) is left to its reader, which normalises cell by cell. A JSON null is never
// turned into "" by type coercion.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InvalidInputError } from '../domain/errors.ts';
import { normaliseTexts, nullFirst, unreadableNumbers, type SchemaResolver } from '../domain/text-input.ts';

export default fp(
  async (fastify) => {
    // Bodies are JSON (the CSV routes add text/csv): JSON sent as text/plain is 415, not a string
    // that then fails validation. A cross-site form can send text/plain without a preflight, too.
    fastify.removeContentTypeParser('text/plain');
    // A JSON null stays null and a 0 stays 0: "X or null" unions become one type list (nullFirst),
    // in the route's own copy: the shared TypeBox schemas stay as they are for the CSV checks that use them.
    fastify.addHook('onRoute', (route) => {
      if (!route.schema?.body) return;
      const body = structuredClone(route.schema.body);
      nullFirst(body);
      route.schema.body = body;
    });
    const resolve: SchemaResolver = (ref) => fastify.getSchema(ref.replace(/#$/, '')) as Record<string, unknown> | undefined;
    fastify.addHook('preValidation', async (request: FastifyRequest) => {
      const schema = request.routeOptions.schema;
      if (!schema) return;
      if (schema.body && request.body !== null && typeof request.body === 'object') normaliseTexts(schema.body, request.body, resolve);
      if (schema.querystring && request.query && typeof request.query === 'object') normaliseTexts(schema.querystring, request.query, resolve);
      if (schema.params && request.params && typeof request.params === 'object') normaliseTexts(schema.params, request.params, resolve);
      const errors = [...unreadableNumbers(schema.querystring, request.query, resolve), ...unreadableNumbers(schema.params, request.params, resolve)];
      if (errors.length) throw new InvalidInputError('validation', errors.map((e) => e.message).join('; '), errors);
    });
  },
  { name: 'text-input' },
);
