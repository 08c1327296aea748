import { api } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { INSIGHT_KINDS, INSIGHT_THEMES } from '$lib/taxonomy';
import { readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

/** Filters from the URL: the search text, kind, theme, discipline, group, organisation, page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const filters = {
    q: readString(params, 'q'),
    kind: readEnum(params, 'kind', INSIGHT_KINDS) ?? '',
    theme: readEnum(params, 'theme', INSIGHT_THEMES) ?? '',
    discipline: params.get('discipline') ?? '',
    group: readString(params, 'group'),
    organisation: readString(params, 'organisation'),
  };
  if (!session.can('collaboration.view')) return { ...filters, list: null, groups: null };
  const { q, kind, theme, discipline, group, organisation } = filters;
  const query = {
    q, kind, theme, discipline, workingGroup: group, organisation,
    ...readPaging(params, 10),
  };
  const [list, groups] = await Promise.all([
    loaded(() => api.insights.list(query, { fetch })),
    loaded(() => api.workingGroups.list({}, { fetch })),
  ]);
  return { ...filters, list, groups: groups.data ?? [] };
};
