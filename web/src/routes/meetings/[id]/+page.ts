import { loadMeeting } from '../load-meeting';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch, parent }) => {
  // The root layout decides first whether an anonymous visitor must sign in: no request before that.
  await parent();
  return { meeting: await loadMeeting(params.id, fetch) };
};
