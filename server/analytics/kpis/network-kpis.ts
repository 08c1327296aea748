// The KPIs read from the metrics engine's kept quarterly snapshots (any network figure of the engine),
// for the whole council, one discipline or one working group's members.
import type { NetworkMetrics } from '../metrics/types.ts';
import type { KpiDefinition, KpiFilter, KpiPoint, KpiSource } from './catalogue.ts';

export const NETWORK_KPIS = [
  { id: 'jointProjectShare', unit: 'share', higherIsBetter: true },
  { id: 'crossDisciplineShare', unit: 'share', higherIsBetter: true },
  { id: 'isolatedShare', unit: 'share', higherIsBetter: false },
  { id: 'density', unit: 'share', higherIsBetter: true },
  { id: 'meanDegree', unit: 'number', higherIsBetter: true },
  { id: 'largestComponentShare', unit: 'share', higherIsBetter: true },
  { id: 'averageClustering', unit: 'share', higherIsBetter: true },
  { id: 'transitivity', unit: 'share', higherIsBetter: true },
  { id: 'eiIndex', unit: 'number', higherIsBetter: true },
  { id: 'ties', unit: 'count', higherIsBetter: true },
  { id: 'organisations', unit: 'count', higherIsBetter: true },
  { id: 'newTies', unit: 'count', higherIsBetter: true },
] as const satisfies readonly { id: keyof NetworkMetrics; unit: KpiDefinition['unit']; higherIsBetter: boolean }[];

export type NetworkKpi = (typeof NETWORK_KPIS)[number]['id'];

/** A kept period of a view as the reader needs it: its days and the engine's network figures. */
export interface NetworkPeriod {
  from: string;
  to: string;
  network: NetworkMetrics;
}

/** Reads the quarters of a view (the metrics service's history): the whole network, a discipline, a group's members. */
export type NetworkHistoryReader = (filter: KpiFilter) => Promise<NetworkPeriod[]>;

/** The network KPIs over a history reader. The quarter under way stands for today. */
export function networkKpiSource(read: NetworkHistoryReader, today: () => string): KpiSource<NetworkKpi> {
  return {
    name: 'network',
    kpis: NETWORK_KPIS.map((k) => ({ ...k, source: 'network', filters: ['discipline', 'groupId'] as const })),
    async series(kpi, filter): Promise<KpiPoint[]> {
      const day = today();
      return (await read(filter)).map((p) => {
        const value = p.network[kpi];
        return { at: p.to < day ? p.to : day, from: p.from, value: typeof value === 'number' && Number.isFinite(value) ? value : null, n: p.network.organisations };
      });
    },
  };
}
