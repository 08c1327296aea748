// Times the metrics engine on generated collaboration networks of three sizes and prints JSON:
// median, fastest and slowest run (wall clock, and CPU time), and peak memory (process-wide maximum RSS so far, and the
// largest heap seen right after a run). Cases run smallest first, so each case's peak RSS is
// the peak of the process up to and including it.
// Usage: npm run bench:metrics -- --runs 3 [--only 2000]
import { cpus, loadavg } from 'node:os';
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
  const cpuTimes: number[] = [];
  let peakHeap = 0;
  let metrics = computeMetrics(input, { previous });
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    metrics = computeMetrics(input, { previous });
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
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
    // CPU time of the process (garbage collector included): what the run costs whatever else the machine does.
    medianCpuMs: Math.round(cpuTimes[Math.floor(cpuTimes.length / 2)]!),
    targetMs: c.targetMs,
    withinTarget: median <= c.targetMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapUsedMb: Math.round(peakHeap / 2 ** 20),
  });
  console.error(`${c.name}: median ${Math.round(median)} ms`);
}
// The machine's load matters as much as the code on a shared machine: say what it was.
console.log(JSON.stringify({ node: process.version, cpus: cpus().length, loadAverage1m: loadavg()[0], results }, null, 2));
