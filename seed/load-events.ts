// Writes the demo city's events (seed/events.ts) into Neo4j through the event repository, after the
// city (events link to its organisations and projects), in batches.
import type { Database } from '../server/repositories/database.ts';
import { createEvents } from '../server/repositories/event-repository.ts';
import type { SeedEvent } from './events.ts';
import { inBatches } from './load.ts';

export async function loadEvents(db: Database, events: readonly SeedEvent[], log: (line: string) => void = () => {}): Promise<void> {
  await inBatches(events, (batch) => db.write((tx) => createEvents(tx, batch.map(({ id, status, createdAt, ...input }) => ({ id, input, status, createdAt })))));
  log(`  events ${events.length}`);
}
