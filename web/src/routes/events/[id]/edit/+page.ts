import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  try {
    return { event: await api.events.get(params.id, { fetch }) };
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status === 400 ? 404 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
};
