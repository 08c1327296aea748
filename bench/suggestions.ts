// Speed of the pure partner finder: suggestions for one organisation on a generated city of 2,000
// members and on a network of 20,000 members with about 200,000 ties, the index built once (as the
// server will keep it). `npm run bench:suggestions`; prints JSON.
import { loadavg } from 'node:os';
import { suggestPartners } from '../server/analytics/suggestions/suggest.ts';
import { buildSuggestionIndex } from '../server/analytics/suggestions/suggestion-index.ts';
import { generateCollaborationLife } from '../seed/collaboration-life.ts';
import { generateCity } from '../seed/generate.ts';
import { suggestionHoldOut } from '../seed/suggestion-data.ts';

const QUERIES = 300;

function measure(organisations: number, years: number) {
  const t0 = performance.now();
  const city = generateCity({ organisations, years });
  const life = generateCollaborationLife(city, { years });
  const { data } = suggestionHoldOut(city, life, '2026-07-01');
  const generatedMs = performance.now() - t0;
  const t1 = performance.now();
  const index = buildSuggestionIndex(data);
  const indexMs = performance.now() - t1;
  const ids = data.organisations.map((o) => o.id);
  // Warm up, then time a spread of organisations (hubs and isolated members alike).
  for (let k = 0; k < 20; k++) suggestPartners(ids[k]!, index);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let k = 0; k < QUERIES; k++) {
    const id = ids[(k * 7919) % ids.length]!;
    const cpu = process.cpuUsage();
    const t = performance.now();
    suggestPartners(id, index, { limit: 10 });
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const percentile = (list: number[], q: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
  };
  const at = (q: number) => percentile(times, q);
  return {
    organisations,
    ties: data.ties.length,
    memberships: data.memberships?.length ?? 0,
    coAttendancePairs: data.coAttendance?.length ?? 0,
    generatedMs: Math.round(generatedMs),
    indexMs: Math.round(indexMs),
    suggestPartnersMs: { queries: QUERIES, p50: at(0.5), p95: at(0.95), max: at(1) },
    // CPU time of the process during each query: what the query costs, without the waits of a
    // machine shared with other work (wall-clock p95 includes them).
    suggestPartnersCpuMs: { p50: percentile(cpuTimes, 0.5), p95: percentile(cpuTimes, 0.95), max: percentile(cpuTimes, 1) },
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

console.log(JSON.stringify({ node: process.version, runs: [measure(2000, 3), measure(20_000, 6)] }, null, 2));
