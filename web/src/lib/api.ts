// The one API client: a fetch wrapper that returns parsed JSON or throws an ApiError built from
// the RFC 9457 problem details the server sends. It also carries the session's CSRF token on every
// unsafe request and turns the sign-in problems (401, forced password change) into navigation,
// through the hooks the session registers.
import type {
  AuditEvent,
  AuditQuery,
  CreatedUser,
  SessionState,
  TrashItem,
  User,
  UserInput,
  UserListQuery,
  UserUpdate,
  Commune,
  Discipline,
  Network,
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationView,
  Page,
  ProblemDetails,
  ProblemItem,
  Project,
  ProjectInput,
  ProjectUpdate,
  ProjectStatus,
  WorkingGroup,
  WorkingGroupDetail,
  WorkingGroupInput,
  WorkingGroupUpdate,
  GroupMember,
  GroupMembershipInput,
  GroupMembershipUpdate,
  AttendanceTrendPoint,
  MeetingDetail,
  MeetingInput,
  MeetingListItem,
  MeetingUpdate,
  AttendanceEntry,
  AttendanceInput,
  OrganisationAttendance,
  Insight,
  InsightInput,
  InsightUpdate,
  MetricsHistory,
  MetricsStatus,
  OrganisationHistory,
  OrganisationMetricsPage,
} from './types.ts';
import type { NetworkPartner, TieModel } from './network-types.ts';
import type { Home } from '../../../server/schemas/home.ts';
import type {
  AcceptSuggestion,
  DismissSuggestion,
  PartnerSuggestionList,
  PartnerSuggestionQuery,
  SuggestionDecision,
  SuggestionFeedbackStats,
  SuggestionSubjectType,
} from './partner-suggestion-types.ts';
import type { EvaluationTrends, LatestWaveSummary, Respondent, Wave, WaveInput, WaveResponse, WaveResponseInput, WaveResults, WaveUpdate } from './types.ts';
import type { Goal, GoalDetail, GoalInput, GoalListQuery, Kpi, KpiSeries } from '../../../server/schemas/goal.ts';
import type { Event as CouncilEvent, EventInput, EventUpdate, PublicEvent } from '../../../server/schemas/event.ts';
import type { PackedNetwork } from '../../../server/schemas/network.ts';
import { unpackNetwork } from '../../../server/domain/network-wire.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: ProblemItem[];
  readonly requestId?: string;

  constructor(problem: { status: number; title: string; code?: string; detail?: string; errors?: ProblemItem[]; requestId?: string }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    if (problem.code !== undefined) this.code = problem.code;
    if (problem.detail !== undefined) this.detail = problem.detail;
    if (problem.errors !== undefined) this.errors = problem.errors;
    if (problem.requestId !== undefined) this.requestId = problem.requestId;
  }
}

/** status 0 means the request never got an answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

/**
 * An error in the page's own code (a TypeError in a form, a bug), not an answer of the server: it
 * is reported as an error of the page, never as "the server cannot be reached".
 */
export const PAGE_ERROR_STATUS = -1;
export const PAGE_ERROR_CODE = 'page-error';

/** The request never got an answer: fetch itself failed (offline, server down, blocked). */
export function networkError(cause: unknown): ApiError {
  return new ApiError({ status: NETWORK_ERROR_STATUS, title: cause instanceof Error ? cause.message : String(cause) });
}

/** Builds an ApiError from any response body; non-problem bodies still give a useful error. */
export function problemFrom(status: number, statusText: string, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'title' in body) {
    const p = body as Partial<ProblemDetails>;
    return new ApiError({
      status: typeof p.status === 'number' ? p.status : status,
      title: String(p.title),
      ...(p.code !== undefined && { code: p.code }),
      ...(p.detail !== undefined && { detail: p.detail }),
      ...(Array.isArray(p.errors) && { errors: p.errors }),
      ...(p.requestId !== undefined && { requestId: p.requestId }),
    });
  }
  return new ApiError({ status, title: statusText || `HTTP ${status}` });
}

/**
 * Any failure as an ApiError. Failures of fetch are already ApiErrors with status 0 (see `send`);
 * anything else that was thrown is a fault of the page's code and says so.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    status: PAGE_ERROR_STATUS,
    code: PAGE_ERROR_CODE,
    title: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
}

export const isPageError = (error: ApiError): boolean => error.code === PAGE_ERROR_CODE;
export const isNetworkError = (error: ApiError): boolean => error.status === NETWORK_ERROR_STATUS;

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type Query = Record<string, string | number | undefined | null>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** SvelteKit's fetch inside load functions; the global one elsewhere. */
  fetch?: typeof fetch;
  /** Leave a 401 to the caller instead of sending the visitor to the sign-in page. */
  quiet401?: boolean;
}

// ---- Session hooks: the CSRF token and what to do when the server asks for a sign-in ----

export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthHooks {
  /** The current session's CSRF token, if one was fetched. */
  csrfToken(): string | null;
  /** Fetches a fresh token (the session changed under us); resolves to it. */
  refreshCsrfToken(): Promise<string | null>;
  /** A members-only request was refused because nobody is signed in (any more). */
  unauthenticated(): void;
  /** The signed-in user must change the password before anything else. */
  passwordChangeRequired(): void;
}

let hooks: AuthHooks | null = null;

/** Called once by the session module; kept as a hook so this client stays free of UI state. */
export function registerAuthHooks(authHooks: AuthHooks): void {
  hooks = authHooks;
}

export const isUnsafeMethod = (method: string) => UNSAFE.has(method.toUpperCase());

/** Reacts to the problems every page shares; returns true when a CSRF refusal is worth one retry. */
export function handleAuthProblem(error: ApiError, options: { quiet401?: boolean } = {}): boolean {
  if (error.status === 403 && error.code === 'csrf') return true;
  if (error.status === 401 && error.code !== 'invalid-credentials' && !options.quiet401) hooks?.unauthenticated();
  if (error.status === 403 && error.code === 'password-change-required') hooks?.passwordChangeRequired();
  return false;
}

export const csrfToken = (): string | null => hooks?.csrfToken() ?? null;
export const refreshCsrfToken = (): Promise<string | null> => hooks?.refreshCsrfToken() ?? Promise.resolve(null);

async function send(method: string, path: string, body: unknown, options: RequestOptions): Promise<{ response: Response; parsed: unknown }> {
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (isUnsafeMethod(method)) {
    const token = csrfToken() ?? (await refreshCsrfToken());
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await doFetch(`/api${path}`, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw networkError(error);
  }
  if (response.status === 204) return { response, parsed: undefined };
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { response, parsed };
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  let { response, parsed } = await send(method, path, body, options);
  if (!response.ok) {
    let problem = problemFrom(response.status, response.statusText, parsed);
    if (handleAuthProblem(problem, options)) {
      // The token belonged to an older session: fetch the current one and try exactly once more.
      await refreshCsrfToken();
      ({ response, parsed } = await send(method, path, body, options));
      if (response.ok) return parsed as T;
      problem = problemFrom(response.status, response.statusText, parsed);
      handleAuthProblem(problem, options);
    }
    throw problem;
  }
  return parsed as T;
}

export interface OrganisationListQuery {
  q?: string;
  discipline?: string;
  commune?: string;
  kind?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export interface NetworkQuery {
  discipline?: string;
  from?: string;
  to?: string;
  /** Kinds of tie, comma-separated (project,group); all when empty. */
  tie?: string;
  /** Each organisation's community, betweenness and weighted degree on the filtered network. */
  metrics?: 'true';
}

export interface ProjectListQuery {
  organisation?: string;
  status?: string;
  discipline?: string;
  workingGroup?: string;
  needsPartnersIn?: string;
  page?: number;
  pageSize?: number;
}

export interface MeetingListQuery {
  workingGroup?: string;
  kind?: string;
  from?: string;
  to?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export interface InsightListQuery {
  q?: string;
  kind?: string;
  theme?: string;
  discipline?: string;
  organisation?: string;
  workingGroup?: string;
  meeting?: string;
  page?: number;
  pageSize?: number;
}

/** The subset of the network measured (all optional) and the length of a period. */
export interface MetricsFilterQuery {
  granularity?: string;
  discipline?: string;
  workingGroup?: string;
  commune?: string;
  /** Kinds of tie, comma-separated (project,group); all when empty. */
  tie?: string;
}

export interface OrganisationMetricsQuery extends MetricsFilterQuery {
  period?: string;
  q?: string;
  sort?: string;
  order?: string;
  page?: number;
  pageSize?: number;
}

/** Filters of the public calendar and the members' event list; every value travels as text. */
export interface EventListQuery {
  discipline?: string;
  commune?: string;
  organisation?: string;
  audience?: string;
  free?: string;
  from?: string;
  to?: string;
  status?: string;
  lang?: string;
  page?: number;
  pageSize?: number;
}

export interface TrashQuery {
  entityType?: string;
}

const id = encodeURIComponent;

export const api = {
  disciplines: (o?: RequestOptions) => request<Discipline[]>('GET', '/disciplines', undefined, o),
  communes: (o?: RequestOptions) => request<Commune[]>('GET', '/communes', undefined, o),
  tieKinds: (o?: RequestOptions) => request<TieModel>('GET', '/tie-kinds', undefined, o),

  events: {
    list: (q: EventListQuery, o?: RequestOptions) => request<Page<CouncilEvent>>('GET', `/events${queryString({ ...q })}`, undefined, o),
    get: (eventId: string, o?: RequestOptions) => request<CouncilEvent>('GET', `/events/${id(eventId)}`, undefined, o),
    create: (input: EventInput, o?: RequestOptions) => request<CouncilEvent>('POST', '/events', input, o),
    update: (eventId: string, input: EventUpdate, o?: RequestOptions) => request<CouncilEvent>('PUT', `/events/${id(eventId)}`, input, o),
    setStatus: (eventId: string, status: CouncilEvent['status'], version: number, o?: RequestOptions) =>
      request<CouncilEvent>('POST', `/events/${id(eventId)}/status`, { status, version }, o),
    remove: (eventId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/events/${id(eventId)}${queryString({ version })}`, undefined, o),
  },
  publicEvents: {
    list: (q: EventListQuery, o?: RequestOptions) => request<Page<PublicEvent>>('GET', `/public/events${queryString({ ...q })}`, undefined, o),
    get: (eventId: string, lang: string, o?: RequestOptions) => request<PublicEvent>('GET', `/public/events/${id(eventId)}${queryString({ lang })}`, undefined, o),
    /** A feed address to subscribe to: the calendar app fetches it itself. */
    calendarHref: (q: { discipline?: string; commune?: string; organisation?: string; lang?: string }) => `/api/public/events/calendar.ics${queryString({ ...q })}`,
  },

  organisations: {
    list: (q: OrganisationListQuery, o?: RequestOptions) =>
      request<Page<OrganisationView>>('GET', `/organisations${queryString({ ...q })}`, undefined, o),
    get: (idOrSlug: string, o?: RequestOptions) => request<OrganisationView>('GET', `/organisations/${id(idOrSlug)}`, undefined, o),
    create: (input: OrganisationInput, o?: RequestOptions) => request<Organisation>('POST', '/organisations', input, o),
    update: (orgId: string, input: OrganisationUpdate, o?: RequestOptions) =>
      request<Organisation>('PUT', `/organisations/${id(orgId)}`, input, o),
    remove: (orgId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/organisations/${id(orgId)}${queryString({ version })}`, undefined, o),
    projects: (orgId: string, o?: RequestOptions) => request<Project[]>('GET', `/organisations/${id(orgId)}/projects`, undefined, o),
    partners: (orgId: string, o?: RequestOptions) => request<NetworkPartner[]>('GET', `/organisations/${id(orgId)}/partners`, undefined, o),
    attendance: (orgId: string, o?: RequestOptions) =>
      request<OrganisationAttendance>('GET', `/organisations/${id(orgId)}/attendance`, undefined, o),
    /** A plain link: the browser downloads the file itself. */
    exportHref: (q: Omit<OrganisationListQuery, 'page' | 'pageSize'>) => `/api/organisations/export.csv${queryString({ ...q })}`,
    templateHref: '/api/organisations/import/template.csv',
    importPath: '/api/organisations/import',
  },

  projects: {
    list: (q: ProjectListQuery, o?: RequestOptions) => request<Page<Project>>('GET', `/projects${queryString({ ...q })}`, undefined, o),
    get: (projectId: string, o?: RequestOptions) => request<Project>('GET', `/projects/${id(projectId)}`, undefined, o),
    create: (input: ProjectInput, o?: RequestOptions) => request<Project>('POST', '/projects', input, o),
    update: (projectId: string, input: ProjectUpdate, o?: RequestOptions) => request<Project>('PUT', `/projects/${id(projectId)}`, input, o),
    /** One step on the board; 409 when someone changed the project since `version`. */
    setStatus: (projectId: string, status: ProjectStatus, version: number, o?: RequestOptions) =>
      request<Project>('POST', `/projects/${id(projectId)}/status`, { status, version }, o),
    remove: (projectId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/projects/${id(projectId)}${queryString({ version })}`, undefined, o),
    exportHref: (q: Omit<ProjectListQuery, 'page' | 'pageSize'>) => `/api/projects/export.csv${queryString({ ...q })}`,
    importPath: '/api/projects/import',
  },

  workingGroups: {
    list: (q: { discipline?: string; organisation?: string } = {}, o?: RequestOptions) =>
      request<WorkingGroup[]>('GET', `/working-groups${queryString({ ...q })}`, undefined, o),
    get: (ref: string, o?: RequestOptions) => request<WorkingGroupDetail>('GET', `/working-groups/${id(ref)}`, undefined, o),
    create: (input: WorkingGroupInput, o?: RequestOptions) => request<WorkingGroupDetail>('POST', '/working-groups', input, o),
    update: (groupId: string, input: WorkingGroupUpdate, o?: RequestOptions) =>
      request<WorkingGroupDetail>('PUT', `/working-groups/${id(groupId)}`, input, o),
    remove: (groupId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/working-groups/${id(groupId)}${queryString({ version })}`, undefined, o),
    addMember: (groupId: string, input: GroupMembershipInput, o?: RequestOptions) =>
      request<GroupMember>('POST', `/working-groups/${id(groupId)}/members`, input, o),
    updateMember: (groupId: string, orgId: string, input: GroupMembershipUpdate, o?: RequestOptions) =>
      request<GroupMember>('PUT', `/working-groups/${id(groupId)}/members/${id(orgId)}`, input, o),
    removeMember: (groupId: string, orgId: string, o?: RequestOptions) =>
      request<void>('DELETE', `/working-groups/${id(groupId)}/members/${id(orgId)}`, undefined, o),
    attendanceTrend: (groupId: string, o?: RequestOptions) =>
      request<AttendanceTrendPoint[]>('GET', `/working-groups/${id(groupId)}/attendance-trend`, undefined, o),
    membersCsvHref: (groupId: string) => `/api/working-groups/${id(groupId)}/members.csv`,
    membersImportPath: (groupId: string) => `/api/working-groups/${id(groupId)}/members/import`,
    /** The group's public iCalendar feed (path; calendar apps need the full address). */
    calendarPath: (groupId: string) => `/api/working-groups/${id(groupId)}/calendar.ics`,
  },

  meetings: {
    list: (q: MeetingListQuery, o?: RequestOptions) => request<Page<MeetingListItem>>('GET', `/meetings${queryString({ ...q })}`, undefined, o),
    get: (meetingId: string, o?: RequestOptions) => request<MeetingDetail>('GET', `/meetings/${id(meetingId)}`, undefined, o),
    create: (input: MeetingInput, o?: RequestOptions) => request<MeetingDetail>('POST', '/meetings', input, o),
    update: (meetingId: string, input: MeetingUpdate, o?: RequestOptions) => request<MeetingDetail>('PUT', `/meetings/${id(meetingId)}`, input, o),
    remove: (meetingId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/meetings/${id(meetingId)}${queryString({ version })}`, undefined, o),
    /** Records the given organisations' attendance in one request; the others stay as they are. */
    recordAttendance: (meetingId: string, records: AttendanceInput[], o?: RequestOptions) =>
      request<AttendanceEntry[]>('PUT', `/meetings/${id(meetingId)}/attendance`, records, o),
    confirmAttendance: (meetingId: string, record: AttendanceInput, o?: RequestOptions) =>
      request<AttendanceEntry>('POST', `/meetings/${id(meetingId)}/attendance/confirm`, record, o),
    calendarHref: (meetingId: string) => `/api/meetings/${id(meetingId)}/calendar.ics`,
    attendanceCsvHref: (meetingId: string) => `/api/meetings/${id(meetingId)}/attendance.csv`,
    attendanceImportPath: (meetingId: string) => `/api/meetings/${id(meetingId)}/attendance/import`,
    plenaryCalendarPath: '/api/meetings/calendar.ics',
  },

  insights: {
    list: (q: InsightListQuery, o?: RequestOptions) => request<Page<Insight>>('GET', `/insights${queryString({ ...q })}`, undefined, o),
    get: (insightId: string, o?: RequestOptions) => request<Insight>('GET', `/insights/${id(insightId)}`, undefined, o),
    create: (input: InsightInput, o?: RequestOptions) => request<Insight>('POST', '/insights', input, o),
    update: (insightId: string, input: InsightUpdate, o?: RequestOptions) => request<Insight>('PUT', `/insights/${id(insightId)}`, input, o),
    remove: (insightId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/insights/${id(insightId)}${queryString({ version })}`, undefined, o),
  },

  home: {
    /** The signed-in home page: the blocks of the caller's role. */
    get: (o?: RequestOptions) => request<Home>('GET', '/home', undefined, o),
    /** The partner finder's first suggestions for the representative's organisation. */
    partnerSuggestions: (orgId: string, o?: RequestOptions) =>
      request<PartnerSuggestionList>('GET', `/organisations/${id(orgId)}/partner-suggestions${queryString({ limit: 5 })}`, undefined, o),
  },

  partnerFinder: {
    suggestions: (subject: SuggestionSubjectType, subjectId: string, q: PartnerSuggestionQuery = {}, o?: RequestOptions) =>
      request<PartnerSuggestionList>('GET', `/${subject === 'project' ? 'projects' : 'organisations'}/${id(subjectId)}/partner-suggestions${queryString({ ...q })}`, undefined, o),
    accept: (subject: SuggestionSubjectType, subjectId: string, input: AcceptSuggestion, o?: RequestOptions) =>
      request<SuggestionDecision>('POST', `/${subject === 'project' ? 'projects' : 'organisations'}/${id(subjectId)}/partner-suggestions/accept`, input, o),
    dismiss: (subject: SuggestionSubjectType, subjectId: string, input: DismissSuggestion, o?: RequestOptions) =>
      request<SuggestionDecision>('POST', `/${subject === 'project' ? 'projects' : 'organisations'}/${id(subjectId)}/partner-suggestions/dismiss`, input, o),
    feedback: (o?: RequestOptions) => request<SuggestionFeedbackStats>('GET', '/partner-suggestions/feedback', undefined, o),
  },

  /**
   * The network as the map draws it (nodes and edges naming organisations by id), unpacked from the
   * compact answer; the browser's cache revalidates it with the answer's ETag (304 when unchanged).
   */
  network: async (q: NetworkQuery, o?: RequestOptions): Promise<Network> =>
    unpackNetwork(await request<PackedNetwork>('GET', `/network${queryString({ ...q })}`, undefined, o)) as Network,

  auth: {
    session: (o?: RequestOptions) => request<SessionState>('GET', '/auth/session', undefined, { ...o, quiet401: true }),
    signIn: (input: { email: string; password: string }, o?: RequestOptions) =>
      request<{ user: User }>('POST', '/auth/sign-in', input, { ...o, quiet401: true }),
    signOut: (o?: RequestOptions) => request<void>('POST', '/auth/sign-out', undefined, { ...o, quiet401: true }),
    changePassword: (input: { currentPassword: string; newPassword: string }, o?: RequestOptions) =>
      request<void>('POST', '/auth/password', input, o),
  },

  users: {
    list: (q: UserListQuery, o?: RequestOptions) => request<Page<User>>('GET', `/users${queryString({ ...q })}`, undefined, o),
    create: (input: UserInput, o?: RequestOptions) => request<CreatedUser>('POST', '/users', input, o),
    update: (userId: string, input: UserUpdate, o?: RequestOptions) => request<User>('PUT', `/users/${id(userId)}`, input, o),
    resetPassword: (userId: string, o?: RequestOptions) =>
      request<{ oneTimePassword: string }>('POST', `/users/${id(userId)}/reset-password`, undefined, o),
  },

  audit: {
    list: (q: AuditQuery, o?: RequestOptions) => request<Page<AuditEvent>>('GET', `/audit${queryString({ ...q })}`, undefined, o),
    exportHref: (q: Omit<AuditQuery, 'page' | 'pageSize'>) => `/api/audit/export.csv${queryString({ ...q })}`,
  },

  trash: {
    list: (q: TrashQuery, o?: RequestOptions) => request<TrashItem[]>('GET', `/trash${queryString({ ...q })}`, undefined, o),
    restore: (entityType: string, itemId: string, o?: RequestOptions) =>
      request<unknown>('POST', `/trash/${id(entityType)}/${id(itemId)}/restore`, undefined, o),
  },

  backupHref: '/api/admin/backup',

  metrics: {
    history: (q: MetricsFilterQuery & { from?: string; to?: string }, o?: RequestOptions) =>
      request<MetricsHistory>('GET', `/metrics${queryString({ ...q })}`, undefined, o),
    organisations: (q: OrganisationMetricsQuery, o?: RequestOptions) =>
      request<OrganisationMetricsPage>('GET', `/metrics/organisations${queryString({ ...q })}`, undefined, o),
    organisation: (orgId: string, q: { granularity?: string } = {}, o?: RequestOptions) =>
      request<OrganisationHistory>('GET', `/organisations/${id(orgId)}/metrics${queryString({ ...q })}`, undefined, o),
    status: (o?: RequestOptions) => request<MetricsStatus>('GET', '/metrics/status', undefined, o),
    recompute: (o?: RequestOptions) => request<MetricsStatus>('POST', '/metrics/recompute', {}, o),
    /** Plain links: the browser downloads the files itself, with the filters in force. */
    exportHref: (kind: 'csv' | 'json', q: MetricsFilterQuery) => `/api/metrics/export.${kind}${queryString({ ...q })}`,
    organisationsExportHref: (kind: 'csv' | 'json', q: Omit<OrganisationMetricsQuery, 'page' | 'pageSize'>) =>
      `/api/metrics/organisations/export.${kind}${queryString({ ...q })}`,
  },

  evaluation: {
    waves: (o?: RequestOptions) => request<Wave[]>('GET', '/evaluation/waves', undefined, o),
    get: (waveId: string, o?: RequestOptions) => request<Wave>('GET', `/evaluation/waves/${id(waveId)}`, undefined, o),
    create: (input: WaveInput, o?: RequestOptions) => request<Wave>('POST', '/evaluation/waves', input, o),
    update: (waveId: string, input: WaveUpdate, o?: RequestOptions) => request<Wave>('PUT', `/evaluation/waves/${id(waveId)}`, input, o),
    respondents: (waveId: string, o?: RequestOptions) => request<Respondent[]>('GET', `/evaluation/waves/${id(waveId)}/respondents`, undefined, o),
    respondentsHref: (waveId: string) => `/api/evaluation/waves/${id(waveId)}/respondents.csv`,
    response: (waveId: string, orgId: string, o?: RequestOptions) =>
      request<WaveResponse>('GET', `/evaluation/waves/${id(waveId)}/responses/${id(orgId)}`, undefined, o),
    saveResponse: (waveId: string, orgId: string, input: WaveResponseInput, o?: RequestOptions) =>
      request<void>('PUT', `/evaluation/waves/${id(waveId)}/responses/${id(orgId)}`, input, o),
    results: (waveId: string, q: EvaluationView, o?: RequestOptions) =>
      request<WaveResults>('GET', `/evaluation/waves/${id(waveId)}/results${queryString({ ...q })}`, undefined, o),
    resultsHref: (waveId: string, kind: 'csv' | 'json', q: EvaluationView) => `/api/evaluation/waves/${id(waveId)}/results.${kind}${queryString({ ...q })}`,
    trends: (q: EvaluationView, o?: RequestOptions) => request<EvaluationTrends>('GET', `/evaluation/trends${queryString({ ...q })}`, undefined, o),
    trendsHref: (kind: 'csv' | 'json', q: EvaluationView) => `/api/evaluation/trends.${kind}${queryString({ ...q })}`,
    latestSummary: (o?: RequestOptions) => request<LatestWaveSummary>('GET', '/evaluation/waves/latest/summary', undefined, o),
  },

  // Strategy (issue 12): the KPI catalogue, a KPI's series, goals and their exports.
  kpis: {
    list: (o?: RequestOptions) => request<Kpi[]>('GET', '/kpis', undefined, o),
    series: (kpi: string, q: { discipline?: string; workingGroup?: string } = {}, o?: RequestOptions) =>
      request<KpiSeries>('GET', `/kpis/${id(kpi)}${queryString({ ...q })}`, undefined, o),
  },
  goals: {
    list: (q: GoalListQuery = {}, o?: RequestOptions) => request<{ items: Goal[] }>('GET', `/goals${queryString({ ...q })}`, undefined, o),
    get: (goalId: string, o?: RequestOptions) => request<GoalDetail>('GET', `/goals/${id(goalId)}`, undefined, o),
    create: (input: GoalInput, o?: RequestOptions) => request<GoalDetail>('POST', '/goals', input, o),
    update: (goalId: string, input: GoalInput & { version: number }, o?: RequestOptions) => request<GoalDetail>('PUT', `/goals/${id(goalId)}`, input, o),
    remove: (goalId: string, version: number, o?: RequestOptions) => request<void>('DELETE', `/goals/${id(goalId)}?version=${version}`, undefined, o),
    /** Plain links: the browser downloads the files itself, with the filters in force. */
    exportHref: (kind: 'csv' | 'json', q: GoalListQuery = {}) => `/api/goals/export.${kind}${queryString({ ...q })}`,
  },

  docsHref: '/api/docs',
};

/** The view of evaluation results: respondents of one main discipline, or the members of one working group. */
export interface EvaluationView {
  discipline?: string | undefined;
  workingGroup?: string | undefined;
}
