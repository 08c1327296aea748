// The collaboration network over a wave's period, from the one tie model: what its members' answers
// are compared with, and what the metrics snapshot kept with the wave at its close measures.
import { collaborationTies, overlaps, type ActivityRow, type CollaborationTie, type DayRange } from '../collaboration-network.ts';
import type { HistoryOrganisation } from '../metrics-history.ts';
import type { NetworkInput } from '../metrics/types.ts';

/** The ties of the activities that touch the wave's period. */
export const waveTies = (rows: readonly ActivityRow[], period: Required<DayRange>): CollaborationTie[] => collaborationTies(rows, period);

/**
 * The metrics engine's input for the period: every member entered (or active) by its end, as the
 * metrics history counts them, with the period's ties.
 */
export function waveNetworkInput(organisations: readonly HistoryOrganisation[], rows: readonly ActivityRow[], period: { from: string; to: string }): NetworkInput {
  const since = new Map<string, string>();
  for (const o of organisations) if (o.createdOn) since.set(o.id, o.createdOn);
  for (const row of rows) for (const o of row.organisations) if (!since.has(o) || row.from < since.get(o)!) since.set(o, row.from);
  const inProject = new Set<string>();
  for (const row of rows) if (row.kind === 'project' && overlaps(row, period)) for (const o of row.organisations) inProject.add(o);
  const members = organisations.filter((o) => (since.get(o.id) ?? period.to) <= period.to);
  const ids = new Set(members.map((o) => o.id));
  return {
    organisations: members.map((o) => ({ id: o.id, name: o.name, disciplines: o.disciplines, commune: o.commune, kind: o.kind, inJointProject: inProject.has(o.id) })),
    ties: waveTies(rows, period)
      .filter((t) => ids.has(t.source) && ids.has(t.target))
      .map((t) => ({ source: t.source, target: t.target, weight: t.weight, kinds: { ...t.kinds } as Record<string, number> })),
  };
}
