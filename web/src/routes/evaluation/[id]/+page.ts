import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { readString } from '$lib/url';
import type { PageLoad } from './$types';

/** A wave's results for the view in the URL (discipline, workingGroup), who has not answered, and the groups to filter by. */
export const load: PageLoad = async ({ params, url, fetch, parent }) => {
  await parent();
  const view = { discipline: readString(url.searchParams, 'discipline') || undefined, workingGroup: readString(url.searchParams, 'workingGroup') || undefined };
  if (!session.can('evaluation.results')) return { view, results: null, respondents: null, groups: [] };
  const [results, respondents, groups] = await Promise.all([
    loaded(() => api.evaluation.results(params.id, view, { fetch })),
    loaded(() => api.evaluation.respondents(params.id, { fetch })),
    loaded(() => api.workingGroups.list({}, { fetch })),
  ]);
  return { view, results, respondents, groups: groups.data ?? [] };
};
