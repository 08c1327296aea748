// Measures the kept metric history on the demo city in a throwaway embedded Neo4j: the full history
// (every quarter and year, computed and written as snapshots by the background recomputation), the
// first and later reads of a filtered view, and reading kept snapshots through the API over real
// HTTP on loopback (p50/p95). Prints JSON. Usage: npm run bench:metrics-history -- [--orgs 150] [--runs 200]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { loadDemo } from '../seed/demo.ts';

const { values } = parseArgs({ options: { orgs: { type: 'string' }, runs: { type: 'string', default: '200' } } });
const runs = Number(values.runs);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: +quantile(sorted, 0.5).toFixed(1), p95Ms: +quantile(sorted, 0.95).toFixed(1), maxMs: +sorted.at(-1)!.toFixed(1) };
};

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: dir, heap: '1g', pageCache: '512m', log: (l) => console.error(l) });
try {
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000', HOST: '127.0.0.1', PORT: '0' }),
    database: neo4j,
  });
  const city = await loadDemo(app.db, app.users, { until: new Date().toISOString().slice(0, 10), ...(values.orgs ? { organisations: Number(values.orgs) } : {}) }, (l) =>
    console.error(l),
  );

  // Full history: every period of both granularities, from nothing kept, as the background run does it.
  const rssBefore = process.memoryUsage().rss;
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  await app.metrics.recompute();
  await app.metrics.idle();
  const fullHistoryMs = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  const fullHistoryCpu = used.user + used.system;
  const status = await app.metrics.status();
  if (status.lastError) throw new Error(status.lastError);

  // Over real HTTP, signed in as leadership.
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const session = await fetch(`${address}/api/auth/session`);
  keep(session);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const signIn = await fetch(`${address}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookie() },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.find((a) => a.role === 'leadership')!.email, password: DEMO_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  keep(signIn);
  const get = async (path: string) => {
    const response = await fetch(`${address}${path}`, { headers: { cookie: cookie() } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
    return body;
  };

  const history = JSON.parse(await get('/api/metrics')) as { periods: { period: string }[] };
  const organisations = JSON.parse(await get('/api/metrics/organisations?pageSize=1')) as { items: { id: string }[] };
  const closed = history.periods.at(-2)?.period ?? history.periods.at(-1)!.period;

  // A filtered view: computed and kept on its first request, read from the snapshots afterwards.
  started = performance.now();
  await get('/api/metrics?discipline=music');
  const filteredFirstMs = performance.now() - started;

  const routes: Record<string, string> = {
    // The cheapest signed-in route (the session look-up every request makes): the floor under the others.
    baselineSession: '/api/auth/session',
    historyQuarters: '/api/metrics',
    historyYears: '/api/metrics?granularity=year',
    historyFiltered: '/api/metrics?discipline=music',
    organisationTable: `/api/metrics/organisations?period=${closed}&sort=betweenness`,
    organisationHistory: `/api/organisations/${organisations.items[0]!.id}/metrics`,
  };
  const reads: Record<string, ReturnType<typeof summary> & { bytes: number }> = {};
  for (const [name, path] of Object.entries(routes)) {
    let bytes = (await get(path)).length; // warm
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t = performance.now();
      bytes = (await get(path)).length;
      times.push(performance.now() - t);
    }
    reads[name] = { ...summary(times), bytes };
  }
  // The same read in process, without HTTP and sign-in: fingerprint, kept periods, nothing recomputed.
  const inProcess: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await app.metrics.history({}, 'quarter');
    inProcess.push(performance.now() - t);
  }
  const cpu = process.cpuUsage();
  await app.close();
  clearInterval(sampler);
  console.log(
    JSON.stringify(
      {
        dataset: { organisations: city.organisations, projects: city.projects, quarters: history.periods.length, periods: status.total },
        fullHistory: { ms: Math.round(fullHistoryMs), cpuMs: Math.round(fullHistoryCpu / 1000), periods: status.total, targetMs: 10_000 },
        filteredViewFirstReadMs: Math.round(filteredFirstMs),
        keptSnapshotReadsOverHttp: { runs, targetP95Ms: 50, routes: reads },
        keptSnapshotReadInProcess: summary(inProcess),
        processCpuMs: Math.round((cpu.user + cpu.system) / 1000),
        loadAverage: (await import('node:os')).loadavg().map((l) => +l.toFixed(1)),
        memory: {
          peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20),
          rssBeforeHistoryMb: Math.round(rssBefore / 2 ** 20),
          maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        },
        node: process.version,
      },
      null,
      2,
    ),
  );
} finally {
  clearInterval(sampler);
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
}
