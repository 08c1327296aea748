import { api, type ProjectListQuery } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { PROJECT_STATUSES } from '$lib/taxonomy';
import type { ProjectStatus } from '$lib/types';
import { readEnum, readString } from '$lib/url';
import type { BoardColumn } from './move';
import type { PageLoad } from './$types';

const VIEWS = ['board', 'list'] as const;
/** A board column shows its first cards; the list view has them all. */
const BOARD_PAGE = 12;

/** The view and filters from the URL: status (list only), discipline, group, organisation, page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const view = readEnum(params, 'view', VIEWS) ?? 'board';
  const filters = {
    discipline: params.get('discipline') ?? '',
    workingGroup: readString(params, 'group'),
    organisation: readString(params, 'organisation'),
  };
  const status = view === 'list' ? (readEnum(params, 'status', PROJECT_STATUSES) ?? '') : '';
  const shown = { view, status, filters, list: null, board: null, groups: [], organisation: null };
  if (!session.can('collaboration.view')) return shown;

  const rows =
    view === 'list'
      ? { list: await loaded(() => api.projects.list({ ...filters, status, ...readPaging(params) } satisfies ProjectListQuery, { fetch })), board: null }
      : {
          list: null,
          board: await loaded(async () => {
            const pages = await Promise.all(PROJECT_STATUSES.map((s) => api.projects.list({ ...filters, status: s, pageSize: BOARD_PAGE }, { fetch })));
            return Object.fromEntries(PROJECT_STATUSES.map((s, i) => [s, { items: pages[i]!.items, total: pages[i]!.total }])) as Record<ProjectStatus, BoardColumn>;
          }),
        };
  const [groups, organisation] = await Promise.all([
    loaded(() => api.workingGroups.list({}, { fetch })),
    filters.organisation ? loaded(() => api.organisations.get(filters.organisation, { fetch })) : Promise.resolve(null),
  ]);
  return { ...shown, ...rows, groups: groups.data ?? [], organisation: organisation?.data ?? null };
};
