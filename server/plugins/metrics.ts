// Metric snapshots kept in Neo4j, computed when missing or out of date, and the background
// recomputation of every period under a lease, so one app instance at a time runs it.
//
// - Every view (the whole network, or one set of filters) keeps its periods as (:MetricSnapshot)
//   nodes. A filtered view is computed on its first request and kept like the whole network.
// - A closed period is written once and never changed under the same tie-model version. When the
//   data it was computed from changes later (a deletion, a late correction), it is kept as it was
//   reported and marked `stale`; a new tie-model version computes a new series beside the old one.
// - The open period (the one holding today) is recomputed when the data fingerprint has changed
//   (see cypher/metrics/read-data-fingerprint.cypher) and its input with it.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyBaseLogger } from 'fastify';
import { periodOf, TIE_MODEL_VERSION, type PeriodUnit } from '../analytics/collaboration-network.ts';
import { periodInputs, viewKey, historyPeriods, type MetricsViewFilter } from '../analytics/metrics-history.ts';
import { computeMetrics } from '../analytics/metrics/compute-metrics.ts';
import { brusselsDate } from '../domain/council-time.ts';
import type { MeasuredOrganisation, MetricsRepository, SnapshotHead, SnapshotWrite } from '../repositories/metrics-repository.ts';
import type { NetworkRepository } from '../repositories/network-repository.ts';
import type { ActivityRow } from '../analytics/collaboration-network.ts';
import type { MetricsStatus } from '../schemas/metrics.ts';

export const GRANULARITY_UNITS: readonly PeriodUnit[] = ['quarter', 'year'];
export const RECOMPUTE_JOB = 'metrics-recompute';
const LEASE_SECONDS = 120;
/** Computed periods are written, and the job's progress recorded, at most this often (and at the end). */
const FLUSH_EVERY_MS = 1000;

export const seriesKey = (view: string, unit: PeriodUnit, version = TIE_MODEL_VERSION) => `${view}|${unit}|v${version}`;
export const snapshotKey = (series: string, period: string) => `${series}|${period}`;

interface Data {
  fingerprint: string;
  organisations: MeasuredOrganisation[];
  rows: ActivityRow[];
}

export interface MetricsServiceOptions {
  /** The clock; "today" is its day in Brussels. */
  now?: () => Date;
  log?: FastifyBaseLogger;
}

export class MetricsService {
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly now: () => Date;
  private job: Promise<void> | null = null;
  private stopping = false;
  /** The data last read, reused while the fingerprint and the day are the same (views share it). */
  private lastData: (Data & { today: string }) | null = null;

  constructor(
    readonly repository: MetricsRepository,
    private readonly network: NetworkRepository,
    private readonly options: MetricsServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  today(): string {
    return brusselsDate(this.now());
  }

  /** The kept periods of a view, brought up to date first when the data or the day has moved on. */
  async history(filter: MetricsViewFilter, unit: PeriodUnit): Promise<SnapshotHead[]> {
    const series = seriesKey(viewKey(filter), unit);
    const [fingerprint, heads] = await Promise.all([this.repository.dataFingerprint(), this.repository.heads(series)]);
    const current = periodOf(this.today(), unit).key;
    const open = heads.find((h) => !h.closed);
    if (heads.length > 0 && open?.period === current && open.dataVersion === fingerprint) return heads;
    await this.singleFlight(series, () => this.refresh(filter, unit, { fingerprint }));
    return this.repository.heads(series);
  }

  /** One request at a time per series within this instance; others wait for its answer. */
  private async singleFlight(series: string, work: () => Promise<void>): Promise<void> {
    const running = this.inFlight.get(series);
    if (running) return running;
    const promise = work().finally(() => this.inFlight.delete(series));
    this.inFlight.set(series, promise);
    return promise;
  }

  private async load(fingerprint?: string): Promise<Data> {
    // The fingerprint is read before the data: a change in between makes the next read refresh again.
    const fingerprintNow = fingerprint ?? (await this.repository.dataFingerprint());
    const today = this.today();
    if (this.lastData?.fingerprint === fingerprintNow && this.lastData.today === today) return this.lastData;
    const [organisations, { activities }] = await Promise.all([this.repository.organisations(), this.network.load({})]);
    this.lastData = { fingerprint: fingerprintNow, today, organisations, rows: activities };
    return this.lastData;
  }

  /**
   * Computes the periods of a view that are missing, still open and changed, or open when they
   * were computed and closed since; marks kept closed periods whose input changed as stale.
   * `force` recomputes the open period even when its input has not changed.
   */
  async refresh(
    filter: MetricsViewFilter,
    unit: PeriodUnit,
    options: { fingerprint?: string; data?: Data; force?: boolean; onPeriod?: (flushed: boolean) => Promise<void> } = {},
  ): Promise<void> {
    const data = options.data ?? (await this.load(options.fingerprint));
    const today = this.today();
    const view = viewKey(filter);
    const series = seriesKey(view, unit);
    const inputs = periodInputs(data.organisations, data.rows, unit, today, filter);
    const kept = new Map((await this.repository.heads(series)).map((h) => [h.period, h]));
    const touches: { key: string; dataVersion: string | null; stale: boolean }[] = [];
    let pending: SnapshotWrite[] = [];
    let flushedAt = performance.now();
    for (const [i, p] of inputs.entries()) {
      const key = snapshotKey(series, p.period.key);
      const existing = kept.get(p.period.key);
      if (existing?.closed) {
        const stale = existing.inputHash !== p.inputHash;
        if (stale !== existing.stale) touches.push({ key, dataVersion: null, stale });
      } else if (existing && !p.closed && existing.inputHash === p.inputHash && !options.force) {
        touches.push({ key, dataVersion: data.fingerprint, stale: false });
      } else {
        const metrics = computeMetrics(p.input, p.previous ? { previous: p.previous } : {});
        pending.push({
          key,
          series,
          view,
          granularity: unit,
          period: p.period.key,
          from: p.period.from,
          to: p.period.to,
          closed: p.closed,
          computedAt: this.now().toISOString(),
          tieModelVersion: TIE_MODEL_VERSION,
          inputHash: p.inputHash,
          dataVersion: p.closed ? null : data.fingerprint,
          stale: false,
          network: JSON.stringify(metrics.network),
          organisations: JSON.stringify(metrics.organisations),
        });
      }
      // Written in batches: one transaction for a small city's whole history, one a second for a large one.
      const flush = i === inputs.length - 1 || performance.now() - flushedAt >= FLUSH_EVERY_MS;
      if (flush) {
        await this.repository.save(pending);
        pending = [];
        flushedAt = performance.now();
      }
      if (options.onPeriod) await options.onPeriod(flush);
    }
    await this.repository.touch(touches);
  }

  // ---- The background recomputation ------------------------------------------------------------

  async status(): Promise<MetricsStatus> {
    return this.repository.job(RECOMPUTE_JOB);
  }

  /** Whether the whole network has no kept period under this tie model (a fresh database, a new model). */
  async missingSnapshots(): Promise<boolean> {
    for (const unit of GRANULARITY_UNITS) if ((await this.repository.countSeries(seriesKey('all', unit))) === 0) return true;
    return false;
  }

  /**
   * Starts recomputing every period of the whole network in the background, unless this or another
   * instance is at it already (then that run's status). Answers once the lease is taken.
   */
  async recompute(): Promise<MetricsStatus> {
    if (!this.job && !this.stopping && (await this.repository.acquireLease(RECOMPUTE_JOB, this.holder, LEASE_SECONDS, 0))) {
      this.job = this.run().finally(() => {
        this.job = null;
      });
    }
    return this.status();
  }

  /** Resolves when this instance's run (if any) is over; for tests and shutdown. */
  async idle(): Promise<void> {
    await this.job;
  }

  private async run(): Promise<void> {
    let done = 0;
    let total = 0;
    let lastError: string | null = null;
    try {
      const data = await this.load();
      const today = this.today();
      total = GRANULARITY_UNITS.reduce((sum, unit) => sum + historyPeriods(data.rows, unit, today).length, 0);
      await this.repository.renewLease(RECOMPUTE_JOB, this.holder, LEASE_SECONDS, done, total);
      for (const unit of GRANULARITY_UNITS) {
        await this.refresh({}, unit, {
          data,
          force: true,
          onPeriod: async (flushed) => {
            done += 1;
            if (this.stopping) throw new Error('The app is stopping; the recomputation was interrupted.');
            // Progress and lease go with each batch written.
            if (flushed && !(await this.repository.renewLease(RECOMPUTE_JOB, this.holder, LEASE_SECONDS, done, total))) {
              throw new Error('Another instance took over the recomputation.');
            }
            // Let requests in between two periods.
            await new Promise((resolve) => setImmediate(resolve));
          },
        });
      }
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      this.options.log?.error({ err: error }, 'Metrics recomputation failed');
    }
    await this.repository.finishJob(RECOMPUTE_JOB, this.holder, done, total, lastError).catch((error) => {
      this.options.log?.error({ err: error }, 'Could not record the end of the metrics recomputation');
    });
  }

  /** Stops a running recomputation after its current period and waits for it. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.job;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: MetricsService;
  }
}

export default fp<MetricsServiceOptions>(
  async (fastify, options) => {
    const service = new MetricsService(fastify.metricsSnapshots, fastify.network, { log: fastify.log, ...options });
    fastify.decorate('metrics', service);
    fastify.addHook('preClose', async () => service.stop());
  },
  { name: 'metrics', dependencies: ['repositories'] },
);
