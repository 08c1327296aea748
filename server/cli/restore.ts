// npm run restore -- FILE [--replace]
// Restores a backup into the configured Neo4j. The file is checked whole before anything is
// written; a database holding council data is refused unless --replace says to delete it first.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkBackup } from '../domain/backup-format.ts';
import { BackupRepository } from '../repositories/backup-repository.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';
import { connect } from './connect.ts';

const say = (line: string) => process.stdout.write(`[restore] ${line}\n`);

const { values, positionals } = parseArgs({ options: { replace: { type: 'boolean', default: false } }, allowPositionals: true });

async function main(): Promise<void> {
  const started = Date.now();
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('Usage: npm run restore -- FILE [--replace]');
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a readable JSON file: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
  }
  const checked = checkBackup(document);
  if ('errors' in checked) {
    const more = checked.total > checked.errors.length ? `\n  … and ${checked.total - checked.errors.length} more` : '';
    throw new Error(`${file} was not restored, nothing was written:\n  ${checked.errors.map((e) => e.message).join('\n  ')}${more}`);
  }
  say(`${file}: ${checked.backup.nodeCount} nodes and ${checked.backup.relationshipCount} relationships, checked.`);

  const connection = await connect(say);
  try {
    // Constraints and indexes first: the restore finds nodes by id through them.
    const schema = new SchemaRepository(connection.db);
    await schema.migrate(say);
    const counts = await new BackupRepository(connection.db).restore(checked.backup, { replace: values.replace, log: say });
    // A backup from an older version lacks later migrations; apply them as a start-up would.
    await schema.migrate(say);
    say(`Restored ${counts.nodes} nodes and ${counts.relationships} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
