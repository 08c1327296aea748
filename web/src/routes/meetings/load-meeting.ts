// Loads one meeting for a page; a missing one becomes the 404 page, other failures the error page.
import { error } from '@sveltejs/kit';
import { api, ApiError } from '$lib/api';
import type { MeetingDetail } from '$lib/types';

export async function loadMeeting(id: string, fetch: typeof globalThis.fetch): Promise<MeetingDetail> {
  try {
    return await api.meetings.get(id, { fetch });
  } catch (e) {
    if (e instanceof ApiError) error(e.status === 0 ? 503 : e.status === 400 ? 404 : e.status, { message: e.detail ?? e.title, status: e.status });
    throw e;
  }
}
