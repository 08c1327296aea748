// Measures the inventory and network API on a generated city in a throwaway embedded Neo4j.
// Prints JSON: dataset size, load time, and per-route median/p90 over repeated calls.
// Usage: npm run bench -- --orgs 2000 --runs 15
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { generateCity } from '../seed/generate.ts';
import { loadCity } from '../seed/load.ts';

const { values } = parseArgs({ options: { orgs: { type: 'string', default: '2000' }, runs: { type: 'string', default: '15' } } });
const organisations = Number(values.orgs);
const runs = Number(values.runs);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: dir, heap: '2g', pageCache: '1g', log: (l) => console.error(l) });
try {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false' }), database: neo4j });
  const city = generateCity({ organisations });
  let started = Date.now();
  await loadCity(app.db, city, (l) => console.error(l));
  const loadMs = Date.now() - started;

  const routes: Record<string, string> = {
    network: '/api/network',
    networkDiscipline: '/api/network?discipline=music',
    networkPeriod: '/api/network?from=2025-01-01&to=2025-12-31',
    listFirstPage: '/api/organisations?pageSize=25',
    listSearch: '/api/organisations?q=theatre&sort=-founded',
    listFiltered: '/api/organisations?discipline=dance&commune=ixelles',
    exportCsv: '/api/organisations/export.csv',
  };
  const figures: Record<string, { medianMs: number; p90Ms: number; bytes: number }> = {};
  for (const [name, url] of Object.entries(routes)) {
    await app.inject(url); // warm the query plan cache
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      started = performance.now();
      const response = await app.inject(url);
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      bytes = response.rawPayload.length;
    }
    times.sort((a, b) => a - b);
    figures[name] = { medianMs: Math.round(quantile(times, 0.5)), p90Ms: Math.round(quantile(times, 0.9)), bytes };
  }
  const network = (await app.inject('/api/network')).json();
  console.log(
    JSON.stringify(
      {
        dataset: { organisations: city.organisations.length, projects: city.projects.length, networkEdges: network.edges.length },
        loadMs,
        runs,
        routes: figures,
        ratios: { networkMsPerThousandEdges: +(figures.network!.medianMs / (network.edges.length / 1000)).toFixed(2) },
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
