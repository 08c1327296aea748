// The home page's blocks, one method each: the representative's organisation, meetings and projects,
// the coordinator's follow-ups, the network's headline figures and the accounts at a glance.
import { COUNCIL_TIME_ZONE } from '../domain/council-time.ts';
import { HOME_RULES, profileCompleteness, quarterBounds } from '../domain/home.ts';
import type {
  AccountsSummary,
  HomeMeeting,
  HomeOrganisation,
  HomeProject,
  MeetingMissingRecords,
  NetworkFigures,
  NewMember,
  RecentImport,
  StuckProject,
} from '../schemas/home.ts';
import { requireStatements } from './cypher.ts';
import type { Database, Row } from './database.ts';

const Q = requireStatements('home', [
  'organisation-summary',
  'next-meetings',
  'pending-confirmations',
  'organisation-projects',
  'meetings-missing-records',
  'stuck-projects',
  'new-members-without-group',
  'recent-imports',
  'network-figures',
  'accounts',
]);

/** How many rows a block lists; its total says how many there are in all. */
const BLOCK_LIMIT = 8;

export interface Counted<T> {
  items: T[];
  total: number;
}

const counted = <T>(row: Row | undefined): Counted<T> => ({ items: (row?.items ?? []) as T[], total: Number(row?.total ?? 0) });

const tally = (values: unknown[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
};

export class HomeRepository {
  constructor(private readonly db: Database) {}

  /** The organisation with how complete its profile is; null when it is gone (deleted). */
  async organisation(organisationId: string): Promise<HomeOrganisation | null> {
    const row = await this.db.read((tx) => tx.one(Q['organisation-summary'], { organisationId }));
    const o = row?.organisation as Record<string, unknown> | undefined;
    if (!o) return null;
    return { id: String(o.id), slug: String(o.slug), name: String(o.name), completeness: profileCompleteness(o) };
  }

  async nextMeetings(organisationId: string): Promise<HomeMeeting[]> {
    const rows = await this.db.read((tx) => tx.run(Q['next-meetings'], { organisationId, limit: BLOCK_LIMIT }));
    return rows.map((r) => r.meeting as HomeMeeting);
  }

  async pendingConfirmations(organisationId: string): Promise<HomeMeeting[]> {
    const rows = await this.db.read((tx) =>
      tx.run(Q['pending-confirmations'], { organisationId, days: HOME_RULES.confirmationWindowDays, limit: BLOCK_LIMIT }),
    );
    return rows.map((r) => r.meeting as HomeMeeting);
  }

  async organisationProjects(organisationId: string): Promise<HomeProject[]> {
    const rows = await this.db.read((tx) => tx.run(Q['organisation-projects'], { organisationId, limit: BLOCK_LIMIT }));
    return rows.map((r) => r.project as HomeProject);
  }

  async meetingsMissingRecords(): Promise<Counted<MeetingMissingRecords>> {
    return counted(await this.db.read((tx) => tx.one(Q['meetings-missing-records'], { days: HOME_RULES.missingRecordsDays, limit: BLOCK_LIMIT })));
  }

  async stuckProjects(): Promise<Counted<StuckProject>> {
    return counted(await this.db.read((tx) => tx.one(Q['stuck-projects'], { days: HOME_RULES.stuckAfterDays, limit: BLOCK_LIMIT })));
  }

  async newMembersWithoutGroup(): Promise<Counted<NewMember>> {
    return counted(await this.db.read((tx) => tx.one(Q['new-members-without-group'], { days: HOME_RULES.newMemberDays, limit: BLOCK_LIMIT })));
  }

  async recentImports(): Promise<RecentImport[]> {
    const rows = await this.db.read((tx) => tx.run(Q['recent-imports'], { limit: 5 }));
    return rows.map((r) => ({
      requestId: String(r.requestId),
      entityType: String(r.entityType),
      at: String(r.at),
      items: Number(r.items),
      actor: (r.actorName as string | null) || (r.actorEmail as string | null) || null,
    }));
  }

  async networkFigures(today?: string): Promise<NetworkFigures> {
    const bounds = quarterBounds(today);
    const row = await this.db.read((tx) =>
      tx.one(Q['network-figures'], { ...bounds, quarterStartAt: `${bounds.quarterStart}T00:00:00[${COUNCIL_TIME_ZONE}]` }),
    );
    const n = (key: string) => Number(row?.[key] ?? 0);
    return {
      quarterStart: bounds.quarterStart,
      organisations: { value: n('organisations'), previous: n('organisationsBefore') },
      groups: { value: n('groups'), previous: n('groupsBefore') },
      ties: { value: n('ties'), previous: n('tiesBefore') },
      meetingsThisQuarter: { value: n('meetings'), previous: n('meetingsBefore') },
      projectsByStatus: tally((row?.statuses ?? []) as unknown[]),
    };
  }

  async accounts(): Promise<AccountsSummary> {
    const row = await this.db.read((tx) => tx.one(Q['accounts']));
    return {
      total: Number(row?.total ?? 0),
      byRole: tally((row?.roles ?? []) as unknown[]),
      disabled: Number(row?.disabled ?? 0),
      locked: Number(row?.locked ?? 0),
    };
  }
}
