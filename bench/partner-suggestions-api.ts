// Speed of the partner finder through the API: a generated city in a throwaway embedded Neo4j, the
// suggestions of many organisations over real HTTP on loopback as a signed-in coordinator (p50/p95),
// next to the bare Cypher round trip of the read each request makes (the data fingerprint that says
// whether the kept index is still good), the session route every request pays for, and the full read
// that rebuilds the index after a change. Prints JSON.
// Usage: npm run bench:suggestions-api -- [--orgs 2000] [--years 3] [--runs 300]
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { loadDemo } from '../seed/demo.ts';

const { values } = parseArgs({
  options: { orgs: { type: 'string', default: '2000' }, years: { type: 'string', default: '3' }, runs: { type: 'string', default: '300' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: +quantile(sorted, 0.5).toFixed(1), p95Ms: +quantile(sorted, 0.95).toFixed(1), maxMs: +sorted.at(-1)!.toFixed(1) };
};

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: dir, heap: '2g', pageCache: '1g', log: (l) => console.error(l) });
try {
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '1000000', HOST: '127.0.0.1', PORT: '0' }),
    database: neo4j,
  });
  let started = performance.now();
  const city = await loadDemo(app.db, app.users, { organisations: Number(values.orgs), years: Number(values.years), until: new Date().toISOString().slice(0, 10) }, (l) =>
    console.error(l),
  );
  const loadMs = performance.now() - started;

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
    body: JSON.stringify({ email: DEMO_ACCOUNTS.find((a) => a.role === 'coordinator')!.email, password: DEMO_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  keep(signIn);
  const get = async (path: string) => {
    const response = await fetch(`${address}${path}`, { headers: { cookie: cookie() } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 200)}`);
    return body;
  };

  const ids = (await app.partnerSuggestions.load(new Date().toISOString().slice(0, 10))).organisations.map((o) => o.id);
  // The first request reads the whole graph and builds the index; later ones reuse it.
  started = performance.now();
  await get(`/api/organisations/${ids[0]}/partner-suggestions`);
  const firstRequestMs = performance.now() - started;

  const timed = async (work: (i: number) => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const t = performance.now();
      await work(i);
      times.push(performance.now() - t);
    }
    return summary(times);
  };
  const overHttp = await timed((i) => get(`/api/organisations/${ids[(i * 7919) % ids.length]}/partner-suggestions?limit=10`));
  const filtered = await timed((i) => get(`/api/organisations/${ids[(i * 7919) % ids.length]}/partner-suggestions?limit=10&discipline=music`));
  const sessionRoute = await timed(() => get('/api/auth/session'));
  const fingerprintCypher = await timed(() => app.metricsSnapshots.dataFingerprint());
  const inProcess = await timed((i) => app.partnerFinder.forOrganisation(ids[(i * 7919) % ids.length]!, { limit: 10 }));
  // The read that rebuilds the index after a change: profiles, memberships, decisions and every tie row.
  const fullRead = await (async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      await Promise.all([app.partnerSuggestions.load(new Date().toISOString().slice(0, 10)), app.network.load({})]);
      times.push(performance.now() - t);
    }
    return summary(times);
  })();
  const index = (await app.partnerFinder.index()).index;
  const ties = index.partners.reduce((sum, p) => sum + p.ids.length, 0) / 2;
  await app.close();
  console.log(
    JSON.stringify(
      {
        dataset: { organisations: city.organisations, projects: city.projects, projectTies: ties, loadMs: Math.round(loadMs) },
        runs,
        firstRequestMs: Math.round(firstRequestMs),
        suggestionsOverHttp: overHttp,
        suggestionsFilteredOverHttp: filtered,
        sessionRouteOverHttp: sessionRoute,
        fingerprintCypherRoundTrip: fingerprintCypher,
        suggestionsInProcess: inProcess,
        ratioHttpToCypherP95: +(overHttp.p95Ms / fingerprintCypher.p95Ms).toFixed(2),
        fullGraphReadForRebuild: fullRead,
        targets: { p95MsAt2000: 40, p95MsAt20000: 100 },
        loadAverage: loadavg().map((l) => +l.toFixed(1)),
        node: process.version,
      },
      null,
      2,
    ),
  );
} finally {
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
}
