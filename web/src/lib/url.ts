// Query-string helpers: every filter, sort and page lives in the URL so it can be shared.

export type QueryChanges = Record<string, string | number | null | undefined>;

/** The same path with some parameters changed; empty values are removed, `page` resets unless set. */
export function hrefWith(url: URL, changes: QueryChanges, options: { resetPage?: boolean } = {}): string {
  const params = new URLSearchParams(url.searchParams);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  if ((options.resetPage ?? true) && !('page' in changes)) params.delete('page');
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

export function readInt(params: URLSearchParams, key: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = params.get(key);
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

export function readEnum<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T | undefined {
  const raw = params.get(key);
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

export function readString(params: URLSearchParams, key: string): string {
  return params.get(key)?.trim() ?? '';
}

export function readDate(params: URLSearchParams, key: string): string {
  const raw = params.get(key) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : '';
}
