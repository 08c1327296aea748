// npm run backup -- [--out FILE]
// Writes a full backup of the configured Neo4j to FILE (default kulturrat-backup-YYYY-MM-DD.json;
// "-" for standard output). The file appears only when the backup is complete.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { BackupRepository, writableSink } from '../repositories/backup-repository.ts';
import { connect } from './connect.ts';

// Messages go to standard error, so that "--out -" leaves standard output to the backup alone.
const say = (line: string) => process.stderr.write(`[backup] ${line}\n`);

const { values } = parseArgs({ options: { out: { type: 'string' } } });

async function main(): Promise<void> {
  const started = Date.now();
  const out = values.out ?? `kulturrat-backup-${new Date().toISOString().slice(0, 10)}.json`;
  const connection = await connect(say);
  try {
    const backup = new BackupRepository(connection.db);
    if (out === '-') {
      const counts = await backup.write(writableSink(process.stdout));
      say(`${counts.nodes} nodes and ${counts.relationships} relationships written in ${Date.now() - started} ms.`);
      return;
    }
    const partial = `${out}.partial`;
    const file = createWriteStream(partial);
    try {
      const counts = await backup.write(writableSink(file));
      file.end();
      await finished(file);
      await rename(partial, out);
      const { size } = await stat(out);
      say(`${counts.nodes} nodes and ${counts.relationships} relationships (${(size / 1024 / 1024).toFixed(1)} MiB) written to ${out} in ${Date.now() - started} ms.`);
    } catch (error) {
      file.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
