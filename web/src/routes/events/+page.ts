import { api } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { readEnum } from '$lib/url';
import { EVENT_STATUSES } from '$lib/taxonomy';
import type { PageLoad } from './$types';

/** The members' events, every status (drafts first to be published), filtered by status from the URL. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const status = readEnum(url.searchParams, 'status', EVENT_STATUSES) ?? '';
  if (!session.can('collaboration.view')) return { status, list: null };
  const list = await loaded(() => api.events.list({ status, ...readPaging(url.searchParams) }, { fetch }));
  return { status, list };
};
