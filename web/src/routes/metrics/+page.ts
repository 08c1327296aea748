import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { PAGE_SIZES } from '$lib/taxonomy';
import { filterQuery, readFilters, readTable } from './metrics-view';
import type { PageLoad } from './$types';

/**
 * Filters from the URL (granularity, discipline, working group, commune, tie kinds, period) and the
 * organisation table's search, sort and page. The table shows the chosen period, else the latest.
 */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const filters = readFilters(url.searchParams);
  const table = readTable(url.searchParams, PAGE_SIZES);
  if (!session.can('metrics.view')) return { filters, table, history: null, organisations: null, groups: [] };
  const query = filterQuery(filters);
  const [history, groups] = await Promise.all([
    loaded(() => api.metrics.history(query, { fetch })),
    loaded(() => api.workingGroups.list({}, { fetch })),
  ]);
  const periods = history.data?.periods ?? [];
  // A period of the other granularity (or one no longer there) falls back to the latest.
  const period = periods.some((p) => p.period === filters.period) ? filters.period : (periods.at(-1)?.period ?? '');
  const organisations = period
    ? await loaded(() => api.metrics.organisations({ ...query, period, q: table.q, sort: table.sort, order: table.order, page: table.page, pageSize: table.pageSize }, { fetch }))
    : null;
  return { filters: { ...filters, period }, table, history, organisations, groups: groups.data ?? [] };
};
