// Kept metric snapshots, the data fingerprint they are checked against, the organisations measured,
// and the lease of the background recomputation. The figures themselves are computed elsewhere
// (server/analytics/metrics-history.ts); here they are JSON strings on (:MetricSnapshot) nodes.
import { requireStatements } from './cypher.ts';
import type { Database, Row } from './database.ts';

const Q = requireStatements('metrics', [
  'read-data-fingerprint',
  'list-metrics-organisations',
  'get-organisation-ref',
  'list-snapshot-heads',
  'get-snapshot-organisations',
  'list-snapshot-organisations',
  'save-snapshots',
  'touch-snapshots',
  'count-series-snapshots',
  'acquire-job-lease',
  'renew-job-lease',
  'finish-job',
  'get-job',
]);

export interface MeasuredOrganisation {
  id: string;
  slug: string;
  name: string;
  disciplines: string[];
  mainDiscipline: string | null;
  commune: string | null;
  kind: string | null;
  /** The day it was entered; null when unknown. */
  createdOn: string | null;
}

/** A kept period without its per-organisation table. */
export interface SnapshotHead {
  period: string;
  from: string;
  to: string;
  closed: boolean;
  computedAt: string;
  tieModelVersion: number;
  inputHash: string;
  dataVersion: string | null;
  stale: boolean;
  /** NetworkMetrics as JSON. */
  network: string;
}

export interface SnapshotWrite extends SnapshotHead {
  key: string;
  series: string;
  view: string;
  granularity: string;
  /** The per-organisation table as JSON. */
  organisations: string;
}

export interface SnapshotTable {
  period: string;
  from: string;
  to: string;
  closed: boolean;
  network?: string;
  /** OrganisationMetrics[] as JSON. */
  organisations: string;
}

export interface JobState {
  running: boolean;
  done: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
  holder: string | null;
  lastError: string | null;
}

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

const head = (row: Row): SnapshotHead => ({
  period: String(row.period),
  from: String(row.from),
  to: String(row.to),
  closed: row.closed === true,
  computedAt: String(row.computedAt),
  tieModelVersion: Number(row.tieModelVersion),
  inputHash: String(row.inputHash),
  dataVersion: str(row.dataVersion),
  stale: row.stale === true,
  network: String(row.network),
});

const table = (row: Row): SnapshotTable => ({
  period: String(row.period),
  from: String(row.from),
  to: String(row.to),
  closed: row.closed === true,
  ...(row.network != null ? { network: String(row.network) } : {}),
  organisations: String(row.organisations),
});

export class MetricsRepository {
  constructor(private readonly db: Database) {}

  /** A short string that changes whenever the data the figures are computed from may have changed. */
  async dataFingerprint(): Promise<string> {
    const row = await this.db.read((tx) => tx.one(Q['read-data-fingerprint']));
    const r = row ?? {};
    return [r.events, r.lastEventAt, r.organisations, r.projects, r.meetings, r.partners, r.memberships, r.attendances].map((v) => String(v ?? '')).join(':');
  }

  async organisations(): Promise<MeasuredOrganisation[]> {
    const rows = await this.db.read((tx) => tx.run(Q['list-metrics-organisations']));
    return rows.map((r) => ({
      id: String(r.id),
      slug: String(r.slug),
      name: String(r.name),
      disciplines: ((r.disciplines as unknown[] | null) ?? []).map(String),
      mainDiscipline: str(r.mainDiscipline),
      commune: str(r.commune),
      kind: str(r.kind),
      createdOn: str(r.createdOn),
    }));
  }

  /** An organisation not in the trash, by id or slug; null when there is none. */
  async organisationRef(ref: string): Promise<{ id: string; slug: string; name: string } | null> {
    const row = await this.db.read((tx) => tx.one(Q['get-organisation-ref'], { ref }));
    return row ? { id: String(row.id), slug: String(row.slug), name: String(row.name) } : null;
  }

  async heads(series: string): Promise<SnapshotHead[]> {
    return (await this.db.read((tx) => tx.run(Q['list-snapshot-heads'], { series }))).map(head);
  }

  async table(key: string): Promise<SnapshotTable | null> {
    const row = await this.db.read((tx) => tx.one(Q['get-snapshot-organisations'], { key }));
    return row ? table(row) : null;
  }

  async tables(series: string): Promise<SnapshotTable[]> {
    return (await this.db.read((tx) => tx.run(Q['list-snapshot-organisations'], { series }))).map(table);
  }

  /** Writes periods in one transaction; a closed period already kept is left as it is. Answers the keys written. */
  async save(snapshots: SnapshotWrite[]): Promise<string[]> {
    if (snapshots.length === 0) return [];
    const rows = await this.db.write((tx) => tx.run(Q['save-snapshots'], { snapshots }));
    return rows.map((r) => String(r.key));
  }

  async touch(items: { key: string; dataVersion: string | null; stale: boolean }[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.write((tx) => tx.run(Q['touch-snapshots'], { items }));
  }

  async countSeries(series: string): Promise<number> {
    const row = await this.db.read((tx) => tx.one(Q['count-series-snapshots'], { series }));
    return Number(row?.count ?? 0);
  }

  /** True when this holder now has the job's lease. */
  async acquireLease(name: string, holder: string, leaseSeconds: number, total: number): Promise<boolean> {
    const rows = await this.db.write((tx) => tx.run(Q['acquire-job-lease'], { name, holder, leaseSeconds, total }));
    return rows.length > 0;
  }

  /** False when another holder has taken the lease. */
  async renewLease(name: string, holder: string, leaseSeconds: number, done: number, total: number): Promise<boolean> {
    const rows = await this.db.write((tx) => tx.run(Q['renew-job-lease'], { name, holder, leaseSeconds, done, total }));
    return rows.length > 0;
  }

  async finishJob(name: string, holder: string, done: number, total: number, lastError: string | null): Promise<void> {
    await this.db.write((tx) => tx.run(Q['finish-job'], { name, holder, done, total, lastError }));
  }

  async job(name: string): Promise<JobState> {
    const row = await this.db.read((tx) => tx.one(Q['get-job'], { name }));
    if (!row) return { running: false, done: 0, total: 0, startedAt: null, finishedAt: null, holder: null, lastError: null };
    return {
      running: row.running === true,
      done: Number(row.done),
      total: Number(row.total),
      startedAt: str(row.startedAt),
      finishedAt: str(row.finishedAt),
      holder: str(row.holder),
      lastError: str(row.lastError),
    };
  }
}
