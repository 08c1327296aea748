// Measures a full backup and restore of a generated city in a throwaway embedded Neo4j.
// Prints JSON: dataset size, file size, and the time of each step (a restore into the emptied
// database, then one replacing it); `exact` says whether the canonical graph hash after the
// restores equals the one before the backup.
// Usage: npx tsx bench/backup.ts --orgs 20000
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { startEmbeddedNeo4j } from '../neo4j/embedded.ts';
import { generateCity } from '../seed/generate.ts';
import { loadCity } from '../seed/load.ts';
import { checkBackup } from '../server/domain/backup-format.ts';
import { BackupRepository, canonicalGraphHash, writableSink } from '../server/repositories/backup-repository.ts';
import { Database } from '../server/repositories/database.ts';
import { SchemaRepository } from '../server/repositories/schema-repository.ts';

const { values } = parseArgs({ options: { orgs: { type: 'string', default: '150' } } });
const organisations = Number(values.orgs);

const dir = await mkdtemp(join(tmpdir(), 'kulturrat-bench-backup-'));
const neo4j = await startEmbeddedNeo4j({ dataDir: join(dir, 'neo4j'), heap: '2g', pageCache: '1g', log: (l) => console.error(l) });
const db = new Database(neo4j);
const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
};
try {
  const schema = new SchemaRepository(db);
  await schema.migrate();
  const city = generateCity({ organisations });
  const [, loadMs] = await time(() => loadCity(db, city, (l) => console.error(l)));
  const backup = new BackupRepository(db);
  const [before, hashMs] = await time(() => canonicalGraphHash(db));

  const file = join(dir, 'backup.json');
  const backupToFile = async () => {
    const out = createWriteStream(file);
    const written = await backup.write(writableSink(out));
    out.end();
    await finished(out);
    return written;
  };
  // The first run includes Neo4j planning the statements and warming its caches; the second is
  // what a server that has been running for a while sees.
  const [counts, backupMs] = await time(backupToFile);
  const [, backupWarmMs] = await time(backupToFile);
  const { size } = await stat(file);

  await schema.deleteAllData();
  const [checked, readAndCheckMs] = await time(async () => checkBackup(JSON.parse(await readFile(file, 'utf8'))));
  if ('errors' in checked) throw new Error(`The backup does not check: ${checked.errors[0]?.message}`);
  const [, restoreMs] = await time(() => backup.restore(checked.backup, { replace: false }));
  const [, restoreReplaceMs] = await time(() => backup.restore(checked.backup, { replace: true }));
  const after = await canonicalGraphHash(db);

  console.log(
    JSON.stringify(
      {
        dataset: { organisations: city.organisations.length, projects: city.projects.length, ...counts },
        fileMiB: +(size / 1024 / 1024).toFixed(1),
        loadMs,
        hashMs,
        backupMs,
        backupWarmMs,
        readAndCheckMs,
        restoreMs,
        restoreReplaceMs,
        exact: before === after,
        heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  await db.close();
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
}
