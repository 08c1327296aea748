import { loadOrganisation } from '../../load-organisation';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ organisation: await loadOrganisation(params.slug, fetch) });
