// The plain inputs of the partner finder. Adapters (Cypher rows, the tie model, the demo-city
// generator) fill these; nothing here knows where they come from.

export interface SuggestionOrganisation {
  id: string;
  name: string;
  /** The first one is the main discipline. */
  disciplines: readonly string[];
  commune: string | null;
  languages: readonly string[];
  audiences: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
  deleted?: boolean;
}

/** One collaboration tie as the tie model gives it; `kinds.project` > 0 makes the two partners. */
export interface DatedTie {
  source: string;
  target: string;
  weight: number;
  kinds: Readonly<Record<string, number>>;
  /** YYYY-MM-DD of the first and last shared activity. */
  first: string | null;
  last: string | null;
}

export interface GroupMembership {
  organisationId: string;
  groupId: string;
  groupName: string;
}

/** How many (non-plenary) meetings two organisations were both present at. */
export interface MeetingCoAttendance {
  source: string;
  target: string;
  meetings: number;
}

/** A past joint project: the main discipline of each partner, one entry per partner (repeats kept). */
export interface ProjectDisciplines {
  partnerDisciplines: readonly string[];
}

/** `organisationId` (or a project id) said no to `candidateId`: never suggest it to them again. */
export interface DismissedPair {
  organisationId: string;
  candidateId: string;
}

export interface SuggestionData {
  organisations: readonly SuggestionOrganisation[];
  ties: readonly DatedTie[];
  memberships?: readonly GroupMembership[];
  coAttendance?: readonly MeetingCoAttendance[];
  projects?: readonly ProjectDisciplines[];
  dismissed?: readonly DismissedPair[];
  /** YYYY-MM-DD the recency decay counts from; the newest tie's last day when absent. */
  today?: string;
}
