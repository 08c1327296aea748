// Times the metrics engine on generated collaboration networks of three sizes and prints JSON:
// median, fastest and slowest run, and peak memory (process-wide maximum RSS so far, and the
// largest heap seen right after a run). Cases run smallest first, so each case's peak RSS is
// the peak of the process up to and including it.
// Usage: npm run bench:metrics -- --runs 3 [--only 2000]
import { parseArgs } from 'node:util';
import { computeMetrics } from '../server/analytics/metrics/index.ts';
import type { MetricsOrganisation, MetricsTie, NetworkInput } from '../server/analytics/metrics/index.ts';
import { createRandom } from '../seed/random.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const runs = Number(values.runs);

const DISCIPLINES = ['theatre', 'dance', 'music', 'visual-arts', 'literature', 'film', 'heritage', 'design', 'circus', 'digital-arts', 'education', 'multidisciplinary'];
const COMMUNES = Array.from({ length: 19 }, (_, i) => `commune-${i + 1}`);

/**
 * A clustered random network: organisations fall into groups of about 25 that share a main
 * discipline most of the time; 80 % of ties stay within a group, the rest join any two members.
 * Also returns a previous period: 80 % of these ties and a few others, for the tie-change figures.
 */
export function generateNetwork(organisations: number, ties: number, seed: number): { input: NetworkInput; previous: MetricsTie[] } {
  const random = createRandom(seed);
  const groupSize = 25;
  const groups = Math.max(1, Math.round(organisations / groupSize));
  const groupDiscipline = Array.from({ length: groups }, () => random.pick(DISCIPLINES));
  const members: number[][] = Array.from({ length: groups }, () => []);
  const orgs: MetricsOrganisation[] = [];
  for (let i = 0; i < organisations; i++) {
    const group = random.int(0, groups - 1);
    members[group]!.push(i);
    const main = random.chance(0.7) ? groupDiscipline[group]! : random.pick(DISCIPLINES);
    orgs.push({
      id: `org-${String(i).padStart(6, '0')}`,
      name: `Organisation ${i}`,
      disciplines: random.chance(0.4) ? [main, random.pick(DISCIPLINES)] : [main],
      commune: random.pick(COMMUNES),
      kind: 'collective',
      inJointProject: random.chance(0.6),
    });
  }
  const groupOf = new Int32Array(organisations);
  members.forEach((list, g) => list.forEach((i) => (groupOf[i] = g)));
  const seen = new Set<number>();
  const result: MetricsTie[] = [];
  const maxTies = (organisations * (organisations - 1)) / 2;
  while (result.length < Math.min(ties, maxTies)) {
    const a = random.int(0, organisations - 1);
    const group = members[groupOf[a]!]!;
    const b = random.chance(0.8) && group.length > 1 ? random.pick(group) : random.int(0, organisations - 1);
    if (a === b) continue;
    const key = Math.min(a, b) * organisations + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    const projects = random.chance(0.3) ? random.int(1, 2) : 0;
    const meetings = random.int(projects === 0 ? 1 : 0, 8);
    result.push({
      source: orgs[Math.min(a, b)]!.id,
      target: orgs[Math.max(a, b)]!.id,
      weight: Math.round((projects + 0.1 * meetings) * 1e6) / 1e6,
      kinds: { project: projects, meeting: meetings },
    });
  }
  const previous = result.filter(() => random.chance(0.8));
  for (let i = 0; i < ties / 20; i++) {
    const a = random.int(0, organisations - 1);
    const b = random.int(0, organisations - 1);
    if (a !== b) previous.push({ source: orgs[a]!.id, target: orgs[b]!.id, weight: 0.1, kinds: { meeting: 1 } });
  }
  return { input: { organisations: orgs, ties: result }, previous };
}

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
