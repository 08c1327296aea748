// The load test of issue 8 as a benchmark: a throwaway embedded Neo4j, the app on loopback, and
// autocannon at fixed rates of 80 % reads and 20 % writes. Prints JSON: each rate's p99s and
// errors, the highest rate held, what happens far past it, and the recovery after.
// Usage: npx tsx bench/load.ts [--seconds 5] [--rates 10,20,40,80,160,320]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { runLoad } from '../tests/helpers/load.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, rates: { type: 'string', default: '10,20,40,80,160,320' } } });

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-load-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: dir, heap: '1g', pageCache: '512m', log: (l) => console.error(l) });
try {
  // One client address makes every request: lift the per-address limit, or this would measure 429s.
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '100000000' }), database: neo4j });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    await runLoad(app, url, { rates: values.rates.split(',').map(Number), seconds: Number(values.seconds) });
  } finally {
    await app.close();
  }
} finally {
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
}
