// One way to load a list page: its `+page.ts` reads the filters from the URL and loads the rows in
// `load`; a refused or failed request does not become the error page but an answer the page shows
// beside its filters (with a retry), so a bad filter can be changed.
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { toApiError, type ApiError } from './api.ts';

export type Loaded<T> = { data: T; error?: undefined } | { data?: undefined; error: ApiError };

export async function loaded<T>(fetcher: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { data: await fetcher() };
  } catch (e) {
    if (isRedirect(e) || isHttpError(e)) throw e;
    return { error: toApiError(e) };
  }
}
