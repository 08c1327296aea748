// The one benchmark suite (issue 14): a generated dataset loaded through the CSV import users have,
// beside Neo4j's own LOAD CSV of the same rows; the API over real HTTP on loopback with p50/p95 and
// the ratio to the bare driver running the same Cypher in the same run; the network's bytes and its
// 304; the metrics snapshot; the dashboard in headless Chromium; server RSS and Neo4j memory; and
// with --profile, each hot statement's PROFILE (label scans, db hits). Prints JSON and appends it to
// bench/results/<size>.jsonl.
// Usage: npm run bench -- --size city|region|country [--runs 40] [--profile] [--no-browser]
//        npm run bench:load -- --size region   (only generates and loads, then prints the load figures)
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem, tmpdir, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { buildApp } from '../server/app.ts';
import { ensureFirstAdmin } from '../server/accounts.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { Tx, type Row } from '../server/repositories/database.ts';
import { cypher } from '../server/repositories/cypher.ts';
import { organisationsToCsv } from '../server/csv/organisation-csv.ts';
import { projectsToCsv } from '../server/csv/project-csv.ts';
import { generateCity } from '../seed/generate.ts';
import { generateCollaborationLife } from '../seed/collaboration-life.ts';
import { loadCollaborationLife } from '../seed/load-collaboration-life.ts';
import type { Organisation } from '../server/schemas/organisation.ts';
import type { Project } from '../server/schemas/project.ts';
import type { PackedNetwork } from '../server/schemas/network.ts';

const SIZES = { city: 2_000, region: 20_000, country: 100_000 } as const;
type Size = keyof typeof SIZES;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'city' },
    runs: { type: 'string', default: '40' },
    profile: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
  },
});
if (!(values.size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const size = values.size as Size;
const runs = Number(values.runs);
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const ADMIN = { email: 'bench@kulturrat.example', password: 'bench-password-long-enough' };
/** Rows per CSV file: under the import's row and byte limits at every size. */
const FILE_ROWS = 5_000;

const quantile = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
const ms = (n: number) => Math.round(n * 10) / 10;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50Ms: ms(quantile(sorted, 0.5)), p95Ms: ms(quantile(sorted, 0.95)), n: sorted.length };
};

// ---------------------------------------------------------------------------------------------
// What the app runs: every statement of a request, captured once, replayed on the bare driver.

interface Captured {
  name: string;
  params: Record<string, unknown>;
}
let capture: Captured[] | null = null;
const originalRun = Tx.prototype.run;
Tx.prototype.run = function (this: Tx, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  capture?.push({ name, params });
  return originalRun.call(this, name, params);
};
const WRITES = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;

// ---------------------------------------------------------------------------------------------

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
  node: process.version,
  loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
};

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-'));
const heap = size === 'city' ? '1g' : '2g';
const pageCache = size === 'city' ? '512m' : '1g';
const neo4jServer = await startEmbeddedNeo4j({ dataDir: dir, heap, pageCache, log: say });
const result: Record<string, unknown> = { suite: 'kulturrat-bench', at: new Date().toISOString(), size, machine };
try {
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
    SIGN_IN_ATTEMPTS_PER_MINUTE: '100000',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    IMPORT_MAX_ROWS: String(FILE_ROWS),
    IMPORT_MAX_BYTES: String(64 * 2 ** 20),
  });
  const app = await buildApp({ config, database: neo4jServer });
  // As `npm start` does with ADMIN_EMAIL and ADMIN_PASSWORD.
  await ensureFirstAdmin(app.users, ADMIN, say);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const driver = neo4j.driver(neo4jServer.uri, neo4j.auth.basic(neo4jServer.username, neo4jServer.password));
  try {
    result.versions = await versions(driver);
    const auth = await signIn(base);
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { cookie: auth.cookie, ...headers } });

    // --- Dataset, loaded through the import users have, beside LOAD CSV of the same rows. ---
    say(`Generating the ${size} (${SIZES[size]} organisations)…`);
    const city = generateCity({ organisations: SIZES[size] });
    const life = generateCollaborationLife(city);
    const slugOf = new Map(city.organisations.map((o) => [o.id, o.slug]));
    const orgRows = city.organisations.map((o) => ({ ...o, version: 1 }) as unknown as Organisation);
    const projectRows = city.projects.map(
      (p) =>
        ({
          ...p,
          needsPartnersIn: p.needsPartnersIn ?? [],
          budget: p.budget ?? null,
          description: p.description ?? null,
          startDate: p.startDate ?? null,
          endDate: p.endDate ?? null,
          partners: p.partners.map((partner) => ({ ...partner, slug: slugOf.get(partner.organisationId)! })),
          workingGroup: null,
        }) as unknown as Project,
    );
    const orgFiles = chunks(orgRows, FILE_ROWS).map((rows) => organisationsToCsv(rows));
    const projectFiles = chunks(projectRows, FILE_ROWS).map((rows) => projectsToCsv(rows));
    say(`Importing ${orgRows.length} organisations and ${projectRows.length} projects through POST /api/…/import…`);
    const importOrgs = await timed(async () => {
      for (const file of orgFiles) await postCsv(base, auth, '/api/organisations/import', file);
    });
    const importProjects = await timed(async () => {
      for (const file of projectFiles) await postCsv(base, auth, '/api/projects/import', file);
    });
    say('The same rows through LOAD CSV…');
    const loadCsv = await loadCsvReference(driver, orgFiles, projectFiles);
    say('Working groups, meetings, attendance and insights through the seed loader…');
    const lifeLoad = await timed(() => loadCollaborationLife(app.db, life));
    const apiSeconds = (importOrgs + importProjects) / 1000;
    const loadCsvSeconds = (loadCsv.organisationsMs + loadCsv.projectsMs) / 1000;
    result.dataset = {
      organisations: orgRows.length,
      projects: projectRows.length,
      workingGroups: life.workingGroups.length,
      meetings: life.meetings.length,
      attendance: life.meetings.reduce((n, m) => n + m.attendance.length, 0),
      insights: life.insights.length,
    };
    result.import = {
      api: {
        organisationsSeconds: +(importOrgs / 1000).toFixed(2),
        projectsSeconds: +(importProjects / 1000).toFixed(2),
        organisationsPerSecond: Math.round(orgRows.length / (importOrgs / 1000)),
        projectsPerSecond: Math.round(projectRows.length / (importProjects / 1000)),
        totalSeconds: +apiSeconds.toFixed(2),
      },
      loadCsv: {
        organisationsSeconds: +(loadCsv.organisationsMs / 1000).toFixed(2),
        projectsSeconds: +(loadCsv.projectsMs / 1000).toFixed(2),
        totalSeconds: +loadCsvSeconds.toFixed(2),
      },
      ratio: +(apiSeconds / loadCsvSeconds).toFixed(2),
      collaborationLifeSeconds: +(lifeLoad / 1000).toFixed(2),
      target: size === 'city' ? '≤ 10 s' : size === 'region' ? '≤ 120 s' : 'none',
    };
    say(`Imported in ${apiSeconds.toFixed(1)} s through the API, ${loadCsvSeconds.toFixed(1)} s through LOAD CSV.`);
    if (!values['load-only']) {

      // --- The API over HTTP, beside the bare driver running the same Cypher. ---
      const someOrg = city.organisations.find((o) => city.projects.some((p) => p.partners.some((x) => x.organisationId === o.id))) ?? city.organisations[0]!;
      const word = life.insights.flatMap((i) => i.title.split(/\s+/)).find((w) => w.length >= 7) ?? 'vrijwilligers';
      const suggestions = await get(`/api/organisations/${someOrg.id}/partner-suggestions`);
      const routes: Record<string, string> = {
        organisationList: '/api/organisations?pageSize=25',
        organisationProfile: `/api/organisations/${someOrg.id}`,
        network: '/api/network',
        networkDiscipline: '/api/network?discipline=music',
        metricsRead: '/api/metrics/organisations?pageSize=25',
        insightSearch: `/api/insights?q=${encodeURIComponent(word)}`,
        // The integrator enables it where the partner suggestions route exists (404 here means it does not).
        ...(suggestions.status === 200 ? { partnerSuggestions: `/api/organisations/${someOrg.id}/partner-suggestions` } : {}),
      };
      // The metrics read needs a snapshot: the recomputation, timed (the metrics snapshot at this size).
      result.metricsSnapshot = await recomputeMetrics(base, auth);
      const api: Record<string, unknown> = {};
      for (const [name, path] of Object.entries(routes)) {
        say(`  ${name} ${path}`);
        for (let i = 0; i < 3; i++) await (await get(path)).arrayBuffer(); // warm-up: plans, caches
        capture = [];
        const once = await get(path);
        const body = await once.arrayBuffer();
        const statements = capture;
        capture = null;
        if (once.status !== 200) throw new Error(`${path} answered ${once.status}`);
        const http = summary(await overHttp(`${base}${path}`, auth.cookie, runs));
        const bare = summary(await replay(driver, statements, runs));
        api[name] = { path, http, bareDriver: bare, ratioP50: +(http.p50Ms / bare.p50Ms).toFixed(2), statements: statements.map((s) => s.name), bytes: body.byteLength };
      }
      if (!('partnerSuggestions' in routes)) api.partnerSuggestions = { path: '/api/organisations/{id}/partner-suggestions', skipped: `answered ${suggestions.status}: not on this branch` };
      result.api = api;

      // --- The network on the wire: compressed size, cold and warm time, and the 304. ---
      result.network = await networkWire(base, auth.cookie);

      if (values.profile) result.profile = await profileStatements(driver, routes, get);

      // --- The dashboard in headless Chromium. ---
      if (!values['no-browser']) result.dashboard = await dashboard(base, auth.cookie).catch((error: unknown) => ({ error: String(error) }));

      // --- Memory. ---
      result.memory = { serverRssMb: Math.round(process.memoryUsage().rss / 2 ** 20), neo4j: await neo4jMemory(driver), neo4jConfigured: { heap, pageCache } };
    }
  } finally {
    result.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(2));
    await driver.close();
    await app.close();
  }
} finally {
  await neo4jServer.stop();
  await rm(dir, { recursive: true, force: true });
}
const line = JSON.stringify(result);
console.log(JSON.stringify(result, null, 2));
const resultsDir = join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
await appendFile(join(resultsDir, `${size}${values['load-only'] ? '-load' : ''}.jsonl`), `${line}\n`);

// ---------------------------------------------------------------------------------------------

function chunks<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function versions(driver: neo4j.Driver): Promise<Record<string, string>> {
  const session = driver.session();
  try {
    const record = (await session.run('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition')).records[0]!;
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })();
    return { kulturrat: `${pkg.version} (${commit})`, neo4j: `${record.get('version')} ${record.get('edition')}`, node: process.version };
  } finally {
    await session.close();
  }
}

interface Auth {
  cookie: string;
  csrf: string;
}

async function signIn(base: string): Promise<Auth> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const session = await fetch(`${base}/api/auth/session`);
  keep(session);
  let csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const signedIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { cookie: cookie(), 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (signedIn.status !== 200) throw new Error(`sign-in answered ${signedIn.status}: ${await signedIn.text()}`);
  keep(signedIn);
  const after = await fetch(`${base}/api/auth/session`, { headers: { cookie: cookie() } });
  keep(after);
  csrf = ((await after.json()) as { csrfToken: string }).csrfToken;
  return { cookie: cookie(), csrf };
}

async function postCsv(base: string, auth: Auth, path: string, csv: string): Promise<void> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf, 'content-type': 'text/csv' }, body: csv });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 2000)}`);
}

/** Neo4j's own LOAD CSV of the same files (served on loopback), into labels of its own, then removed. */
async function loadCsvReference(driver: neo4j.Driver, orgFiles: string[], projectFiles: string[]): Promise<{ organisationsMs: number; projectsMs: number }> {
  const files = new Map<string, string>();
  orgFiles.forEach((f, i) => files.set(`/organisations-${i}.csv`, f));
  projectFiles.forEach((f, i) => files.set(`/projects-${i}.csv`, f));
  const server = createServer((request, response) => {
    const body = files.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/csv; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const statement = async (name: string) => readFile(join(import.meta.dirname, 'cypher', `${name}.cypher`), 'utf8');
  const session = driver.session();
  try {
    await session.run(await statement('load-csv-index'));
    await session.run('CALL db.awaitIndexes(300)');
    const orgs = await statement('load-csv-organisations');
    const projects = await statement('load-csv-projects');
    const organisationsMs = await timed(async () => {
      for (let i = 0; i < orgFiles.length; i++) await session.run(orgs, { url: `${at}/organisations-${i}.csv` });
    });
    const projectsMs = await timed(async () => {
      for (let i = 0; i < projectFiles.length; i++) await session.run(projects, { url: `${at}/projects-${i}.csv` });
    });
    await session.run(await statement('load-csv-clean-up'));
    return { organisationsMs, projectsMs };
  } finally {
    await session.close();
    server.close();
  }
}

async function overHttp(url: string, cookie: string, amount: number): Promise<number[]> {
  const times: number[] = [];
  const instance = autocannon({ url, connections: 1, amount, headers: { cookie, 'accept-encoding': 'br, gzip' }, timeout: 60 });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) times.push(responseTime);
  });
  await instance;
  return times;
}

/** The captured statements of one request on the bare driver: reads in one read transaction, writes in one write transaction. */
async function replay(driver: neo4j.Driver, statements: Captured[], amount: number): Promise<number[]> {
  const reads = statements.filter((s) => !WRITES.test(cypher(s.name)));
  const writes = statements.filter((s) => WRITES.test(cypher(s.name)));
  const times: number[] = [];
  for (let i = 0; i < amount + 3; i++) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      if (reads.length) await session.executeRead(async (tx) => { for (const s of reads) await new Tx(tx).run(s.name, s.params); });
      if (writes.length) await session.executeWrite(async (tx) => { for (const s of writes) await new Tx(tx).run(s.name, s.params); });
    } finally {
      await session.close();
    }
    if (i >= 3) times.push(performance.now() - started);
  }
  return times;
}

async function recomputeMetrics(base: string, auth: Auth): Promise<Record<string, unknown>> {
  const started = performance.now();
  const response = await fetch(`${base}/api/metrics/recompute`, { method: 'POST', headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf } });
  if (response.status !== 202) return { error: `recompute answered ${response.status}` };
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const status = (await (await fetch(`${base}/api/metrics/status`, { headers: { cookie: auth.cookie } })).json()) as Record<string, unknown>;
    if (status.running === false || status.state === 'idle' || status.state === 'done') return { seconds: +((performance.now() - started) / 1000).toFixed(1), status };
    if (performance.now() - started > 30 * 60_000) return { error: 'not done after 30 minutes', status };
  }
}

async function networkWire(base: string, cookie: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const encoding of ['identity', 'gzip', 'br']) {
    const response = await fetch(`${base}/api/network`, { headers: { cookie, 'accept-encoding': encoding } });
    // fetch decompresses; the length on the wire is what came before: count it from the raw stream.
    const raw = await rawLength(`${base}/api/network`, cookie, encoding);
    const packed = (await response.json()) as PackedNetwork;
    out[encoding] = { bytesOnWire: raw };
    out.ties = packed.ties.source.length;
    out.organisations = packed.nodes.length;
  }
  const etag = (await fetch(`${base}/api/network`, { headers: { cookie } })).headers.get('etag')!;
  const notModified: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/network`, { headers: { cookie, 'if-none-match': etag } });
    await response.arrayBuffer();
    if (response.status === 304) notModified.push(performance.now() - started);
  }
  out.notModified304 = summary(notModified);
  out.target = '≤ 150 ms and ≤ 500 KB on the wire (city)';
  return out;
}

/** The bytes of an answer as sent, before any decoding (node's fetch always decodes). */
async function rawLength(url: string, cookie: string, encoding: string): Promise<number> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { cookie, 'accept-encoding': encoding } }, (response) => {
      let n = 0;
      response.on('data', (chunk: Buffer) => (n += chunk.length));
      response.on('end', () => resolve(n));
    });
    req.on('error', reject);
    req.end();
  });
}

/** PROFILE of every read statement the measured routes run: label scans where an index could serve, db hits, rows. */
async function profileStatements(driver: neo4j.Driver, routes: Record<string, string>, get: (path: string) => Promise<Response>): Promise<Record<string, unknown>> {
  const seen = new Map<string, Captured>();
  for (const path of Object.values(routes)) {
    capture = [];
    await (await get(path)).arrayBuffer();
    for (const s of capture) if (!seen.has(s.name) && !WRITES.test(cypher(s.name))) seen.set(s.name, s);
    capture = null;
  }
  const out: Record<string, unknown> = {};
  for (const [name, s] of seen) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const summaryOf = await session.executeRead(async (tx) => {
        // The app's statement and parameters (converted as the app does), with PROFILE in front.
        return (await tx.run(`PROFILE ${cypher(s.name)}`, neo4jParams(s.params))).summary;
      });
      const operators: string[] = [];
      let dbHits = 0;
      const walk = (plan: { operatorType: string; dbHits: number; identifiers: string[]; arguments: Record<string, unknown>; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*$/, ''));
        dbHits += plan.dbHits;
        for (const child of plan.children) walk(child as typeof plan);
      };
      if (summaryOf.profile) walk(summaryOf.profile as never);
      out[name] = {
        dbHits,
        labelScans: operators.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o)),
        indexes: operators.filter((o) => /Index|NodeUniqueIndexSeek/.test(o)),
        operators: [...new Set(operators)],
      };
    } catch (error) {
      out[name] = { error: String(error).slice(0, 300) };
    } finally {
      await session.close();
    }
  }
  return out;
}

function neo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return neo4jParams(value as Record<string, unknown>);
    return value === undefined ? null : value;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

async function neo4jMemory(driver: neo4j.Driver): Promise<Record<string, unknown>> {
  const session = driver.session();
  try {
    const heapRecord = (await session.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap")).records[0];
    const h = heapRecord?.get('heap') as { used?: neo4j.Integer; committed?: neo4j.Integer; max?: neo4j.Integer } | undefined;
    const mb = (v?: neo4j.Integer) => (v === undefined ? null : Math.round(Number(v) / 2 ** 20));
    const settings = await session.run("SHOW SETTINGS YIELD name, value WHERE name IN ['server.memory.pagecache.size', 'server.memory.heap.max_size'] RETURN name, value");
    const configured = Object.fromEntries(settings.records.map((r) => [String(r.get('name')), String(r.get('value'))]));
    return { heapUsedMb: mb(h?.used), heapCommittedMb: mb(h?.committed), heapMaxMb: mb(h?.max), settings: configured };
  } catch (error) {
    return { error: String(error).slice(0, 200) };
  } finally {
    await session.close();
  }
}

/** Initial JavaScript of the dashboard (gzipped), and in headless Chromium the first page and the map. */
async function dashboard(base: string, cookie: string): Promise<Record<string, unknown>> {
  const buildDir = join(import.meta.dirname, '..', 'web', 'build');
  const index = await readFile(join(buildDir, 'index.html'), 'utf8').catch(() => null);
  if (index === null) return { skipped: 'no dashboard build (npm run build:web)' };
  const scripts = new Set([...index.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1]!));
  // The entry's own static imports are preloaded by SvelteKit (modulepreload links above).
  let initialGzipBytes = 0;
  for (const script of scripts) initialGzipBytes += gzipSync(await readFile(join(buildDir, script.replace(/^\.?\//, '')))).length;
  const allJs = (await readdir(join(buildDir, '_app', 'immutable'), { recursive: true })).filter((f) => String(f).endsWith('.js')).length;
  const out: Record<string, unknown> = { initialJsGzipKb: +(initialGzipBytes / 1024).toFixed(1), initialJsFiles: scripts.size, jsFilesInBuild: allJs, target: 'initial JS ≤ 250 KB gzipped' };
  const { launchChromium } = await import('../tests/helpers/browser.ts');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const url = new URL(base);
    await context.addCookies(cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: url.hostname, path: '/' };
    }));
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    let started = performance.now();
    await page.goto(`${base}/organisations`);
    await page.locator('main a[href^="/organisations/"]').first().waitFor();
    out.firstPageUsableMs = Math.round(performance.now() - started);
    started = performance.now();
    await page.goto(`${base}/network`);
    await page.locator('[data-testid="node-count"]').waitFor();
    await page.locator('svg circle, canvas').first().waitFor();
    out.mapFirstDrawMs = Math.round(performance.now() - started);
    // Frames while zooming and panning over the map: requestAnimationFrame ticks in 3 s of wheel and drag.
    const box = await page.locator('svg circle, canvas').first().boundingBox();
    // A string, not a function: tsx's helpers would not exist in the page.
    const frames = page
      .evaluate(
        `new Promise((resolve) => { let n = 0; const t0 = performance.now(); const tick = () => { n++; if (performance.now() - t0 < 3000) requestAnimationFrame(tick); else resolve(n / ((performance.now() - t0) / 1000)); }; requestAnimationFrame(tick); })`,
      )
      .then(Number, () => NaN);
    if (box) {
      await page.mouse.move(box.x + 5, box.y + 5);
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i % 2 ? 120 : -120);
        await page.mouse.down();
        await page.mouse.move(box.x + 5 + (i % 5) * 20, box.y + 5 + (i % 3) * 20, { steps: 4 });
        await page.mouse.up();
      }
    }
    out.fpsWhilePanningZooming = Math.round(await frames);
    out.fpsNote = 'requestAnimationFrame rate in headless Chromium (no GPU) while the mouse zooms and drags; the settle time is not reported by the map component';
    await context.close();
  } finally {
    await browser.close();
  }
  return out;
}
