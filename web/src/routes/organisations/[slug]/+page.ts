import { api } from '$lib/api';
import { loadOrganisation } from '../load-organisation';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
  const organisation = await loadOrganisation(params.slug, fetch);
  // Streamed: the profile shows at once, projects and partners fill in when they arrive.
  const projects = api.organisations.projects(organisation.id, { fetch });
  const partners = api.organisations.partners(organisation.id, { fetch });
  projects.catch(() => {});
  partners.catch(() => {});
  return { organisation, projects, partners };
};
