// The shapes the API sends and accepts. Types only: they come from the server's TypeBox schemas,
// so a change there is a compile error here rather than a surprise in the browser.
import type {
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationFilter,
  Partner,
  ImportResult,
} from '../../../server/schemas/organisation.ts';
import type { Project } from '../../../server/schemas/project.ts';
import type { Network, NetworkNode, NetworkEdge } from '../../../server/schemas/network.ts';
import type { ProblemDetails } from '../../../server/schemas/common.ts';
import type {
  Locale,
  LocalisedText,
  Discipline,
  Commune,
  ORGANISATION_KINDS,
  ORGANISATION_SIZES,
  RESOURCES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  AUDIENCES,
} from '../../../server/domain/taxonomy.ts';
import type { ORGANISATION_SORTS } from '../../../server/schemas/organisation.ts';

export type {
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationFilter,
  Partner,
  ImportResult,
  Project,
  Network,
  NetworkNode,
  NetworkEdge,
  ProblemDetails,
  Locale,
  LocalisedText,
  Discipline,
  Commune,
};

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];
export type Resource = (typeof RESOURCES)[number];
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type ProblemItem = NonNullable<ProblemDetails['errors']>[number];
