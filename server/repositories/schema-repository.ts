// Migrations (constraints, indexes), the fixed taxonomy, and the "is this graph empty?" question.
import { DISCIPLINES } from '../domain/taxonomy.ts';
import { cypher, migrationFiles, requireStatements } from './cypher.ts';
import type { Database } from './database.ts';

const Q = requireStatements('schema', ['list-migrations', 'record-migration', 'count-nodes', 'ensure-disciplines', 'delete-all-data']);

export class SchemaRepository {
  constructor(private readonly db: Database) {}

  /** Applies the numbered migrations not yet recorded; each statement is idempotent (IF NOT EXISTS). */
  async migrate(log: (line: string) => void = () => {}): Promise<string[]> {
    const applied = new Set(
      (await this.db.read((tx) => tx.run(Q['list-migrations']))).map((r) => String(r.id)),
    );
    const done: string[] = [];
    for (const migration of migrationFiles()) {
      if (applied.has(migration.id)) continue;
      log(`Applying migration ${migration.id}`);
      for (const statement of migration.statements) await this.db.runAutoCommit(statement);
      await this.db.write((tx) => tx.run(Q['record-migration'], { id: migration.id }));
      done.push(migration.id);
    }
    await this.db.write((tx) =>
      tx.run(Q['ensure-disciplines'], { disciplines: DISCIPLINES.map((d, rank) => ({ ...d, rank })) }),
    );
    return done;
  }

  /** Deletes all data but migrations and the taxonomy. Callers must have an explicit reason. */
  async deleteAllData(): Promise<void> {
    await this.db.runAutoCommit(cypher(Q['delete-all-data']));
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.read((tx) => tx.one(Q['count-nodes']));
    return Number(row?.count ?? 0) === 0;
  }
}
