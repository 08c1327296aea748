// Times the metrics engine on generated collaboration networks of three sizes and prints JSON:
// median, fastest and slowest run, and peak memory (process-wide maximum RSS so far, and the
// largest heap seen right after a run). Cases run smallest first, so each case's peak RSS is
// the peak of the process up to and including it.
// Usage: npm run bench:metrics -- --runs 3 [--only 2000]
import { parseArgs } from 'node:util';
import { computeMetrics } from '../server/analytics/metrics/index.ts';
import { generateNetwork } from '../tests/fixtures/generated-network.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const runs = Number(values.runs);

const cases = [
  { name: 'demo city', organisations: 150, ties: 900, targetMs: 1_000 },
  { name: '2,000-organisation city, exact betweenness', organisations: 2_000, ties: 20_000, targetMs: 3_000 },
  { name: '20,000 organisations, 200,000 ties, sampled betweenness', organisations: 20_000, ties: 200_000, targetMs: 30_000 },
].filter((c) => values.only === undefined || String(c.organisations) === values.only);

const results = [];
for (const c of cases) {
  const { input, previous } = generateNetwork(c.organisations, c.ties, 20260301);
  const times: number[] = [];
  let peakHeap = 0;
  let metrics = computeMetrics(input, { previous });
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    metrics = computeMetrics(input, { previous });
    times.push(performance.now() - started);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  results.push({
    case: c.name,
    organisations: metrics.network.organisations,
    ties: metrics.network.ties,
    centrality: metrics.network.centrality,
    runs,
    medianMs: Math.round(median),
    fastestMs: Math.round(times[0]!),
    slowestMs: Math.round(times[times.length - 1]!),
    targetMs: c.targetMs,
    withinTarget: median <= c.targetMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapUsedMb: Math.round(peakHeap / 2 ** 20),
  });
  console.error(`${c.name}: median ${Math.round(median)} ms`);
}
console.log(JSON.stringify({ node: process.version, results }, null, 2));
