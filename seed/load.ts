// Writes a generated city into Neo4j through the repositories, in batches, with progress.
import type { Database } from '../server/repositories/database.ts';
import { createMany } from '../server/repositories/organisation-repository.ts';
import { createProjects, projectRow } from '../server/repositories/project-repository.ts';
import type { OrganisationInput } from '../server/schemas/organisation.ts';
import type { ProjectInput } from '../server/schemas/project.ts';
import { markDataChanged } from '../server/repositories/data-version-repository.ts';

export interface City {
  organisations: (OrganisationInput & { id: string })[];
  projects: (ProjectInput & { id: string })[];
}

const BATCH = 2000;

/** Writes `items` a batch per transaction, so a 20 000-organisation city needs no giant transaction. */
export async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<void>, report: (done: number) => void = () => {}): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    await write(items.slice(start, start + BATCH));
    report(Math.min(start + BATCH, items.length));
  }
}

/** Loads organisations first (projects link to them); each batch is one transaction. */
export async function loadCity(db: Database, city: City, log: (line: string) => void = () => {}): Promise<void> {
  const { organisations, projects } = city;
  await inBatches(
    organisations,
    (batch) => db.write(async (tx) => void (await createMany(tx, batch.map(({ id, ...input }) => ({ id, input }))))),
    (done) => log(`  organisations ${done}/${organisations.length}`),
  );
  await inBatches(
    projects,
    (batch) => db.write((tx) => createProjects(tx, batch.map(({ id, ...input }) => projectRow(id, input)))),
    (done) => log(`  projects ${done}/${projects.length}`),
  );
  // Written without audit events: the data version says the data changed (cached networks are stale).
  await db.write(markDataChanged);
}
