// The fixed vocabularies the dashboard offers in its selects and checkboxes. Values mirror
// server/domain/taxonomy.ts; the checks at the bottom make any drift a compile error.
import type {
  AttendanceStatus,
  Audience,
  InsightKind,
  InsightTheme,
  Locale,
  MeetingKind,
  MemberRole,
  OrganisationKind,
  OrganisationSize,
  OrganisationSort,
  PartnerRole,
  ProjectKind,
  ProjectStatus,
  Resource,
  TieKind,
} from './types.ts';

export const LOCALES = ['nl', 'fr', 'en', 'de'] as const satisfies readonly Locale[];

export const ORGANISATION_KINDS = [
  'theatre',
  'venue',
  'museum',
  'library',
  'company',
  'ensemble',
  'festival',
  'gallery',
  'collective',
  'school',
  'community-centre',
  'cinema',
  'other',
] as const satisfies readonly OrganisationKind[];

export const RESOURCES = [
  'space',
  'equipment',
  'staff',
  'volunteers',
  'funding',
  'expertise',
  'audiences',
  'communication',
] as const satisfies readonly Resource[];

export const ORGANISATION_SIZES = ['small', 'medium', 'large'] as const satisfies readonly OrganisationSize[];
export const PROJECT_KINDS = ['event', 'workshop', 'exhibition', 'performance', 'festival', 'residency', 'publication', 'other'] as const satisfies readonly ProjectKind[];
export const PROJECT_STATUSES = ['idea', 'planned', 'running', 'completed', 'cancelled'] as const satisfies readonly ProjectStatus[];
export const ORGANISATION_SORTS = ['name', '-name', 'commune', '-commune', 'founded', '-founded', 'updated', '-updated'] as const satisfies readonly OrganisationSort[];

export const AUDIENCES = [
  'general-public',
  'youth',
  'children',
  'families',
  'schools',
  'students',
  'seniors',
  'newcomers',
  'professionals',
  'artists',
  'neighbourhood',
  'people-with-disabilities',
] as const satisfies readonly Audience[];

export const PARTNER_ROLES = ['lead', 'partner'] as const satisfies readonly PartnerRole[];
export const MEMBER_ROLES = ['chair', 'secretary', 'member'] as const satisfies readonly MemberRole[];
export const MEETING_KINDS = ['working-group', 'knowledge-exchange', 'plenary'] as const satisfies readonly MeetingKind[];
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const satisfies readonly AttendanceStatus[];
export const INSIGHT_KINDS = ['success-story', 'obstacle', 'lesson-learned'] as const satisfies readonly InsightKind[];
export const TIE_KINDS = ['project', 'group', 'meeting'] as const satisfies readonly TieKind[];
/** The weight one shared activity of each kind adds to a tie (server/routes/network, GET /api/network). */
export const TIE_WEIGHTS: Record<TieKind, number> = { project: 1, group: 0.5, meeting: 0.1 };
export const INSIGHT_THEMES = [
  'audience-development',
  'funding',
  'volunteers',
  'bilingual-communication',
  'space-sharing',
  'ticketing',
  'accessibility',
  'social-media',
  'schools',
  'neighbourhood',
  'co-production',
] as const satisfies readonly InsightTheme[];

/** The board's columns, in the order of a project's life; cancelled projects are shown apart. */
export const BOARD_STATUSES = ['idea', 'planned', 'running', 'completed'] as const satisfies readonly ProjectStatus[];

/** Languages offered as checkboxes in the form; any other two-letter code can be typed in. */
export const COMMON_LANGUAGES = ['nl', 'fr', 'en', 'de', 'es', 'it', 'ar', 'tr', 'pl', 'pt'] as const;

export const PAGE_SIZES = [10, 25, 50, 100] as const;

// Exhaustiveness: each list names every value of its server type.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
const exhaustive: [
  Missing<Locale, (typeof LOCALES)[number]>,
  Missing<OrganisationKind, (typeof ORGANISATION_KINDS)[number]>,
  Missing<Resource, (typeof RESOURCES)[number]>,
  Missing<OrganisationSize, (typeof ORGANISATION_SIZES)[number]>,
  Missing<ProjectKind, (typeof PROJECT_KINDS)[number]>,
  Missing<ProjectStatus, (typeof PROJECT_STATUSES)[number]>,
  Missing<OrganisationSort, (typeof ORGANISATION_SORTS)[number]>,
  Missing<Audience, (typeof AUDIENCES)[number]>,
  Missing<PartnerRole, (typeof PARTNER_ROLES)[number]>,
  Missing<MemberRole, (typeof MEMBER_ROLES)[number]>,
  Missing<MeetingKind, (typeof MEETING_KINDS)[number]>,
  Missing<AttendanceStatus, (typeof ATTENDANCE_STATUSES)[number]>,
  Missing<InsightKind, (typeof INSIGHT_KINDS)[number]>,
  Missing<TieKind, (typeof TIE_KINDS)[number]>,
  Missing<InsightTheme, (typeof INSIGHT_THEMES)[number]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void exhaustive;
