// What changed in the network between two periods, for the leadership overview: organisations that
// became brokers (entered the top betweenness ranks) and that became isolated (had a tie, have none).
// Only organisations measured in both periods count, so a new member is neither. Pure.
import type { OrganisationMetrics } from './metrics/types.ts';

export const BROKER_TOP = 10;

export interface PeriodChanges {
  newBrokers: { id: string; rank: number }[];
  newlyIsolated: string[];
}

/** A broker holds one of the `top` highest betweenness ranks with a betweenness above zero. */
const isBroker = (o: OrganisationMetrics, top: number) => o.betweenness > 0 && o.betweennessRank <= top;

export function periodChanges(current: readonly OrganisationMetrics[], previous: readonly OrganisationMetrics[], top = BROKER_TOP): PeriodChanges {
  const before = new Map(previous.map((o) => [o.id, o]));
  const newBrokers: PeriodChanges['newBrokers'] = [];
  const newlyIsolated: string[] = [];
  for (const o of current) {
    const was = before.get(o.id);
    if (!was) continue;
    if (isBroker(o, top) && !isBroker(was, top)) newBrokers.push({ id: o.id, rank: o.betweennessRank });
    if (o.degree === 0 && was.degree > 0) newlyIsolated.push(o.id);
  }
  newBrokers.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  newlyIsolated.sort();
  return { newBrokers, newlyIsolated };
}
