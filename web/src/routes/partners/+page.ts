import { api } from '$lib/api';
import { loaded } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { RESOURCES } from '$lib/taxonomy';
import { readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

/**
 * The subject (an organisation or a project, from the URL; a representative's own organisation by
 * default) and the filters; its suggestions, the projects looking for partners and the feedback rates.
 */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const filters = { discipline: readString(params, 'discipline'), commune: readString(params, 'commune'), resource: readEnum(params, 'resource', RESOURCES) ?? '' };
  const project = session.can('partners.projects') ? readString(params, 'project') : '';
  const organisation = project ? '' : readString(params, 'organisation') || (session.role === 'representative' ? (session.organisationId ?? '') : '');
  const subject = project ? ({ type: 'project', id: project } as const) : organisation ? ({ type: 'organisation', id: organisation } as const) : null;
  const query = { limit: 10, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) };
  const [suggestions, projects, feedback] = await Promise.all([
    subject ? loaded(() => api.partnerFinder.suggestions(subject.type, subject.id, query, { fetch })) : null,
    session.can('partners.projects') ? api.projects.list({ pageSize: 200 }, { fetch }).then((p) => p.items, () => []) : [],
    session.can('partners.projects') ? api.partnerFinder.feedback({ fetch }).catch(() => null) : null,
  ]);
  const lookingForPartners = projects.filter((p) => p.needsPartnersIn.length > 0 && !['completed', 'cancelled'].includes(p.status));
  return { subject, filters, suggestions, projects: lookingForPartners, feedback };
};
