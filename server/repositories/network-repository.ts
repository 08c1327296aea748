// The collaboration network: organisations and the shared activities between them, of every tie kind.
import { coAttendanceTies, TIE_MEETING_KINDS } from '../analytics/co-attendance-ties.ts';
import type { SharedActivity } from '../analytics/collaboration-ties.ts';
import { sharedMembershipTies } from '../analytics/shared-membership-ties.ts';
import { brusselsDate, COUNCIL_TIME_ZONE } from '../domain/council-time.ts';
import { TIE_KINDS, type NetworkQuery, type TieKind } from '../schemas/network.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row, Tx } from './database.ts';

const Q = requireStatements('network', ['list-network-organisations', 'list-project-ties', 'list-group-membership-spans', 'list-meeting-presence']);

export interface NetworkOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
  commune: string;
  mainDiscipline: string | null;
}

type TieParams = {
  discipline: string | null;
  from: string | null;
  to: string | null;
  today: string;
};

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Each tie kind has its own statement, so a filter on kinds runs only the ones asked for. */
const TIE_LOADERS: Record<TieKind, (tx: Tx, params: TieParams) => Promise<SharedActivity[]>> = {
  project: async (tx, params) =>
    (await tx.run(Q['list-project-ties'], params)).map((row: Row) => ({
      source: String(row.source),
      target: String(row.target),
      kind: 'project',
      count: Number(row.count),
      first: text(row.first),
      last: text(row.last),
    })),
  group: async (tx, params) => {
    const spans = (await tx.run(Q['list-group-membership-spans'], params)).map((row) => ({
      groupId: String(row.groupId),
      organisationId: String(row.organisationId),
      joinedOn: String(row.joinedOn),
      leftOn: text(row.leftOn),
    }));
    return sharedMembershipTies(spans, params, params.today);
  },
  meeting: async (tx, params) => {
    const rows = await tx.run(Q['list-meeting-presence'], { ...params, kinds: [...TIE_MEETING_KINDS], timeZone: COUNCIL_TIME_ZONE });
    return coAttendanceTies(rows.map((row) => ({ meetingId: String(row.meetingId), day: String(row.day), present: (row.present as string[]) ?? [] })));
  },
};

export class NetworkRepository {
  constructor(private readonly db: Database) {}

  async load(query: NetworkQuery): Promise<{ organisations: NetworkOrganisation[]; activities: SharedActivity[] }> {
    const params: TieParams = { discipline: query.discipline ?? null, from: query.from ?? null, to: query.to ?? null, today: brusselsDate(new Date()) };
    const kinds = query.tie?.length ? TIE_KINDS.filter((k) => query.tie!.includes(k)) : [...TIE_KINDS];
    return this.db.read(async (tx) => {
      const organisations = (await tx.run(Q['list-network-organisations'], params)) as unknown as NetworkOrganisation[];
      const activities: SharedActivity[] = [];
      for (const kind of kinds) activities.push(...(await TIE_LOADERS[kind](tx, params)));
      return { organisations, activities };
    });
  }
}
