// The application as one Fastify plugin tree: external plugins, the app's own plugins, then routes.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { DatabaseTarget } from './repositories/database.ts';
import actor from './plugins/actor.ts';
import errors from './plugins/errors.ts';
import repositories from './plugins/repositories.ts';
import swagger from './plugins/swagger.ts';
import web from './plugins/web.ts';
import healthRoutes from './routes/health/index.ts';
import networkRoutes from './routes/network/index.ts';
import organisationCsvRoutes from './routes/organisations/csv.ts';
import organisationRoutes from './routes/organisations/index.ts';
import projectRoutes from './routes/projects/index.ts';
import referenceRoutes from './routes/reference/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

export interface AppOptions {
  config: Config;
  database: DatabaseTarget;
}

export const app = fp<AppOptions>(async (fastify, { config, database }) => {
  fastify.decorate('config', config);
  await fastify.register(errors);
  await fastify.register(actor);
  await fastify.register(swagger);
  await fastify.register(repositories, { target: database });
  await fastify.register(
    async (api) => {
      for (const routes of [healthRoutes, referenceRoutes, organisationRoutes, organisationCsvRoutes, projectRoutes, networkRoutes]) {
        await api.register(routes);
      }
    },
    { prefix: '/api' },
  );
  await fastify.register(web, { webDir: config.webDir });
});

export async function buildApp(options: AppOptions, server: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: { level: options.config.logLevel },
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { allErrors: true } },
    ...server,
  }).withTypeProvider<TypeBoxTypeProvider>();
  await fastify.register(app, options);
  await fastify.ready();
  return fastify;
}
