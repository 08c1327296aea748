import { api } from '$lib/api';
import { loaded, readPaging } from '$lib/list-load';
import { ORGANISATION_KINDS, ORGANISATION_SORTS } from '$lib/taxonomy';
import { readEnum, readString } from '$lib/url';
import type { PageLoad } from './$types';

/** Filters from the URL: the search text, discipline, commune, kind, sort and page. */
export const load: PageLoad = async ({ url, fetch, parent }) => {
  await parent();
  const params = url.searchParams;
  const sort = readEnum(params, 'sort', ORGANISATION_SORTS) ?? 'name';
  const filters = {
    q: readString(params, 'q'),
    discipline: params.get('discipline') ?? '',
    commune: params.get('commune') ?? '',
    kind: readEnum(params, 'kind', ORGANISATION_KINDS) ?? '',
    sort: sort === 'name' ? '' : sort,
  };
  const list = await loaded(() => api.organisations.list({ ...filters, ...readPaging(params) }, { fetch }));
  return { filters, sort, list };
};
