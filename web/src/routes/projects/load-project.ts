// Loads one project for a page; a missing one becomes the 404 page, other failures the error page.
import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { Project } from '$lib/types';

export async function loadProject(id: string, fetch: typeof globalThis.fetch): Promise<Project> {
  try {
    return await api.projects.get(id, { fetch });
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status === 400 ? 404 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
}
