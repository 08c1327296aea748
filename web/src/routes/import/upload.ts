// Sends a CSV file to the import endpoint with XMLHttpRequest, because fetch cannot report
// upload progress.
import { ApiError, NETWORK_ERROR_STATUS, problemFrom } from '$lib/api';
import type { ImportResult } from '$lib/types';

export interface UploadOptions {
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

export function uploadCsv(url: string, file: Blob, options: UploadOptions = {}): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportResult);
      else reject(problemFrom(xhr.status, xhr.statusText, body));
    };
    xhr.onerror = () => reject(new ApiError({ status: NETWORK_ERROR_STATUS, title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));

    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
