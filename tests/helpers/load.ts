// Load on loopback with autocannon (issue 8): 80 % reads and 20 % writes at fixed rates, each step
// bounded in time. Finds the highest rate held with p99 ≤ 300 ms for reads, ≤ 500 ms for writes and
// no 5xx; then shows that past capacity the server sheds with 503 and Retry-After at once instead
// of queueing, and that it serves normally again when the load drops.
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { asRole } from './auth.ts';
import { organisationInput } from './factories.ts';

export const READ_P99_MS = 300;
export const WRITE_P99_MS = 500;

interface Step {
  rate: number;
  readP99Ms: number;
  writeP99Ms: number;
  reads: number;
  writes: number;
  serverErrors: number;
  held: boolean;
}

export interface LoadFigures {
  test: 'load';
  steps: Step[];
  highestRate: number;
  overload: { requests: number; shed503: number; sheddingShare: number; withRetryAfter: boolean; p99Ms: number; otherServerErrors: number };
  recovered: Step;
}

async function step(url: string, writeHeaders: Record<string, string>, rate: number, seconds: number): Promise<Step> {
  let n = 0;
  const reads = autocannon({ url: `${url}/api/organisations?pageSize=25`, connections: Math.max(2, Math.ceil(rate / 10)), overallRate: Math.max(1, Math.round(rate * 0.8)), duration: seconds, timeout: 10 });
  const writes = autocannon({
    url,
    connections: Math.max(1, Math.ceil(rate / 20)),
    overallRate: Math.max(1, Math.round(rate * 0.2)),
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/organisations',
        headers: { ...writeHeaders, 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(organisationInput({ name: `Load ${rate}-${(n += 1)}-${Math.random().toString(36).slice(2, 7)}` })) }),
      },
    ],
  });
  const [r, w] = await Promise.all([reads, writes]);
  const serverErrors = r['5xx'] + w['5xx'] + r.errors + w.errors + r.timeouts + w.timeouts;
  return {
    rate,
    readP99Ms: r.latency.p99,
    writeP99Ms: w.latency.p99,
    reads: r.requests.total,
    writes: w.requests.total,
    serverErrors,
    held: serverErrors === 0 && r.latency.p99 <= READ_P99_MS && w.latency.p99 <= WRITE_P99_MS,
  };
}

/** `app` must be listening on `url`. `rates`: the fixed rates tried, lowest first; `seconds` per step. */
export async function runLoad(app: FastifyInstance, url: string, options: { rates: number[]; seconds: number }): Promise<LoadFigures> {
  const admin = await asRole(app, 'admin');
  const writeHeaders = {
    cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    'x-csrf-token': admin.csrfToken,
  };
  const steps: Step[] = [];
  for (const rate of options.rates) {
    const result = await step(url, writeHeaders, rate, options.seconds);
    steps.push(result);
    if (!result.held) break;
  }
  const highestRate = Math.max(0, ...steps.filter((s) => s.held).map((s) => s.rate));

  // Far past capacity: as many connections as the client can push, no rate limit.
  const overloadResult = await autocannon({ url: `${url}/api/organisations?pageSize=25`, connections: 300, duration: options.seconds, timeout: 10 });
  const shed503 = overloadResult.statusCodeStats['503']?.count ?? 0;
  // Retry-After on a shed response: asked once more while a burst is running.
  const burst = autocannon({ url: `${url}/api/organisations?pageSize=25`, connections: 300, duration: 2, timeout: 10 });
  let withRetryAfter = false;
  for (let i = 0; i < 40 && !withRetryAfter; i += 1) {
    const response = await fetch(`${url}/api/organisations?pageSize=25`);
    if (response.status === 503) withRetryAfter = response.headers.get('retry-after') !== null;
    await response.arrayBuffer();
  }
  await burst;
  const overload = {
    requests: overloadResult.requests.total,
    shed503,
    sheddingShare: overloadResult.requests.total ? shed503 / overloadResult.requests.total : 0,
    withRetryAfter,
    p99Ms: overloadResult.latency.p99,
    otherServerErrors: overloadResult['5xx'] - shed503,
  };

  // Load drops back: the server holds its sustainable rate again.
  const recovered = await step(url, writeHeaders, Math.max(highestRate, options.rates[0]!), options.seconds);
  const figures: LoadFigures = { test: 'load', steps, highestRate, overload, recovered };
  console.log(JSON.stringify(figures));
  return figures;
}
