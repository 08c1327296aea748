// npm run seed -- [--orgs N] [--seed S] [--years Y] [--replace] [--json FILE]
// Loads a generated city into the configured Neo4j (or writes it as JSON). A database that holds
// data is refused unless --replace says to delete it first.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { openNeo4jTarget } from '../server/neo4j-target.ts';
import { Database } from '../server/repositories/database.ts';
import { SchemaRepository } from '../server/repositories/schema-repository.ts';
import { generateCity } from './generate.ts';
import { loadCity } from './load.ts';

const say = (line: string) => process.stdout.write(`[seed] ${line}\n`);

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '150' },
    seed: { type: 'string', default: '2024' },
    years: { type: 'string', default: '3' },
    replace: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const started = Date.now();
  const city = generateCity({ organisations: Number(values.orgs), seed: Number(values.seed), years: Number(values.years) });
  say(`Generated ${city.organisations.length} organisations and ${city.projects.length} projects in ${Date.now() - started} ms.`);
  if (values.json) {
    await writeFile(values.json, JSON.stringify(city, null, 2));
    say(`Written to ${values.json}.`);
    return;
  }
  if (existsSync('.env')) process.loadEnvFile('.env');
  const neo4j = await openNeo4jTarget(loadConfig(process.env), say);
  const db = new Database(neo4j.target);
  try {
    const schema = new SchemaRepository(db);
    await schema.migrate(say);
    if (!(await schema.isEmpty())) {
      if (!values.replace) throw new Error('The database already holds data. Run again with --replace to delete it and load the generated city.');
      say('Deleting the existing data (--replace)…');
      await schema.deleteAllData();
    }
    await loadCity(db, city, say);
    say(`Loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
