import { loadProject } from '../load-project';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch, parent }) => {
  // The root layout decides first whether an anonymous visitor must sign in: no request before that.
  await parent();
  return { project: await loadProject(params.id, fetch) };
};
