import { api } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '$lib/types';
import { readDate, readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

/** Filters from the URL: person, item type and id, action, dates and page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const filters = {
    actor: readString(params, 'actor'),
    entityType: readEnum(params, 'entityType', AUDIT_ENTITY_TYPES) ?? '',
    entityId: readString(params, 'entityId'),
    action: readEnum(params, 'action', AUDIT_ACTIONS) ?? '',
    from: readDate(params, 'from'),
    to: readDate(params, 'to'),
  };
  if (!session.can('admin')) return { filters, list: null };
  return { filters, list: await loaded(() => api.audit.list({ ...filters, ...readPaging(params) }, { fetch })) };
};
