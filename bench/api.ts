// Measures the inventory and network API on a generated city in a throwaway embedded Neo4j.
// Prints JSON: dataset size, load time, and per-route median/p90 over repeated calls.
// Usage: npm run bench -- --orgs 2000 --runs 15 [--routes network,networkMetrics]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { loadDemo } from '../seed/demo.ts';

const { values } = parseArgs({ options: { orgs: { type: 'string', default: '2000' }, runs: { type: 'string', default: '15' }, routes: { type: 'string' } } });
const organisations = Number(values.orgs);
const runs = Number(values.runs);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: dir, heap: '2g', pageCache: '1g', log: (l) => console.error(l) });
try {
  // One client makes every request: lift the per-address limit, or the runs would be measuring 429s.
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000' }), database: neo4j });
  let started = Date.now();
  const city = await loadDemo(app.db, app.users, { organisations }, (l) => console.error(l));
  const loadMs = Date.now() - started;

  // Members-only routes: measured as a signed-in member, session look-up included, as in use.
  const session = await app.inject('/api/auth/session');
  const csrf = { cookies: Object.fromEntries(session.cookies.map((c) => [c.name, c.value])), token: session.json().csrfToken as string };
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    cookies: csrf.cookies,
    headers: { 'x-csrf-token': csrf.token },
    payload: { email: DEMO_ACCOUNTS.find((a) => a.role === 'leadership')!.email, password: DEMO_PASSWORD },
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in answered ${signIn.statusCode}`);
  const cookies = Object.fromEntries(signIn.cookies.map((c) => [c.name, c.value]));
  const get = (url: string) => app.inject({ url, cookies });

  const routes: Record<string, string> = {
    network: '/api/network',
    networkDiscipline: '/api/network?discipline=music',
    networkPeriod: '/api/network?from=2025-01-01&to=2025-12-31',
    listFirstPage: '/api/organisations?pageSize=25',
    listSearch: '/api/organisations?q=theatre&sort=-founded',
    listFiltered: '/api/organisations?discipline=dance&commune=ixelles',
    exportCsv: '/api/organisations/export.csv',
    networkAllTies: '/api/network?tie=project,group,meeting',
    networkMetrics: '/api/network?metrics=true',
    networkExportGexf: '/api/network/export.gexf',
    networkExportGraphml: '/api/network/export.graphml',
    workingGroups: '/api/working-groups',
    meetingsUpcoming: '/api/meetings?pageSize=25',
    insightSearchNl: '/api/insights?q=vrijwilligers',
    insightSearchFr: '/api/insights?q=benevoles',
  };
  // --routes network,networkMetrics measures only those.
  const only = values.routes?.split(',');
  const figures: Record<string, { medianMs: number; p90Ms: number; bytes: number }> = {};
  for (const [name, url] of Object.entries(routes)) {
    if (only && !only.includes(name)) continue;
    await get(url); // warm the query plan cache
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      started = performance.now();
      const response = await get(url);
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
    }
    times.sort((a, b) => a - b);
    figures[name] = { medianMs: Math.round(quantile(times, 0.5)), p90Ms: Math.round(quantile(times, 0.9)), bytes };
  }
  const network = (await get('/api/network')).json();
  console.log(
    JSON.stringify(
      {
        dataset: { organisations: city.organisations, projects: city.projects, networkEdges: network.ties.source.length },
        loadMs,
        runs,
        routes: figures,
        ratios: { networkMsPerThousandEdges: figures.network && +(figures.network.medianMs / (network.ties.source.length / 1000)).toFixed(2) },
      },
      null,
      2,
    ),
  );
  await app.close();
} finally {
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
}
