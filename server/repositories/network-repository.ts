// The collaboration network: organisations and the shared activities between them.
import type { SharedActivity } from '../analytics/collaboration-ties.ts';
import type { NetworkQuery } from '../schemas/network.ts';
import { requireStatements } from './cypher.ts';
import type { Database } from './database.ts';

const Q = requireStatements('network', ['list-network-organisations', 'list-project-ties']);

export interface NetworkOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
  commune: string;
  mainDiscipline: string | null;
}

/** Each tie kind has its own statement, so a filter on kinds runs only the ones asked for. */
const TIE_STATEMENTS: Record<string, string> = {
  project: Q['list-project-ties'],
};

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async load(query: NetworkQuery): Promise<{ organisations: NetworkOrganisation[]; activities: SharedActivity[] }> {
    const params = { discipline: query.discipline ?? null, from: query.from ?? null, to: query.to ?? null };
    const kinds = query.tie ? [query.tie] : Object.keys(TIE_STATEMENTS);
    return this.db.read(async (tx) => {
      const organisations = (await tx.run(Q['list-network-organisations'], params)) as unknown as NetworkOrganisation[];
      const activities: SharedActivity[] = [];
      for (const kind of kinds) {
        for (const row of await tx.run(TIE_STATEMENTS[kind]!, params)) {
          activities.push({
            source: String(row.source),
            target: String(row.target),
            kind,
            count: Number(row.count),
            first: (row.first as string | null) ?? null,
            last: (row.last as string | null) ?? null,
          });
        }
      }
      return { organisations, activities };
    });
  }
}
