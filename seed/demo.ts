// The whole demo: the city, its collaboration life and one account per role. Used by `npm start`
// on an empty database, by `npm run seed`, and by the browser tests' server.
import type { Database } from '../server/repositories/database.ts';
import type { UserRepository } from '../server/repositories/user-repository.ts';
import { generateCollaborationLife } from './collaboration-life.ts';
import { loadDemoAccounts } from './demo-accounts.ts';
import { loadDemoGoals } from './demo-goals.ts';
import { DEFAULT_UNTIL, generateCity, type CityOptions } from './generate.ts';
import { loadCity } from './load.ts';
import { loadCollaborationLife } from './load-collaboration-life.ts';
import { loadEvaluationWaves } from './load-evaluation-waves.ts';
import { generateEvents } from './events.ts';
import { loadEvents } from './load-events.ts';

export async function loadDemo(
  db: Database,
  users: UserRepository,
  options: CityOptions = {},
  log: (line: string) => void = () => {},
): Promise<{ organisations: number; projects: number }> {
  const city = generateCity(options);
  await loadCity(db, city, log);
  await loadCollaborationLife(db, generateCollaborationLife(city, options), log);
  await loadEvaluationWaves(db, options, log);
  await loadDemoGoals(db, options.until ?? DEFAULT_UNTIL, log);
  await loadEvents(db, generateEvents(city, options), log);
  await loadDemoAccounts(users, city.organisations[0]!.id, log);
  return { organisations: city.organisations.length, projects: city.projects.length };
}
