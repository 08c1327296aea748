// Evaluation results and trends, put together from the evaluation repository, the collaboration
// network over each wave's period and the pure computations; and the metrics snapshot each wave gets
// once its close day is over.
import type { FastifyInstance } from 'fastify';
import { change, trends as trendsOf, waveNetworkInput, waveResults, waveTies, SCORES, type Score } from '../../analytics/evaluation/index.ts';
import { computeMetrics } from '../../analytics/metrics/compute-metrics.ts';
import type { LatestWaveSummary, Trends, Wave, WaveResults } from '../../schemas/evaluation.ts';

const closing = new WeakMap<FastifyInstance, Promise<void>>();

/**
 * Takes the metrics snapshot of every wave whose close day is over and has none yet: the network
 * metrics over the wave's period, kept with the wave (a closed wave is read long after, and the
 * kept metric snapshots are derived data a backup leaves out). One run at a time per app.
 */
export async function closeDueWaves(fastify: FastifyInstance): Promise<void> {
  const running = closing.get(fastify);
  if (running) return running;
  const run = (async () => {
    const due = await fastify.evaluation.dueWaves();
    if (due.length === 0) return;
    const [organisations, { activities }] = await Promise.all([fastify.metricsSnapshots.organisations(), fastify.network.load({})]);
    for (const wave of due) {
      const input = waveNetworkInput(organisations, activities, { from: wave.periodFrom, to: wave.periodTo });
      await fastify.evaluation.close(wave.id, computeMetrics(input).network);
    }
  })().finally(() => closing.delete(fastify));
  closing.set(fastify, run);
  return run;
}

export interface View {
  discipline?: string | undefined;
  workingGroup?: string | undefined;
}

const METRIC_FIELDS = ['organisations', 'ties', 'density', 'isolated', 'components', 'crossDisciplineShare', 'jointProjectShare', 'averageClustering'] as const;

/** The closed wave just before this one, if any. */
async function previousClosed(fastify: FastifyInstance, wave: Wave): Promise<Wave | null> {
  const waves = await fastify.evaluation.list();
  return waves.find((w) => w.state === 'closed' && w.id !== wave.id && w.closesOn < wave.closesOn) ?? null;
}

export async function buildResults(fastify: FastifyInstance, id: string, view: View): Promise<WaveResults> {
  await closeDueWaves(fastify);
  const wave = await fastify.evaluation.get(id);
  if (view.workingGroup) await fastify.workingGroups.get(view.workingGroup);
  const previous = await previousClosed(fastify, wave);
  const data = await fastify.evaluation.waveData(previous ? [id, previous.id] : [id]);
  const { organisations, activities } = await fastify.network.load({ from: wave.periodFrom, to: wave.periodTo });
  const ties = waveTies(activities, { from: wave.periodFrom, to: wave.periodTo });
  const minAnswers = fastify.evaluation.minAnswers;
  const engineView = { discipline: view.discipline, groupId: view.workingGroup };
  const own = data.get(id)!;
  const r = waveResults(own.asked, own.answers, ties, { minAnswers, view: engineView });
  const before = previous ? waveResults(data.get(previous.id)!.asked, data.get(previous.id)!.answers, [], { minAnswers, view: engineView }) : null;

  const names = new Map<string, string>([...organisations.map((o) => [o.id, o.name] as const), ...own.asked.map((o) => [o.id, o.name] as const)]);
  const named = (oid: string) => ({ id: oid, name: names.get(oid) ?? oid });
  const groupNames = await fastify.evaluation.groupNames(r.byWorkingGroup.map((g) => g.groupId));
  const kept = await fastify.evaluation.waveMetrics(id);

  return {
    wave,
    filters: { discipline: view.discipline ?? null, workingGroup: view.workingGroup ?? null },
    minAnswers,
    responseRate: r.responseRate,
    scores: r.scores,
    changes: Object.fromEntries(SCORES.map((s) => [s, before ? change(before.scores[s], r.scores[s]) : null])),
    previousWave: previous ? { id: previous.id, title: previous.title } : null,
    byDiscipline: r.byDiscipline,
    byWorkingGroup: r.byWorkingGroup.map((g) => ({ ...g, name: groupNames.get(g.groupId) ?? g.groupId })),
    organisations: r.organisations,
    texts: r.texts,
    reportedVersusObserved: {
      confirmed: r.reportedVersusObserved.confirmed,
      reportedOnly: r.reportedVersusObserved.reportedOnly,
      observedOnly: r.reportedVersusObserved.observedOnly,
      agreement: r.reportedVersusObserved.agreement,
      organisations: r.reportedVersusObserved.organisations.map((o) => ({
        organisation: named(o.organisationId),
        confirmed: o.confirmed.map(named),
        reportedOnly: o.reportedOnly.map(named),
        observedOnly: o.observedOnly.map(named),
      })),
    },
    metrics: kept
      ? ({ computedAt: kept.computedAt, ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, kept.network[f] ?? null])) } as WaveResults['metrics'])
      : null,
  };
}

export async function buildTrends(fastify: FastifyInstance, view: View): Promise<Trends> {
  await closeDueWaves(fastify);
  if (view.workingGroup) await fastify.workingGroups.get(view.workingGroup);
  const points = await fastify.evaluation.closedWavePoints({ discipline: view.discipline, groupId: view.workingGroup });
  return {
    filters: { discipline: view.discipline ?? null, workingGroup: view.workingGroup ?? null },
    minAnswers: fastify.evaluation.minAnswers,
    ...trendsOf(points),
  };
}

export const HEADLINE_SCORES: readonly Score[] = ['satisfaction', 'trust', 'value', 'communication'];

/** The latest closed wave's response rate and headline scores with their change since the wave before. */
export async function buildLatestSummary(fastify: FastifyInstance): Promise<LatestWaveSummary> {
  const t = await buildTrends(fastify, {});
  const minAnswers = fastify.evaluation.minAnswers;
  const last = t.waves.at(-1);
  if (!last) return { wave: null, previousWave: null, minAnswers, responseRate: null, responseRateChange: null, headlines: [] };
  const before = t.waves.at(-2);
  return {
    wave: { id: last.waveId, title: last.title, closesOn: last.closesOn },
    previousWave: before ? { id: before.waveId, title: before.title } : null,
    minAnswers,
    responseRate: last.responseRate,
    responseRateChange: last.responseRateChange,
    headlines: HEADLINE_SCORES.map((score) => {
      const point = t.scores.find((s) => s.score === score)!.points.at(-1)!;
      return { score, aggregate: point.aggregate, change: point.change };
    }),
  };
}
