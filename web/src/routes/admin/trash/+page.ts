import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { TRASH_ENTITY_TYPES } from '$lib/types';
import { readEnum } from '$lib/url';
import type { PageLoad } from './$types';

/** The filter from the URL: the type of the deleted items. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const entityType = readEnum(url.searchParams, 'entityType', TRASH_ENTITY_TYPES) ?? '';
  if (!session.can('admin')) return { entityType, list: null };
  return { entityType, list: await loaded(() => api.trash.list({ entityType }, { fetch })) };
};
