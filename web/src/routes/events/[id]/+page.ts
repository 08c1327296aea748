import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import { i18n } from '$lib/i18n/index.svelte';
import type { PageLoad } from './$types';

/** An event's public page: published (or cancelled, postponed) events only, in the visitor's language. */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    return { event: await api.publicEvents.get(params.id, i18n.locale, { fetch }), lang: i18n.locale };
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status === 400 ? 404 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
};
