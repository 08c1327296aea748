import { api } from '$lib/api';
import { brusselsToday } from '$council-time';
import { i18n } from '$lib/i18n/index.svelte';
import { loaded, readPaging } from '$lib/list-load';
import { AUDIENCES } from '$lib/taxonomy';
import { readDate, readEnum, readString } from '$lib/url';
import { CALENDAR_VIEWS, viewRange } from './calendar-view';
import type { PageLoad } from './$types';

/**
 * The public calendar: list (upcoming, paged), week or month, in the visitor's language (each event
 * in its main language when it has none in the visitor's), with filters from the URL.
 */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const view = readEnum(params, 'view', CALENDAR_VIEWS) ?? 'list';
  const date = readDate(params, 'date') || brusselsToday();
  const filters = {
    discipline: readString(params, 'discipline'),
    commune: readString(params, 'commune'),
    organisation: readString(params, 'organisation'),
    audience: readEnum(params, 'audience', AUDIENCES) ?? '',
    free: params.get('free') === 'true' ? 'true' : '',
  };
  const { from, to } = viewRange(view, date);
  const paging = view === 'list' ? readPaging(params) : { page: 1, pageSize: 200 };
  const list = await loaded(() =>
    api.publicEvents.list({ ...filters, from, ...(view === 'list' ? {} : { to }), lang: i18n.locale, ...paging }, { fetch }),
  );
  return { view, date, from, to, filters, list, lang: i18n.locale };
};
