// The collaboration network as read from the graph: organisations and dated activity rows of every
// tie kind, never summed across time. The ties are composed in server/analytics/collaboration-network.ts.
import { TIE_KINDS, TIE_MEETING_KINDS, type ActivityRow, type TieKind } from '../analytics/collaboration-network.ts';
import { brusselsDate, COUNCIL_TIME_ZONE } from '../domain/council-time.ts';
import { NotFoundError } from '../domain/errors.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row, Tx } from './database.ts';
import { readDataVersion } from './data-version-repository.ts';

const Q = requireStatements('network', [
  'list-network-organisations',
  'list-project-activities',
  'list-group-membership-spans',
  'list-meeting-presence',
  'list-partner-project-activities',
  'list-partner-group-memberships',
  'list-partner-meeting-presence',
  'list-organisation-refs',
]);

export interface NetworkOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
  commune: string;
  mainDiscipline: string | null;
}

export interface OrganisationRef {
  id: string;
  slug: string;
  name: string;
  mainDiscipline: string | null;
}

/** What the network is read with: a discipline, a period and the kinds of tie, each optional. */
export interface NetworkFilter {
  discipline?: string | null;
  from?: string | null;
  to?: string | null;
  tie?: readonly TieKind[] | null;
}

type Params = Record<string, unknown>;

/** The statement reading each kind's rows, for the whole network and for one organisation's partners. */
const STATEMENTS: Record<TieKind, { network: string; partners: string }> = {
  project: { network: Q['list-project-activities'], partners: Q['list-partner-project-activities'] },
  group: { network: Q['list-group-membership-spans'], partners: Q['list-partner-group-memberships'] },
  meeting: { network: Q['list-meeting-presence'], partners: Q['list-partner-meeting-presence'] },
};

const activityRows = (kind: TieKind, rows: Row[]): ActivityRow[] =>
  rows.map((row) => ({
    kind,
    id: String(row.id),
    from: String(row.from),
    to: String(row.to),
    organisations: (row.organisations as string[] | null) ?? [],
  }));

/** The parameters every statement may use; each takes the ones it names. */
const commonParams = (): Params => ({
  today: brusselsDate(new Date()),
  kinds: [...TIE_MEETING_KINDS],
  timeZone: COUNCIL_TIME_ZONE,
});

async function readRows(tx: Tx, kinds: readonly TieKind[], statement: 'network' | 'partners', params: Params): Promise<ActivityRow[]> {
  const rows: ActivityRow[] = [];
  // Each kind has its own statement, so a filter on kinds runs only the ones asked for.
  for (const kind of kinds) rows.push(...activityRows(kind, await tx.run(STATEMENTS[kind][statement], params)));
  return rows;
}

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  /** The version of the data the network is read from (see data-version-repository.ts): for the answer's ETag. */
  dataVersion(): Promise<string> {
    return this.db.read(readDataVersion);
  }

  /**
   * The organisations (of the discipline) and the rows of the kinds asked for that touch the period,
   * among those organisations only.
   */
  async load(filter: NetworkFilter): Promise<{ organisations: NetworkOrganisation[]; activities: ActivityRow[] }> {
    const params = { ...commonParams(), discipline: filter.discipline ?? null, from: filter.from ?? null, to: filter.to ?? null };
    const kinds = filter.tie?.length ? TIE_KINDS.filter((k) => filter.tie!.includes(k)) : TIE_KINDS;
    return this.db.read(async (tx) => {
      const organisations = (await tx.run(Q['list-network-organisations'], params)) as unknown as NetworkOrganisation[];
      const activities = await readRows(tx, kinds, 'network', params);
      return { organisations, activities };
    });
  }

  /**
   * Every row of every kind one organisation took part in (with the others taking part), and the
   * organisations of those rows in name order. Not found when the organisation is not there or in the trash.
   */
  async partnerRows(organisationId: string): Promise<{ organisations: OrganisationRef[]; activities: ActivityRow[] }> {
    return this.db.read(async (tx) => {
      const activities = await readRows(tx, TIE_KINDS, 'partners', { ...commonParams(), id: organisationId });
      const ids = new Set([organisationId, ...activities.flatMap((a) => a.organisations)]);
      const organisations = (await tx.run(Q['list-organisation-refs'], { ids: [...ids] })) as unknown as OrganisationRef[];
      if (!organisations.some((o) => o.id === organisationId)) throw new NotFoundError('Organisation');
      return { organisations, activities };
    });
  }
}
