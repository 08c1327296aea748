// The fixed vocabularies the dashboard offers in its selects and checkboxes. The council's own
// vocabularies come from server/domain/taxonomy.ts (pure, shared); only lists that are the
// dashboard's own choices (sort orders it offers, board columns, page sizes…) are written here.
import type { OrganisationSort, ProjectStatus } from './types.ts';

export {
  LOCALES,
  ORGANISATION_KINDS,
  RESOURCES,
  ORGANISATION_SIZES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  AUDIENCES,
  PARTNER_ROLES,
  MEMBER_ROLES,
  MEETING_KINDS,
  ATTENDANCE_STATUSES,
  INSIGHT_KINDS,
  INSIGHT_THEMES,
  EVENT_STATUSES,
  PUBLIC_EVENT_STATUSES,
  PROMOTION_CHANNELS,
} from '../../../server/domain/taxonomy.ts';

export const ORGANISATION_SORTS = ['name', '-name', 'commune', '-commune', 'founded', '-founded', 'updated', '-updated'] as const satisfies readonly OrganisationSort[];

/** The board's columns, in the order of a project's life; cancelled projects are shown apart. */
export const BOARD_STATUSES = ['idea', 'planned', 'running', 'completed'] as const satisfies readonly ProjectStatus[];

/** Languages offered as checkboxes in the form; any other two-letter code can be typed in. */
export const COMMON_LANGUAGES = ['nl', 'fr', 'en', 'de', 'es', 'it', 'ar', 'tr', 'pl', 'pt'] as const;

export const PAGE_SIZES = [10, 25, 50, 100] as const;

// Exhaustiveness: each list the dashboard writes itself names every value of its server type.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : { missing: Exclude<All, Listed> };
const exhaustive: [Missing<OrganisationSort, (typeof ORGANISATION_SORTS)[number]>] = [true];
void exhaustive;
