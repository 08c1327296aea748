import { api } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { USER_ROLES } from '$lib/types';
import { readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

/** Filters from the URL: the search text, role, status (disabled or not) and page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const filters = {
    q: readString(params, 'q'),
    role: readEnum(params, 'role', USER_ROLES) ?? '',
    disabled: readEnum(params, 'disabled', ['true', 'false'] as const) ?? '',
  };
  if (!session.can('admin')) return { filters, list: null };
  return { filters, list: await loaded(() => api.users.list({ ...filters, ...readPaging(params) }, { fetch })) };
};
