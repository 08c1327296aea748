import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import type { PageLoad } from './$types';

/** Filters from the URL: ?discipline=… and ?mine=1 (a representative's own groups). */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const discipline = url.searchParams.get('discipline') ?? '';
  const mine = url.searchParams.get('mine') === '1' && session.organisationId !== null;
  if (!session.can('collaboration.view')) return { discipline, mine, list: null };
  const query = { discipline, organisation: mine ? (session.organisationId ?? '') : '' };
  return { discipline, mine, list: await loaded(() => api.workingGroups.list(query, { fetch })) };
};
