// The KPI catalogue: what a strategy goal can measure. Each KPI is a pure definition (its id, unit,
// which way is better, which source reads it); each source is one reader that answers a KPI's series
// for a filter. Sources are registered, so a new source (the evaluation waves) adds its KPIs in a
// few lines without touching the others.

/** A subset of the council a KPI is measured on; none given is the whole council. */
export interface KpiFilter {
  discipline?: string;
  groupId?: string;
}

/**
 * One figure of a KPI's series. `at` is the day the figure stands for (a quarter's last day, today
 * for the quarter under way, a wave's close); `from`, when present, is the first day of the period it
 * covers. `n` is how many it was computed from (organisations, invitations, answers).
 */
export interface KpiPoint {
  at: string;
  value: number | null;
  n: number;
  from?: string;
}

/** How a KPI's values read: a share (0 to 1, shown as a percentage), a count, or a plain number. */
export type KpiUnit = 'share' | 'count' | 'number';

export interface KpiDefinition<Id extends string = string> {
  id: Id;
  /** Which source answers its series. */
  source: string;
  unit: KpiUnit;
  /** Whether a higher value is better (a goal's direction still comes from its baseline and target). */
  higherIsBetter: boolean;
  /** Filters the source can apply to this KPI. */
  filters: readonly (keyof KpiFilter)[];
}

/** One reader of a family of KPIs: their definitions and their series. */
export interface KpiSource<Id extends string = string> {
  name: string;
  kpis: readonly KpiDefinition<Id>[];
  series(kpi: Id, filter: KpiFilter): Promise<KpiPoint[]>;
}

export class UnknownKpiError extends Error {
  constructor(readonly kpi: string) {
    super(`No KPI "${kpi}" in the catalogue; GET /api/kpis lists them.`);
  }
}

/** The registered sources and their KPIs, in the order registered. */
export class KpiCatalogue {
  private readonly sources = new Map<string, KpiSource>();
  private readonly byId = new Map<string, { definition: KpiDefinition; source: KpiSource }>();

  register<Id extends string>(source: KpiSource<Id>): this {
    if (this.sources.has(source.name)) throw new Error(`The KPI source "${source.name}" is registered twice.`);
    for (const definition of source.kpis) {
      if (this.byId.has(definition.id)) throw new Error(`The KPI "${definition.id}" is defined by two sources.`);
    }
    this.sources.set(source.name, source as KpiSource);
    for (const definition of source.kpis) this.byId.set(definition.id, { definition, source: source as KpiSource });
    return this;
  }

  list(): KpiDefinition[] {
    return [...this.byId.values()].map((entry) => entry.definition);
  }

  has(kpi: string): boolean {
    return this.byId.has(kpi);
  }

  definition(kpi: string): KpiDefinition {
    const entry = this.byId.get(kpi);
    if (!entry) throw new UnknownKpiError(kpi);
    return entry.definition;
  }

  /** The KPI's series, oldest first; the filters the KPI cannot apply are refused before any read. */
  async series(kpi: string, filter: KpiFilter = {}): Promise<KpiPoint[]> {
    const entry = this.byId.get(kpi);
    if (!entry) throw new UnknownKpiError(kpi);
    for (const key of Object.keys(filter) as (keyof KpiFilter)[]) {
      if (filter[key] && !entry.definition.filters.includes(key)) throw new Error(`The KPI "${kpi}" cannot be filtered by ${key}.`);
    }
    const points = await entry.source.series(kpi, filter);
    return [...points].sort((a, b) => a.at.localeCompare(b.at));
  }
}

/**
 * The figure of a series on a day: the one whose period holds the day, else the latest dated on or
 * before it; null when the series starts after the day or has no value there.
 */
export function figureAt(points: readonly KpiPoint[], day: string): KpiPoint | null {
  const holding = points.find((p) => p.from !== undefined && p.from <= day && day <= p.at);
  if (holding) return holding.value === null ? null : holding;
  let latest: KpiPoint | null = null;
  for (const p of points) if (p.at <= day && p.value !== null) latest = p;
  return latest;
}
