// Reactive state of one async request that can be re-run (filters changed) and cancelled: the
// previous data stays visible while the next request runs, a stale answer is never shown.
import { ApiError, isAbort, toApiError } from './api.ts';

export class Loader<T> {
  data = $state.raw<T | undefined>(undefined);
  error = $state.raw<ApiError | undefined>(undefined);
  loading = $state(false);
  #controller: AbortController | null = null;

  load(fetcher: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    return fetcher(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        this.data = data;
        this.error = undefined;
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        this.error = toApiError(error);
      },
    ).finally(() => {
      if (this.#controller === controller) {
        this.#controller = null;
        this.loading = false;
      }
    });
  }

  abort(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.loading = false;
  }
}
