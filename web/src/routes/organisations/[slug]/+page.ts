import { api } from '$lib/api';
import { session } from '$lib/session.svelte';
import { loadOrganisation } from '../load-organisation';
import type { OrganisationAttendance, Project, WorkingGroup } from '$lib/types';
import type { NetworkPartner } from '$lib/network-types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
  const [organisation] = await Promise.all([loadOrganisation(params.slug, fetch), session.load(false, fetch)]);
  // Projects and partners are for members; the public directory shows the profile alone.
  if (!session.can('organisation.partners')) {
    return {
      organisation,
      projects: null as Promise<Project[]> | null,
      partners: null as Promise<NetworkPartner[]> | null,
      groups: null as Promise<WorkingGroup[]> | null,
      attendance: null as Promise<OrganisationAttendance> | null,
    };
  }
  // Streamed: the profile shows at once; projects, partners, groups and attendance fill in when they arrive.
  const projects = api.organisations.projects(organisation.id, { fetch });
  const partners = api.organisations.partners(organisation.id, { fetch });
  const groups = api.workingGroups.list({ organisation: organisation.id }, { fetch });
  const attendance = api.organisations.attendance(organisation.id, { fetch });
  for (const pending of [projects, partners, groups, attendance]) pending.catch(() => {});
  return { organisation, projects, partners, groups, attendance };
};
