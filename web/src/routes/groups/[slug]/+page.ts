import { loadGroup } from '../load-group';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ group: await loadGroup(params.slug, fetch) });
