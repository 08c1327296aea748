// The evaluation waves' KPIs (response rate, mean trust, mean value, satisfaction), read through the
// waves' own series function. Registering them is one line where the catalogue is built:
//   catalogue.register(evaluationKpiSource(evaluationSeries))
import type { KpiFilter, KpiPoint, KpiSource } from './catalogue.ts';

export const EVALUATION_KPIS = ['responseRate', 'meanTrust', 'meanValue', 'satisfaction'] as const;
export type EvaluationKpi = (typeof EVALUATION_KPIS)[number];

/** The shape the evaluation repository exports: one figure per closed wave, oldest first. */
export type EvaluationSeries = (
  kpi: EvaluationKpi,
  filter: { discipline?: string; groupId?: string },
) => Promise<{ at: string; value: number | null; n: number }[]>;

const UNITS: Record<EvaluationKpi, 'share' | 'number'> = { responseRate: 'share', meanTrust: 'number', meanValue: 'number', satisfaction: 'number' };

export function evaluationKpiSource(series: EvaluationSeries): KpiSource<EvaluationKpi> {
  return {
    name: 'evaluation',
    kpis: EVALUATION_KPIS.map((id) => ({ id, source: 'evaluation', unit: UNITS[id], higherIsBetter: true, filters: ['discipline', 'groupId'] as const })),
    async series(kpi, filter: KpiFilter): Promise<KpiPoint[]> {
      // A wave's figure stands for its day: no `from`, so a goal's baseline takes the latest wave on or before its date.
      return (await series(kpi, filter)).map(({ at, value, n }) => ({ at: at.slice(0, 10), value, n }));
    },
  };
}
