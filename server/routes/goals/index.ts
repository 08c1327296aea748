// Strategy (issue 12): the KPI catalogue and a KPI's series, goals with their status from the data,
// and their exports as CSV and JSON with the filters in force.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { goalsCsv, kpiSeriesCsv } from '../../csv/goal-csv.ts';
import { changeContext } from '../../plugins/actor.ts';
import { GOAL_RULE } from '../../plugins/strategy.ts';
import { IdParams, problemRef } from '../../schemas/common.ts';
import {
  GoalDetailSchema,
  GoalInputSchema,
  GoalListQuerySchema,
  GoalListSchema,
  GoalUpdateSchema,
  KpiParams,
  KpiSchema,
  KpiSeriesQuerySchema,
  KpiSeriesSchema,
  type KpiSeriesQuery,
} from '../../schemas/goal.ts';
import { attachment, CsvExportQuerySchema, CsvTextSchema, sendCsv } from '../csv-import.ts';
import { created, createRouteSchema, replaceRouteSchema, trashed, trashRouteSchema } from '../route-shapes.ts';

const tags = ['strategy'];

const RULE_TEXT =
  `Status rule: a straight path runs from the baseline (the KPI's figure on the baseline date) to the target on the deadline. ` +
  `The latest figure is on track when it is at most ${GOAL_RULE.onTrackTolerance * 100} % of the way from baseline to target behind ` +
  `where the path stands on its day, at risk up to ${GOAL_RULE.atRiskTolerance * 100} %, off track beyond; null without a figure since the baseline.`;

const filterOf = (query: KpiSeriesQuery) => ({
  ...(query.discipline ? { discipline: query.discipline } : {}),
  ...(query.workingGroup ? { groupId: query.workingGroup } : {}),
});

function sendJson(reply: FastifyReply, name: string, body: unknown) {
  return reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', attachment(name).replace(/\.csv"$/, '.json"'))
    .send(JSON.stringify(body, null, 2));
}

const GoalExportQuerySchema = Type.Composite([GoalListQuerySchema, CsvExportQuerySchema]);
const KpiExportQuerySchema = Type.Composite([KpiSeriesQuerySchema, CsvExportQuerySchema]);

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  const strategy = fastify.strategy;

  async function checkGroup(query: KpiSeriesQuery) {
    if (query.workingGroup) await fastify.workingGroups.get(query.workingGroup);
  }

  fastify.get(
    '/kpis',
    { schema: { tags, summary: 'The KPI catalogue: what a goal can measure', response: { 200: Type.Array(KpiSchema) } } },
    async () => strategy.kpis(),
  );

  fastify.get(
    '/kpis/:kpi',
    {
      schema: {
        tags,
        summary: "A KPI's series, oldest first, for the whole council, a discipline or a working group",
        description: 'Network KPIs and the attendance rate come per calendar quarter (the quarter under way dated today).',
        params: KpiParams,
        querystring: KpiSeriesQuerySchema,
        response: { 200: KpiSeriesSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      await checkGroup(request.query);
      return strategy.series(request.params.kpi, filterOf(request.query));
    },
  );

  fastify.get(
    '/kpis/:kpi/export.csv',
    {
      schema: {
        tags,
        summary: "A KPI's series as CSV, the filters in force as columns of their own",
        params: KpiParams,
        querystring: KpiExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      await checkGroup(request.query);
      const series = await strategy.series(request.params.kpi, filterOf(request.query));
      return sendCsv(reply, attachment(`kpi-${series.kpi.id}`), kpiSeriesCsv(series, request.query.format), request.query.format);
    },
  );

  fastify.get(
    '/kpis/:kpi/export.json',
    {
      schema: {
        tags,
        summary: "A KPI's series as a JSON file, with the filters in force",
        params: KpiParams,
        querystring: KpiSeriesQuerySchema,
        response: { 200: KpiSeriesSchema, 400: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      await checkGroup(request.query);
      const series = await strategy.series(request.params.kpi, filterOf(request.query));
      return sendJson(reply, `kpi-${series.kpi.id}`, series);
    },
  );

  fastify.get(
    '/goals',
    {
      schema: { tags, summary: 'Strategy goals with their status from the data, nearest deadline first', description: RULE_TEXT, querystring: GoalListQuerySchema, response: { 200: GoalListSchema, 400: problemRef } },
    },
    async (request) => ({ items: await strategy.list(request.query), rule: { ...GOAL_RULE } }),
  );

  fastify.get(
    '/goals/export.csv',
    {
      schema: {
        tags,
        summary: 'The goals as CSV, with the list filters in force as columns of their own',
        querystring: GoalExportQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 400: problemRef },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const goals = await strategy.list(query);
      return sendCsv(reply, attachment('goals'), goalsCsv(goals, { status: query.status ?? null, kpi: query.kpi ?? null }, format), format);
    },
  );

  fastify.get(
    '/goals/export.json',
    {
      schema: {
        tags,
        summary: 'The goals as a JSON file, each with its status history, and the filters in force',
        querystring: GoalListQuerySchema,
        response: {
          200: Type.Object({ filters: Type.Object({ status: Type.Union([Type.String(), Type.Null()]), kpi: Type.Union([Type.String(), Type.Null()]) }), rule: GoalListSchema.properties.rule, items: Type.Array(GoalDetailSchema) }),
          400: problemRef,
        },
      },
    },
    async (request, reply) => {
      const goals = await strategy.list(request.query);
      const items = await Promise.all(goals.map((g) => strategy.get(g.id)));
      return sendJson(reply, 'goals', { filters: { status: request.query.status ?? null, kpi: request.query.kpi ?? null }, rule: { ...GOAL_RULE }, items });
    },
  );

  fastify.get(
    '/goals/:id',
    { schema: { tags, summary: 'One goal with its KPI series and its status history', description: RULE_TEXT, params: IdParams, response: { 200: GoalDetailSchema, 404: problemRef } } },
    async (request) => strategy.get(request.params.id),
  );

  fastify.post(
    '/goals',
    {
      schema: createRouteSchema(
        tags,
        'Set a goal: a KPI of the catalogue, optionally for a discipline or a working group; its baseline is taken from the data on the baseline date',
        GoalInputSchema,
        GoalDetailSchema,
        [400],
      ),
    },
    async (request, reply) => created(reply, strategy.create(request.body, changeContext(request))),
  );

  fastify.put(
    '/goals/:id',
    { schema: replaceRouteSchema(tags, 'Replace a goal; send the version you read (the baseline is taken again from the data)', GoalUpdateSchema, GoalDetailSchema) },
    async (request) => {
      const { version, ...input } = request.body;
      return strategy.update(request.params.id, version, input, changeContext(request));
    },
  );

  fastify.delete('/goals/:id', { schema: trashRouteSchema(tags, 'Move a goal to the trash; with ?version, only if nobody changed it since') }, async (request, reply) =>
    trashed(reply, strategy.delete(request.params.id, request.query.version, changeContext(request))),
  );
};
export default routes;
