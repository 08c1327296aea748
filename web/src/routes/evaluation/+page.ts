import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import type { PageLoad } from './$types';

/** The waves (a representative: those asking its organisation, with its own answer state). */
export const load: PageLoad = async ({ fetch, parent }) => {
  await parent();
  if (!session.can('evaluation.view')) return { waves: null };
  return { waves: await loaded(() => api.evaluation.waves({ fetch })) };
};
