// The one API client: a fetch wrapper that returns parsed JSON or throws an ApiError built from
// the RFC 9457 problem details the server sends.
import type {
  Commune,
  Discipline,
  Network,
  Organisation,
  OrganisationInput,
  OrganisationUpdate,
  Page,
  Partner,
  ProblemDetails,
  ProblemItem,
  Project,
} from './types.ts';

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

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: NETWORK_ERROR_STATUS, title: error instanceof Error ? error.message : String(error) });
}

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
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const init: RequestInit = { method, headers };
  if (options.signal) init.signal = options.signal;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await doFetch(`/api${path}`, init);
  } catch (error) {
    if (isAbort(error)) throw error;
    throw toApiError(error);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw problemFrom(response.status, response.statusText, parsed);
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
}

const id = encodeURIComponent;

export const api = {
  disciplines: (o?: RequestOptions) => request<Discipline[]>('GET', '/disciplines', undefined, o),
  communes: (o?: RequestOptions) => request<Commune[]>('GET', '/communes', undefined, o),

  organisations: {
    list: (q: OrganisationListQuery, o?: RequestOptions) =>
      request<Page<Organisation>>('GET', `/organisations${queryString({ ...q })}`, undefined, o),
    get: (idOrSlug: string, o?: RequestOptions) => request<Organisation>('GET', `/organisations/${id(idOrSlug)}`, undefined, o),
    create: (input: OrganisationInput, o?: RequestOptions) => request<Organisation>('POST', '/organisations', input, o),
    update: (orgId: string, input: OrganisationUpdate, o?: RequestOptions) =>
      request<Organisation>('PUT', `/organisations/${id(orgId)}`, input, o),
    remove: (orgId: string, version: number, o?: RequestOptions) =>
      request<void>('DELETE', `/organisations/${id(orgId)}${queryString({ version })}`, undefined, o),
    projects: (orgId: string, o?: RequestOptions) => request<Project[]>('GET', `/organisations/${id(orgId)}/projects`, undefined, o),
    partners: (orgId: string, o?: RequestOptions) => request<Partner[]>('GET', `/organisations/${id(orgId)}/partners`, undefined, o),
    /** A plain link: the browser downloads the file itself. */
    exportHref: (q: Omit<OrganisationListQuery, 'page' | 'pageSize'>) => `/api/organisations/export.csv${queryString({ ...q })}`,
    templateHref: '/api/organisations/import/template.csv',
    importPath: '/api/organisations/import',
  },

  projects: {
    list: (q: { organisation?: string; status?: string; discipline?: string; page?: number; pageSize?: number }, o?: RequestOptions) =>
      request<Page<Project>>('GET', `/projects${queryString(q)}`, undefined, o),
  },

  network: (q: NetworkQuery, o?: RequestOptions) => request<Network>('GET', `/network${queryString({ ...q })}`, undefined, o),

  docsHref: '/api/docs',
};
