// The application as one Fastify plugin tree: external plugins, the app's own plugins, then routes.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import compress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { DatabaseTarget } from './repositories/database.ts';
import access from './plugins/access.ts';
import actor from './plugins/actor.ts';
import errors, { sendProblem } from './plugins/errors.ts';
import metrics from './plugins/metrics.ts';
import partnerFinder from './plugins/partner-finder.ts';
import strategy from './plugins/strategy.ts';
import loadShedding from './plugins/load-shedding.ts';
import repositories from './plugins/repositories.ts';
import security from './plugins/security.ts';
import swagger from './plugins/swagger.ts';
import textInput from './plugins/text-input.ts';
import web from './plugins/web.ts';
import auditRoutes from './routes/audit/index.ts';
import authRoutes from './routes/auth/index.ts';
import backupRoutes from './routes/backup/index.ts';
import evaluationRoutes from './routes/evaluation/index.ts';
import goalRoutes from './routes/goals/index.ts';
import eventRoutes from './routes/events/index.ts';
import publicEventRoutes from './routes/events/public.ts';
import eventPageRoutes from './routes/events/pages.ts';
import eventWidgetRoutes from './routes/events/widget.ts';
import healthRoutes from './routes/health/index.ts';
import homeRoutes from './routes/home/index.ts';
import insightRoutes from './routes/insights/index.ts';
import meetingAttendanceRoutes from './routes/meetings/attendance.ts';
import meetingCalendarRoutes from './routes/meetings/calendar.ts';
import meetingRoutes from './routes/meetings/index.ts';
import metricsRoutes from './routes/metrics/index.ts';
import networkRoutes from './routes/network/index.ts';
import organisationCsvRoutes from './routes/organisations/csv.ts';
import organisationRoutes from './routes/organisations/index.ts';
import projectCsvRoutes from './routes/projects/csv.ts';
import projectRoutes from './routes/projects/index.ts';
import referenceRoutes from './routes/reference/index.ts';
import trashRoutes from './routes/trash/index.ts';
import userRoutes from './routes/users/index.ts';
import workingGroupCsvRoutes from './routes/working-groups/csv.ts';
import workingGroupRoutes from './routes/working-groups/index.ts';
import partnerSuggestionRoutes from './routes/partner-suggestions/index.ts';

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
  // Answers over 1 KB are compressed for clients that accept it: brotli at a quality fast enough
  // for answers computed per request (the network), else gzip.
  await fastify.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await fastify.register(loadShedding);
  await fastify.register(repositories, { target: database });
  await fastify.register(metrics);
  await fastify.register(partnerFinder);
  await fastify.register(strategy);
  await fastify.register(textInput);
  // Their onRequest hooks run in this order, before any route: headers, rate limit, CSRF, then who
  // is asking (the session), then whether the policy lets them.
  await fastify.register(security);
  await fastify.register(actor);
  await fastify.register(access);
  await fastify.register(swagger);
  await fastify.register(
    async (api) => {
      for (const routes of [
        healthRoutes,
        referenceRoutes,
        authRoutes,
        userRoutes,
        organisationRoutes,
        organisationCsvRoutes,
        projectRoutes,
        projectCsvRoutes,
        networkRoutes,
        workingGroupRoutes,
        workingGroupCsvRoutes,
        meetingRoutes,
        meetingAttendanceRoutes,
        meetingCalendarRoutes,
        insightRoutes,
        auditRoutes,
        trashRoutes,
        backupRoutes,
        metricsRoutes,
        homeRoutes,
        partnerSuggestionRoutes,
        evaluationRoutes,
        goalRoutes,
        eventRoutes,
        publicEventRoutes,
      ]) {
        await api.register(routes);
      }
    },
    { prefix: '/api' },
  );
  // Pages the server renders itself, outside the API: an event's public page (for search engines and link previews).
  await fastify.register(eventPageRoutes);
  await fastify.register(eventWidgetRoutes);
  await fastify.register(web, { webDir: config.webDir });
});

/** JSON bodies; the CSV import has its own limit (IMPORT_MAX_BYTES). */
export const JSON_BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: AppOptions, server: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: { level: options.config.logLevel },
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
    // `password` marks the strings checked exactly as typed (plugins/text-input.ts leaves them alone);
    // strictNumbers: a JSON number that overflows to Infinity (1e309) is not a number.
    ajv: { customOptions: { allErrors: true, strictNumbers: true, formats: { password: true } } },
    trustProxy: options.config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    // A client gets a minute to send its whole request (slow-loris), and an idle socket is closed
    // after two; the largest CSV import is processed well within that.
    requestTimeout: 60_000,
    // The repositories plugin applies the schema migrations before the app starts: on a fresh
    // database, a busy machine or a distant Neo4j (Aura) that takes longer than Fastify's 10 s default.
    pluginTimeout: 120_000,
    connectionTimeout: 120_000,
    // Malformed URLs and the like never reach the error handler: answer them as problems too.
    frameworkErrors: (error, request, reply) =>
      sendProblem(reply, { status: 400, code: 'bad-request', detail: error.message, instance: request.url }),
    ...server,
  }).withTypeProvider<TypeBoxTypeProvider>();
  await fastify.register(app, options);
  await fastify.ready();
  return fastify;
}
