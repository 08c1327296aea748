// Disciplines, communes and the kinds of tie with their weights: loaded once per visit and shared by every page.
import { api, toApiError, type ApiError } from './api.ts';
import { i18n } from './i18n/index.svelte.ts';
import type { Commune, Discipline } from './types.ts';
import type { TieModel } from './network-types.ts';

class ReferenceData {
  disciplines = $state.raw<Discipline[]>([]);
  communes = $state.raw<Commune[]>([]);
  /** The collaboration model's kinds of tie in the order to list them, each with its weight (GET /api/tie-kinds). */
  tieKinds = $state.raw<TieModel['kinds']>([]);
  error = $state.raw<ApiError | undefined>(undefined);
  loaded = $state(false);
  #pending: Promise<void> | null = null;

  #disciplineById = $derived(new Map(this.disciplines.map((d) => [d.id, d])));
  #communeById = $derived(new Map(this.communes.map((c) => [c.id, c])));

  /** The disciplines in the order of their names in the interface language (for pickers and forms). */
  byName = $derived([...this.disciplines].sort((a, b) => i18n.disciplineName(a).localeCompare(i18n.disciplineName(b), i18n.locale)));

  load(): Promise<void> {
    this.#pending ??= Promise.all([api.disciplines(), api.communes(), api.tieKinds()]).then(
      ([disciplines, communes, tieModel]) => {
        this.disciplines = disciplines;
        this.communes = communes;
        this.tieKinds = tieModel.kinds;
        this.error = undefined;
        this.loaded = true;
      },
      (error: unknown) => {
        this.error = toApiError(error);
        this.#pending = null; // let a later page try again
      },
    );
    return this.#pending;
  }

  discipline(id: string | null | undefined): Discipline | undefined {
    return id ? this.#disciplineById.get(id) : undefined;
  }

  commune(id: string | null | undefined): Commune | undefined {
    return id ? this.#communeById.get(id) : undefined;
  }
}

export const reference = new ReferenceData();
