// How the council answers the finder: accepted and dismissed suggestions, per kind of reason they carried.

export interface FeedbackStats {
  accepted: number;
  dismissed: number;
  byReasonKind: { kind: string; accepted: number; dismissed: number; acceptanceRate: number | null; dismissalRate: number | null }[];
}

/** Counts decisions per reason kind (a decision carrying three kinds counts for each); rates among the decided. */
export function feedbackStats(decisions: readonly { decision: 'accepted' | 'dismissed'; reasonKinds: readonly string[] }[]): FeedbackStats {
  const byKind = new Map<string, { accepted: number; dismissed: number }>();
  let accepted = 0;
  let dismissed = 0;
  for (const d of decisions) {
    if (d.decision === 'accepted') accepted += 1;
    else dismissed += 1;
    for (const kind of new Set(d.reasonKinds)) {
      const entry = byKind.get(kind) ?? { accepted: 0, dismissed: 0 };
      entry[d.decision] += 1;
      byKind.set(kind, entry);
    }
  }
  const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1e4) / 1e4 : null);
  return {
    accepted,
    dismissed,
    byReasonKind: [...byKind.entries()]
      .map(([kind, e]) => ({ kind, ...e, acceptanceRate: rate(e.accepted, e.accepted + e.dismissed), dismissalRate: rate(e.dismissed, e.accepted + e.dismissed) }))
      .sort((a, b) => b.accepted + b.dismissed - (a.accepted + a.dismissed) || a.kind.localeCompare(b.kind)),
  };
}
