// The metrics API: network figures per period, the per-organisation table of a period, one
// organisation's figures over time, each also as CSV and JSON with the filters in force, and the
// background recomputation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { PeriodUnit } from '../../analytics/collaboration-network.ts';
import { normaliseFilter, viewKey, type MetricsViewFilter } from '../../analytics/metrics-history.ts';
import type { NetworkMetrics, OrganisationMetrics } from '../../analytics/metrics/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import {
  flattenPeriod,
  metricsCsv,
  ORGANISATION_COLUMNS,
  ORGANISATION_HISTORY_COLUMNS,
  PERIOD_COLUMNS,
} from '../../csv/metrics-csv.ts';
import { seriesKey, snapshotKey } from '../../plugins/metrics.ts';
import { IdParams, problemRef } from '../../schemas/common.ts';
import { attachment, CsvTextSchema, sendCsv } from '../csv-import.ts';
import {
  MetricsHistorySchema,
  MetricsQuerySchema,
  MetricsStatusSchema,
  OrganisationHistoryQuerySchema,
  OrganisationHistorySchema,
  OrganisationMetricsPageSchema,
  OrganisationMetricsQuerySchema,
  RecomputeBodySchema,
  type MetricsHistory,
  type MetricsPeriod,
  type MetricsQuery,
  type OrganisationHistory,
  type OrganisationMetricsPage,
  type OrganisationMetricsQuery,
  type OrganisationMetricsRow,
} from '../../schemas/metrics.ts';
import { TIE_MODEL_VERSION } from '../../analytics/collaboration-network.ts';

const tags = ['metrics'];

// tie=project,group reads as tie=project&tie=group.
async function splitTieList(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown>;
  if (query.tie === undefined) return;
  query.tie = [query.tie].flat().flatMap((t) => String(t).split(',')).map((t) => t.trim()).filter(Boolean);
}

const filterOf = (query: MetricsViewFilter): MetricsViewFilter => ({
  discipline: query.discipline ?? null,
  workingGroup: query.workingGroup ?? null,
  commune: query.commune ?? null,
  tie: query.tie ?? null,
});

const unitOf = (granularity: string | undefined): PeriodUnit => (granularity === 'year' ? 'year' : 'quarter');

/** A CSV file through the shared CSV download helper, or the same as a JSON file. */
function download(reply: FastifyReply, name: string, kind: 'csv' | 'json', body: unknown) {
  if (kind === 'csv') return sendCsv(reply, attachment(name), String(body));
  return reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', attachment(name).replace(/\.csv"$/, '.json"'))
    .send(JSON.stringify(body, null, 2));
}

const nameKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  /** The filters of a query; a working group that does not exist is not found (rather than kept as an empty view). */
  async function checkedFilter(query: MetricsViewFilter): Promise<MetricsViewFilter> {
    if (query.workingGroup) await fastify.workingGroups.get(query.workingGroup);
    return filterOf(query);
  }

  async function history(query: MetricsQuery): Promise<MetricsHistory> {
    const filter = await checkedFilter(query);
    const unit = unitOf(query.granularity);
    const heads = await fastify.metrics.history(filter, unit);
    const periods: MetricsPeriod[] = heads
      .filter((h) => (query.from == null || h.to >= query.from) && (query.to == null || h.from <= query.to))
      .map((h) => ({
        period: h.period,
        from: h.from,
        to: h.to,
        closed: h.closed,
        computedAt: h.computedAt,
        tieModelVersion: h.tieModelVersion,
        stale: h.stale,
        network: JSON.parse(h.network) as NetworkMetrics,
      }));
    return { filters: normaliseFilter(filter), granularity: unit, tieModelVersion: TIE_MODEL_VERSION, periods };
  }

  type Sorted = OrganisationMetricsRow;
  async function organisationTable(query: OrganisationMetricsQuery, paged: boolean): Promise<OrganisationMetricsPage> {
    const filter = await checkedFilter(query);
    const unit = unitOf(query.granularity);
    const filters = normaliseFilter(filter);
    const heads = await fastify.metrics.history(filter, unit);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const head = query.period ? heads.find((h) => h.period === query.period) : heads.at(-1);
    if (!head) {
      if (query.period) throw new NotFoundError(`Period ${query.period}`);
      return { items: [], total: 0, page, pageSize, filters, granularity: unit, period: null };
    }
    const table = await fastify.metricsSnapshots.table(snapshotKey(seriesKey(viewKey(filter), unit), head.period));
    const figures = JSON.parse(table?.organisations ?? '[]') as OrganisationMetrics[];
    const known = new Map((await fastify.metricsSnapshots.organisations()).map((o) => [o.id, o]));
    let rows: Sorted[] = figures.flatMap((m) => {
      const o = known.get(m.id);
      // An organisation in the trash since is left out of the table (its figures stay in the snapshot).
      return o ? [{ ...m, name: o.name, slug: o.slug, mainDiscipline: o.mainDiscipline, commune: o.commune }] : [];
    });
    if (query.q) {
      const needle = nameKey(query.q.trim());
      rows = rows.filter((r) => nameKey(r.name).includes(needle));
    }
    const sort = query.sort ?? 'betweenness';
    const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
    const direction = order === 'asc' ? 1 : -1;
    rows.sort((a, b) => {
      const x = a[sort];
      const y = b[sort];
      // Missing values last, whatever the order; then by name.
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        const c = typeof x === 'string' ? x.localeCompare(String(y), 'fr') : (x as number) - (y as number);
        if (c !== 0) return c * direction;
      }
      return a.name.localeCompare(b.name, 'fr');
    });
    const total = rows.length;
    const items = paged ? rows.slice((page - 1) * pageSize, page * pageSize) : rows;
    return {
      items,
      total,
      page: paged ? page : 1,
      pageSize: paged ? pageSize : total,
      filters,
      granularity: unit,
      period: { period: head.period, from: head.from, to: head.to, closed: head.closed },
    };
  }

  async function organisationHistory(ref: string, granularity: string | undefined): Promise<OrganisationHistory> {
    const organisation = await fastify.metricsSnapshots.organisationRef(ref);
    if (!organisation) throw new NotFoundError('Organisation');
    const unit = unitOf(granularity);
    await fastify.metrics.history({}, unit);
    const tables = await fastify.metricsSnapshots.tables(seriesKey('all', unit));
    const periods = tables.flatMap((t) => {
      const figures = (JSON.parse(t.organisations) as OrganisationMetrics[]).find((m) => m.id === organisation.id);
      if (!figures) return [];
      const size = t.network ? (JSON.parse(t.network) as NetworkMetrics).organisations : 0;
      return [{ period: t.period, from: t.from, to: t.to, closed: t.closed, ...figures, organisations: size }];
    });
    return { organisation, granularity: unit, tieModelVersion: TIE_MODEL_VERSION, periods };
  }

  // ---- Network figures per period ----------------------------------------------------------------

  const historyDescription =
    'Every quarter or year from the first activity to today; a tie counts in a period when its activity overlaps it. ' +
    'Closed periods are kept as they were computed (`stale` when their data changed since); the open period follows the data. ' +
    'A filtered view is computed on its first request and kept as well.';

  fastify.get(
    '/metrics',
    {
      schema: { tags, summary: 'Network figures per period', description: historyDescription, querystring: MetricsQuerySchema, response: { 200: MetricsHistorySchema, 400: problemRef, 404: problemRef } },
      preValidation: splitTieList,
    },
    async (request) => history(request.query),
  );

  fastify.get(
    '/metrics/export.csv',
    {
      schema: {
        tags,
        summary: 'Network figures per period as CSV',
        description: 'One row per period; the filters in force are the columns filter_discipline, filter_working_group, filter_commune, filter_tie and granularity, on every row.',
        querystring: MetricsQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 400: problemRef, 404: problemRef },
      },
      preValidation: splitTieList,
    },
    async (request, reply) => {
      const result = await history(request.query);
      const csv = metricsCsv(PERIOD_COLUMNS, result.periods.map((p) => flattenPeriod(p as never)), result.filters, result.granularity);
      return download(reply, 'metrics', 'csv', csv);
    },
  );

  fastify.get(
    '/metrics/export.json',
    {
      schema: { tags, summary: 'Network figures per period as a JSON file, with the filters in force', querystring: MetricsQuerySchema, response: { 200: MetricsHistorySchema, 400: problemRef, 404: problemRef } },
      preValidation: splitTieList,
    },
    async (request, reply) => download(reply, 'metrics', 'json', await history(request.query)),
  );

  // ---- The per-organisation table of one period ------------------------------------------------

  fastify.get(
    '/metrics/organisations',
    {
      schema: {
        tags,
        summary: 'Per-organisation figures of one period, sortable and paged',
        description: 'The latest (open) period unless `period` names one. Default sort: betweenness, highest first.',
        querystring: OrganisationMetricsQuerySchema,
        response: { 200: OrganisationMetricsPageSchema, 400: problemRef, 404: problemRef },
      },
      preValidation: splitTieList,
    },
    async (request) => organisationTable(request.query, true),
  );

  fastify.get(
    '/metrics/organisations/export.csv',
    {
      schema: {
        tags,
        summary: 'Per-organisation figures of one period as CSV (every row, sorted as asked)',
        description: 'The filters in force are columns of their own on every row, as in /api/metrics/export.csv, with the period.',
        querystring: OrganisationMetricsQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 400: problemRef, 404: problemRef },
      },
      preValidation: splitTieList,
    },
    async (request, reply) => {
      const table = await organisationTable(request.query, false);
      const records = table.items.map((r) => ({ period: table.period?.period ?? '', ...r }));
      return download(reply, 'organisation-metrics', 'csv', metricsCsv(['period', ...ORGANISATION_COLUMNS], records, table.filters, table.granularity));
    },
  );

  fastify.get(
    '/metrics/organisations/export.json',
    {
      schema: {
        tags,
        summary: 'Per-organisation figures of one period as a JSON file (every row), with the filters in force',
        querystring: OrganisationMetricsQuerySchema,
        response: { 200: OrganisationMetricsPageSchema, 400: problemRef, 404: problemRef },
      },
      preValidation: splitTieList,
    },
    async (request, reply) => download(reply, 'organisation-metrics', 'json', await organisationTable(request.query, false)),
  );

  // ---- One organisation over time ------------------------------------------------------------

  fastify.get(
    '/organisations/:id/metrics',
    {
      schema: {
        tags,
        summary: "An organisation's figures in every period of the whole network",
        description: '`organisations` is the size of the network that period, to read a rank as "3rd of 140".',
        params: IdParams,
        querystring: OrganisationHistoryQuerySchema,
        response: { 200: OrganisationHistorySchema, 404: problemRef },
      },
    },
    async (request) => organisationHistory(request.params.id, request.query.granularity),
  );

  fastify.get(
    '/organisations/:id/metrics/export.csv',
    {
      schema: {
        tags,
        summary: "An organisation's figures over time as CSV",
        params: IdParams,
        querystring: OrganisationHistoryQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvTextSchema, 404: problemRef },
      },
    },
    async (request, reply) => {
      const result = await organisationHistory(request.params.id, request.query.granularity);
      const records = result.periods.map((p) => ({ organisationId: result.organisation.id, organisationName: result.organisation.name, ...p }));
      const csv = metricsCsv(['organisationId', 'organisationName', ...ORGANISATION_HISTORY_COLUMNS], records, normaliseFilter({}), result.granularity);
      return download(reply, `metrics-${result.organisation.slug}`, 'csv', csv);
    },
  );

  fastify.get(
    '/organisations/:id/metrics/export.json',
    {
      schema: {
        tags,
        summary: "An organisation's figures over time as a JSON file",
        params: IdParams,
        querystring: OrganisationHistoryQuerySchema,
        response: { 200: Type.Intersect([OrganisationHistorySchema, Type.Object({ filters: Type.Object({}, { additionalProperties: true }) })]), 404: problemRef },
      },
    },
    async (request, reply) => {
      const result = await organisationHistory(request.params.id, request.query.granularity);
      return download(reply, `metrics-${result.organisation.slug}`, 'json', { filters: normaliseFilter({}), ...result });
    },
  );

  // ---- Background recomputation ------------------------------------------------------------------

  fastify.get(
    '/metrics/status',
    { schema: { tags, summary: 'Progress of the background recomputation, as every app instance sees it', response: { 200: MetricsStatusSchema } } },
    async () => fastify.metrics.status(),
  );

  fastify.post(
    '/metrics/recompute',
    {
      schema: {
        tags,
        summary: 'Recompute every period of the whole network in the background',
        description:
          'Answers 202 with the status once the run has started, or with the run already going on (here or in another app instance: one at a time, under a lease in Neo4j). ' +
          'Closed periods already kept under this tie-model version stay as they are.',
        body: Type.Optional(RecomputeBodySchema),
        response: { 202: MetricsStatusSchema },
      },
    },
    async (_request, reply) => reply.code(202).send(await fastify.metrics.recompute()),
  );
};
export default routes;
