import { loadMeeting } from '../../load-meeting';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ meeting: await loadMeeting(params.id, fetch) });
