// npm run seed -- [--orgs N] [--seed S] [--years Y] [--until YYYY-MM-DD] [--replace] [--json FILE]
// Loads a generated demo (city, collaboration life, one account per role) into the configured Neo4j,
// or writes the generated data as JSON. A database that holds data is refused unless --replace
// says to delete it first.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connect } from '../server/cli/connect.ts';
import { SchemaRepository } from '../server/repositories/schema-repository.ts';
import { UserRepository } from '../server/repositories/user-repository.ts';
import { generateCollaborationLife } from './collaboration-life.ts';
import { loadDemo } from './demo.ts';
import { generateCity, type CityOptions } from './generate.ts';

const say = (line: string) => process.stdout.write(`[seed] ${line}\n`);

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '150' },
    seed: { type: 'string', default: '2024' },
    years: { type: 'string', default: '3' },
    until: { type: 'string' },
    replace: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const started = Date.now();
  const options: CityOptions = {
    organisations: Number(values.orgs),
    seed: Number(values.seed),
    years: Number(values.years),
    ...(values.until ? { until: values.until } : {}),
  };
  if (values.json) {
    const city = generateCity(options);
    await writeFile(values.json, JSON.stringify({ ...city, ...generateCollaborationLife(city, options) }, null, 2));
    say(`Generated ${city.organisations.length} organisations and written to ${values.json}.`);
    return;
  }
  const { db, close } = await connect(say);
  try {
    const schema = new SchemaRepository(db);
    await schema.migrate(say);
    if (!(await schema.isEmpty())) {
      if (!values.replace) throw new Error('The database already holds data. Run again with --replace to delete it and load the generated city.');
      say('Deleting the existing data (--replace)…');
      await schema.deleteAllData();
    }
    const loaded = await loadDemo(db, new UserRepository(db), options, say);
    say(`Loaded ${loaded.organisations} organisations and ${loaded.projects} projects in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
