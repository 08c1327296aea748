// Sends a CSV file to the import endpoint with XMLHttpRequest, because fetch cannot report
// upload progress. Like every write it carries the session's CSRF token, and a refusal of a stale
// token is retried once with a fresh one.
import { ApiError, CSRF_HEADER, NETWORK_ERROR_STATUS, csrfToken, handleAuthProblem, problemFrom, refreshCsrfToken } from '$lib/api';

export interface UploadOptions {
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

export async function uploadCsv<T>(url: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  try {
    return await send<T>(url, file, options, csrfToken() ?? (await refreshCsrfToken()));
  } catch (error) {
    if (!(error instanceof ApiError) || !handleAuthProblem(error)) throw error;
    const retried = await send<T>(url, file, options, await refreshCsrfToken()).catch((again: unknown) => {
      if (again instanceof ApiError) handleAuthProblem(again);
      throw again;
    });
    return retried;
  }
}

function send<T>(url: string, file: Blob, options: UploadOptions, token: string | null): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.responseType = 'text';

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(problemFrom(xhr.status, xhr.statusText, body));
    };
    xhr.onerror = () => reject(new ApiError({ status: NETWORK_ERROR_STATUS, title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));

    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
