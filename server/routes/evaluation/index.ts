// Evaluation waves (issue 12): coordinators open waves, each organisation asked answers for itself,
// analysts read the results and trends (aggregates under the privacy threshold only), as JSON, CSV
// and JSON files. Nobody reads one organisation's answers about another through any of these.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { collaborationTies, partnersOf } from '../../analytics/collaboration-network.ts';
import { changeContext } from '../../plugins/actor.ts';
import { problemRef, UuidSchema } from '../../schemas/common.ts';
import {
  LatestWaveSummarySchema,
  RespondentSchema,
  ResponseInputSchema,
  ResponseSchema,
  ResultsQuerySchema,
  TrendsSchema,
  WaveInputSchema,
  WaveResultsSchema,
  WaveSchema,
  WaveUpdateSchema,
} from '../../schemas/evaluation.ts';
import { respondentsCsv, resultsCsv, trendsCsv } from '../../csv/evaluation-csv.ts';
import { attachment, CsvTextSchema, sendCsv } from '../csv-import.ts';
import { created, noStore } from '../route-shapes.ts';
import { buildLatestSummary, buildResults, buildTrends, closeDueWaves } from './results.ts';

const tags = ['evaluation'];
const WaveParams = Type.Object({ id: UuidSchema });
const ResponseParams = Type.Object({ id: UuidSchema, organisationId: UuidSchema });
const RespondentsQuery = Type.Object({
  status: Type.Optional(Type.Union([Type.Literal('not-submitted'), Type.Literal('all')], { description: 'not-submitted (default): the reminder list' })),
  format: ResultsQuerySchema.properties.format,
});

const json = (reply: FastifyReply, name: string, body: unknown) =>
  reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', attachment(name).replace(/\.csv"$/, '.json"'))
    .send(JSON.stringify(body, null, 2));

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  // Answers and results are about named organisations: no cache keeps them.
  noStore(fastify);

  fastify.get(
    '/evaluation/waves',
    {
      schema: {
        tags,
        summary: 'Evaluation waves, newest close first (a representative: the waves asking its organisation, with its own answer state)',
        response: { 200: Type.Array(WaveSchema) },
      },
    },
    async (request) => {
      await closeDueWaves(fastify);
      const { role, organisationId } = request.actor;
      return fastify.evaluation.list(role === 'representative' ? (organisationId ?? '') : null);
    },
  );

  fastify.post(
    '/evaluation/waves',
    {
      schema: {
        tags,
        summary: 'Open a wave: title, the period it looks back on, its open and close days and the organisations asked',
        body: WaveInputSchema,
        response: { 201: WaveSchema, 400: problemRef },
      },
    },
    async (request, reply) => created(reply, fastify.evaluation.create(request.body, changeContext(request))),
  );

  fastify.get(
    '/evaluation/waves/latest/summary',
    {
      schema: {
        tags,
        summary: 'The latest closed wave: response rate and headline scores with their change since the wave before (aggregates under the privacy threshold)',
        response: { 200: LatestWaveSummarySchema },
      },
    },
    async () => buildLatestSummary(fastify),
  );

  fastify.get(
    '/evaluation/waves/:id',
    { schema: { tags, summary: 'One wave (a representative: only one asking its organisation)', params: WaveParams, response: { 200: WaveSchema, 404: problemRef } } },
    async (request) => {
      const { role, organisationId } = request.actor;
      return fastify.evaluation.get(request.params.id, role === 'representative' ? (organisationId ?? '') : null);
    },
  );

  fastify.put(
    '/evaluation/waves/:id',
    {
      schema: {
        tags,
        summary: 'Change a wave before it closes; send the version you read',
        params: WaveParams,
        body: WaveUpdateSchema,
        response: { 200: WaveSchema, 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return fastify.evaluation.update(request.params.id, version, input, changeContext(request));
    },
  );

  fastify.get(
    '/evaluation/waves/:id/respondents',
    {
      schema: {
        tags,
        summary: 'The organisations asked and the state of their answer (not started, draft, submitted): never the answer itself',
        params: WaveParams,
        response: { 200: Type.Array(RespondentSchema), 404: problemRef },
      },
    },
    async (request) => fastify.evaluation.respondents(request.params.id),
  );

  fastify.get(
    '/evaluation/waves/:id/respondents.csv',
    {
      schema: {
        tags,
        summary: 'The reminder list as CSV: the organisations asked that have not submitted (status=all: everyone asked)',
        params: WaveParams,
        querystring: RespondentsQuery,
        response: { 200: CsvTextSchema, 404: problemRef },
      },
    },
    async (request, reply) => {
      const rows = await fastify.evaluation.respondents(request.params.id);
      const chosen = request.query.status === 'all' ? rows : rows.filter((r) => r.status !== 'submitted');
      return sendCsv(reply, attachment('evaluation-reminders'), respondentsCsv(chosen, request.query.format), request.query.format);
    },
  );

  fastify.get(
    '/evaluation/waves/:id/responses/:organisationId',
    {
      schema: {
        tags,
        summary: 'An organisation’s own answer (its representative only), with its partners in the network over the wave’s period proposed first',
        params: ResponseParams,
        response: { 200: ResponseSchema, 404: problemRef },
      },
    },
    async (request) => {
      const { id, organisationId } = request.params;
      const { periodFrom, periodTo, ...answer } = await fastify.evaluation.response(id, organisationId);
      const { organisations, activities } = await fastify.network.partnerRows(organisationId);
      const ties = collaborationTies(activities, { organisation: organisationId, from: periodFrom, to: periodTo });
      const proposedPartners = partnersOf(ties, organisationId, organisations).map((p) => ({
        id: p.organisation.id,
        name: p.organisation.name,
        slug: p.organisation.slug,
        mainDiscipline: p.organisation.mainDiscipline,
      }));
      return { ...answer, proposedPartners };
    },
  );

  fastify.put(
    '/evaluation/waves/:id/responses/:organisationId',
    {
      schema: {
        tags,
        summary: 'Save the organisation’s answer as a draft, or submit it (once): only while the wave is open',
        params: ResponseParams,
        body: ResponseInputSchema,
        response: { 204: Type.Null(), 400: problemRef, 404: problemRef, 409: problemRef },
      },
    },
    async (request, reply) => {
      await fastify.evaluation.saveResponse(request.params.id, request.params.organisationId, request.body, changeContext(request));
      return reply.status(204).send(null);
    },
  );

  const resultsRoute = (suffix: '' | '.csv' | '.json') =>
    fastify.get(
      `/evaluation/waves/:id/results${suffix}`,
      {
        schema: {
          tags,
          summary:
            suffix === ''
              ? 'A wave’s results: response rate, each score (mean, 95 % interval, distribution) for the network, per discipline, per working group and about each organisation, free texts, reported versus observed ties and the metrics kept at the close'
              : `The same results as a ${suffix.slice(1).toUpperCase()} file, with the filters in force`,
          description:
            'Every aggregate of fewer answers than the privacy threshold (EVALUATION_MIN_ANSWERS, 3 by default) is withheld: ' +
            '{ withheld: true, minAnswers } instead of any figure. Free texts name their organisation only when it agreed. ' +
            'discipline: respondents whose main discipline it is; workingGroup: respondents that were members when the wave closed.',
          params: WaveParams,
          querystring: ResultsQuerySchema,
          response: { 200: suffix === '.csv' ? CsvTextSchema : suffix === '.json' ? Type.Unknown() : WaveResultsSchema, 400: problemRef, 404: problemRef },
        },
      },
      async (request, reply) => {
        const results = await buildResults(fastify, request.params.id, request.query);
        if (suffix === '.csv') return sendCsv(reply, attachment('evaluation-results'), resultsCsv(results, request.query.format), request.query.format);
        if (suffix === '.json') return json(reply, 'evaluation-results', results);
        return results;
      },
    );
  resultsRoute('');
  resultsRoute('.csv');
  resultsRoute('.json');

  const trendsRoute = (suffix: '' | '.csv' | '.json') =>
    fastify.get(
      `/evaluation/trends${suffix}`,
      {
        schema: {
          tags,
          summary:
            suffix === ''
              ? 'Each score over the closed waves with its change since the wave before and the 95 % interval of that change'
              : `The trends as a ${suffix.slice(1).toUpperCase()} file, with the filters in force`,
          description: 'A change is given only between two waves that both have enough answers; withheld aggregates carry no figure.',
          querystring: ResultsQuerySchema,
          response: { 200: suffix === '.csv' ? CsvTextSchema : suffix === '.json' ? Type.Unknown() : TrendsSchema, 400: problemRef, 404: problemRef },
        },
      },
      async (request, reply) => {
        const trends = await buildTrends(fastify, request.query);
        if (suffix === '.csv') return sendCsv(reply, attachment('evaluation-trends'), trendsCsv(trends, request.query.format), request.query.format);
        if (suffix === '.json') return json(reply, 'evaluation-trends', trends);
        return trends;
      },
    );
  trendsRoute('');
  trendsRoute('.csv');
  trendsRoute('.json');
};
export default routes;
