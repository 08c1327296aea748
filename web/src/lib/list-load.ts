// One way to load a list page: its `+page.ts` reads the filters from the URL and loads the rows in
// `load`; a refused or failed request does not become the error page but an answer the page shows
// beside its filters (with a retry), so a bad filter can be changed.
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { goto } from '$app/navigation';
import { navigating, page } from '$app/state';
import { toApiError, type ApiError } from './api.ts';
import { PAGE_SIZES } from './taxonomy.ts';
import type { Page } from './types.ts';
import { hrefWith, readInt, type QueryChanges } from './url.ts';

export type Loaded<T> = { data: T; error?: undefined } | { data?: undefined; error: ApiError };

export async function loaded<T>(fetcher: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { data: await fetcher() };
  } catch (e) {
    if (isRedirect(e) || isHttpError(e)) throw e;
    return { error: toApiError(e) };
  }
}

/** The page and page size of a paged list, read from the URL (page sizes within the offered ones). */
export function readPaging(params: URLSearchParams, defaultSize = 25): { page: number; pageSize: number } {
  return { page: readInt(params, 'page', 1), pageSize: readInt(params, 'pageSize', defaultSize, 1, Math.max(...PAGE_SIZES)) };
}

/** Which rows of the whole list one page shows; null when the list is empty. */
export function pageRange(list: Page<unknown>): { first: number; last: number; total: number } | null {
  if (list.total === 0) return null;
  const first = (list.page - 1) * list.pageSize + 1;
  return { first, last: Math.min(list.total, first + list.items.length - 1), total: list.total };
}

/**
 * Apply filter changes: the same page with the URL changed, so its `load` runs again. Changes made
 * while the previous ones still load build on them, not on the address shown. The focus and scroll
 * stay; a search text replaces the history entry instead of adding one a keystroke.
 */
export function filterBy(changes: QueryChanges): Promise<void> {
  const pending = navigating.to?.url;
  const base = pending && pending.pathname === page.url.pathname ? pending : page.url;
  return goto(hrefWith(base, changes), { keepFocus: true, noScroll: true, replaceState: 'q' in changes });
}
