// What members say against what happened: the partners an organisation names in a wave compared
// with its ties in the collaboration network (server/analytics/collaboration-network.ts) over the
// wave's period.

export interface ReportedVersusObservedOrganisation {
  organisationId: string;
  /** Named partners the graph shows a tie with. */
  confirmed: string[];
  /** Named partners without a tie in the graph. */
  reportedOnly: string[];
  /** Graph partners it did not name. */
  observedOnly: string[];
}

export interface ReportedVersusObserved {
  /** Pairs both named (by either side) and tied in the graph. */
  confirmed: number;
  /** Pairs named by one side or both, not tied in the graph. */
  reportedOnly: number;
  /** Pairs tied in the graph that neither side named, among pairs with at least one respondent (nobody else could have named them). */
  observedOnly: number;
  /** confirmed / (confirmed + reportedOnly + observedOnly); null when there is none of the three. */
  agreement: number | null;
  organisations: ReportedVersusObservedOrganisation[];
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * `named`: each respondent's named partners; `observed`: the graph's ties (unordered pairs). Only the
 * respondents get a per-organisation row: a non-respondent named nobody, which says nothing.
 */
export function reportedVersusObserved(
  named: ReadonlyMap<string, readonly string[]>,
  observed: Iterable<{ source: string; target: string }>,
): ReportedVersusObserved {
  const graphPartners = new Map<string, Set<string>>();
  const observedPairs = new Set<string>();
  for (const { source, target } of observed) {
    if (source === target) continue;
    observedPairs.add(key(source, target));
    for (const [a, b] of [[source, target], [target, source]] as const) {
      if (!graphPartners.has(a)) graphPartners.set(a, new Set());
      graphPartners.get(a)!.add(b);
    }
  }
  const reportedPairs = new Set<string>();
  const organisations: ReportedVersusObservedOrganisation[] = [];
  for (const [organisationId, partners] of [...named.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const mine = new Set(partners.filter((p) => p !== organisationId));
    const inGraph = graphPartners.get(organisationId) ?? new Set<string>();
    for (const p of mine) reportedPairs.add(key(organisationId, p));
    organisations.push({
      organisationId,
      confirmed: [...mine].filter((p) => inGraph.has(p)).sort(),
      reportedOnly: [...mine].filter((p) => !inGraph.has(p)).sort(),
      observedOnly: [...inGraph].filter((p) => !mine.has(p)).sort(),
    });
  }
  let confirmed = 0;
  let reportedOnly = 0;
  for (const pair of reportedPairs) {
    if (observedPairs.has(pair)) confirmed++;
    else reportedOnly++;
  }
  let observedOnly = 0;
  for (const pair of observedPairs) {
    if (reportedPairs.has(pair)) continue;
    const [a, b] = pair.split('|') as [string, string];
    if (named.has(a) || named.has(b)) observedOnly++;
  }
  const total = confirmed + reportedOnly + observedOnly;
  return { confirmed, reportedOnly, observedOnly, agreement: total === 0 ? null : Math.round((confirmed / total) * 10000) / 10000, organisations };
}
