import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { readString } from '$lib/url';
import type { PageLoad } from './$types';

/** Each score over the closed waves, for the view in the URL. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const view = { discipline: readString(url.searchParams, 'discipline') || undefined, workingGroup: readString(url.searchParams, 'workingGroup') || undefined };
  if (!session.can('evaluation.results')) return { view, trends: null, groups: [] };
  const [trends, groups] = await Promise.all([loaded(() => api.evaluation.trends(view, { fetch })), loaded(() => api.workingGroups.list({}, { fetch }))]);
  return { view, trends, groups: groups.data ?? [] };
};
