// Loads one organisation for a page; a missing one becomes the 404 page, other failures the error page.
import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { OrganisationView } from '$lib/types';

export async function loadOrganisation(idOrSlug: string, fetch: typeof globalThis.fetch): Promise<OrganisationView> {
  try {
    return await api.organisations.get(idOrSlug, { fetch });
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
}
