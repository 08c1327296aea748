import { loadInsight } from '../load-insight';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ insight: await loadInsight(params.id, fetch) });
