// Writes the demo city's evaluation waves, after the city and its collaboration life (the answers
// follow the ties those make): one transaction per wave.
import type { Database } from '../server/repositories/database.ts';
import { NetworkRepository } from '../server/repositories/network-repository.ts';
import { createWaves, saveAnswers } from '../server/repositories/evaluation-repository.ts';
import { generateEvaluationWaves } from './evaluation-waves.ts';

export async function loadEvaluationWaves(db: Database, options: { seed?: number; until?: string } = {}, log: (line: string) => void = () => {}): Promise<void> {
  const { organisations, activities } = await new NetworkRepository(db).load({});
  // Rows in a fixed order, whatever order Neo4j reads them in: the same city gives the same answers.
  const rows = [...activities].sort((a, b) => (a.kind + a.id + a.from + a.organisations.join() < b.kind + b.id + b.from + b.organisations.join() ? -1 : 1));
  const demo = generateEvaluationWaves(organisations, rows, options);
  for (const wave of demo.waves) {
    await db.write(async (tx) => {
      await createWaves(tx, [wave]);
      await saveAnswers(tx, demo.answers.filter((a) => a.waveId === wave.id));
    });
  }
  log(`  evaluation waves ${demo.waves.length}, answers ${demo.answers.length}`);
}
