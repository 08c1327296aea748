import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { readEnum, readString } from '$lib/url';
import { GOAL_STATUSES } from './goal-view';
import type { PageLoad } from './$types';

/** The goals with the filters of the URL (status, KPI), and the KPI catalogue for the filter. */
export const load: PageLoad = async ({ fetch, parent, url }) => {
  await parent();
  const status = readEnum(url.searchParams, 'status', GOAL_STATUSES);
  const kpi = readString(url.searchParams, 'kpi') || undefined;
  const query = { ...(status ? { status } : {}), ...(kpi ? { kpi } : {}) };
  const [goals, kpis] = await Promise.all([loaded(() => api.goals.list(query, { fetch })), loaded(() => api.kpis.list({ fetch }))]);
  return { query, goals, kpis };
};
