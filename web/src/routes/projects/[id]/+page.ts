import { loadProject } from '../load-project';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({ project: await loadProject(params.id, fetch) });
