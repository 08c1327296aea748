// Loads one working group for a page; a missing one becomes the 404 page, other failures the error page.
import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { WorkingGroupDetail } from '$lib/types';

export async function loadGroup(ref: string, fetch: typeof globalThis.fetch): Promise<WorkingGroupDetail> {
  try {
    return await api.workingGroups.get(ref, { fetch });
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
}
