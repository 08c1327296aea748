import { api, type MeetingListQuery } from '$lib/api';
import { brusselsToday } from '$council-time';
import { loaded, readPaging } from '$lib/list-load';
import { session } from '$lib/session.svelte';
import { MEETING_KINDS } from '$lib/taxonomy';
import { readDate, readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

const PERIODS = ['upcoming', 'past', 'all'] as const;

/** Filters from the URL: group, kind, period (upcoming by default), dates, page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const filters = {
    periods: PERIODS,
    group: readString(params, 'group'),
    kind: readEnum(params, 'kind', MEETING_KINDS) ?? '',
    period: readEnum(params, 'period', PERIODS) ?? 'upcoming',
    from: readDate(params, 'from'),
    to: readDate(params, 'to'),
  };
  if (!session.can('collaboration.view')) return { ...filters, list: null, groups: null };
  // Upcoming: from today on, soonest first; past: until today, most recent first.
  const today = brusselsToday();
  const { group, kind, period, from, to } = filters;
  const base = { workingGroup: group, kind, ...readPaging(params) };
  const query: MeetingListQuery =
    period === 'upcoming'
      ? { ...base, from: from && from > today ? from : today, to, sort: 'date' }
      : period === 'past'
        ? { ...base, from, to: to && to < today ? to : today, sort: '-date' }
        : { ...base, from, to, sort: '-date' };
  const [list, groups] = await Promise.all([
    loaded(() => api.meetings.list(query, { fetch })),
    loaded(() => api.workingGroups.list({}, { fetch })),
  ]);
  return { ...filters, list, groups: groups.data ?? [] };
};
