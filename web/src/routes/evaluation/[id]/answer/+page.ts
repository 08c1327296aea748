import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import type { PageLoad } from './$types';

/** The wave and the representative's own organisation's answer in it (with its graph partners proposed). */
export const load: PageLoad = async ({ params, fetch, parent }) => {
  await parent();
  const organisationId = session.organisationId;
  if (!organisationId || !session.can('evaluation.answer', organisationId)) return { wave: null, answer: null };
  const [wave, answer] = await Promise.all([
    loaded(() => api.evaluation.get(params.id, { fetch })),
    loaded(() => api.evaluation.response(params.id, organisationId, { fetch })),
  ]);
  return { wave, answer };
};
